import { createDubformerClient } from "@apispec/dubformer";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Create a dubbing project
const { data, error, status } = await dubformer.POST("/api/v1/projects", {
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
