import { createKazooClient } from "@apispec/kazoo";
import { loginWithSsoCallback } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Log in with a single sign-on provider's answer.
// The same call by path: kazoo.PUT("/auth/callback", init)
const { data, error, status } = await loginWithSsoCallback(kazoo, {
  body: {
    redirect_uri: "https://ui.example.com/",
    client_id: "iamatestclientid.apps.googleusercontent.com",
    provider: "google",
    code: "4/0AX4XfWh-sample-code",
  },
});
if (error) throw new Error(`loginWithSsoCallback failed with HTTP ${status}`);
console.log(data);
