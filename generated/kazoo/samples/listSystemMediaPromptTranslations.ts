import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// List the translations of a system prompt
const { data, error, status } = await kazoo.GET("/media/prompts/{prompt_id}", {
  params: {
    path: {
      prompt_id: "vm-enter_pass",
    },
  },
});
if (error) throw new Error(`listSystemMediaPromptTranslations failed with HTTP ${status}`);
console.log(data);
