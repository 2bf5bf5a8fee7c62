import { createKazooClient } from "@apispec/kazoo";

const kazoo = createKazooClient({ baseUrl: process.env.KAZOO_URL!, credentials: { username: process.env.KAZOO_USERNAME!, password: process.env.KAZOO_PASSWORD!, accountName: process.env.KAZOO_ACCOUNT_NAME! } });

// Log in with a single sign-on provider's answer
const { data, error, status } = await kazoo.PUT("/auth/callback", {
  body: {
    redirect_uri: "https://ui.example.com/",
    client_id: "iamatestclientid.apps.googleusercontent.com",
    provider: "google",
    code: "4/0AX4XfWh-sample-code",
  },
});
if (error) throw new Error(`loginWithSsoCallback failed with HTTP ${status}`);
console.log(data);
