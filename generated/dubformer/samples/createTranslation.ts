import { createDubformerClient } from "@apispec/dubformer";
import { createTranslation } from "@apispec/dubformer/operations";

const dubformer = createDubformerClient({ apiKey: process.env.DUBFORMER_API_KEY! });

// Re-translate a project.
// The same call by path: dubformer.POST("/api/v1/projects/{project_id}/translations", init)
const { data, error, status } = await createTranslation(dubformer, {
  params: {
    path: {
      project_id: "12345",
    },
  },
  body: {
    target_script: [
      {
        start_ms: 100,
        end_ms: 1544,
        text: "Au revoir le monde!",
        speaker_id: 1,
      },
    ],
    target_speakers: [
      {
        speaker_id: 1,
        voice_key: "voice:NewVoice",
        style: "feminine",
      },
    ],
    mixing_mode: "voiceover_only",
  },
});
if (error) throw new Error(`createTranslation failed with HTTP ${status}`);
console.log(data);
