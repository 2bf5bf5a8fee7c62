import { createDubformerClient } from "@apispec/dubformer";
import { createProject } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Create a dubbing project.
// The same call by path: dubformer.POST("/api/v1/projects", init)
const { data, error, status } = await createProject(dubformer, {
  body: {
    name: "My project",
    source_lang: "en",
    target_lang: "fr-FR",
    source_video_url: "https://example.com/video.mp4",
    use_soundalike_voices: true,
    mixing_mode: "voiceover_with_original_track",
  },
});
if (error) throw new Error(`createProject failed with HTTP ${status}`);
console.log(data);
