import { createKazooClient } from "@apispec/kazoo";
import { listSystemMediaPromptTranslations } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// List the translations of a system prompt.
// The same call by path: kazoo.GET("/media/prompts/{prompt_id}", init)
const { data, error, status } = await listSystemMediaPromptTranslations(kazoo, {
  params: {
    path: {
      prompt_id: "vm-enter_pass",
    },
  },
});
if (error) throw new Error(`listSystemMediaPromptTranslations failed with HTTP ${status}`);
console.log(data);
