import { createDubberClient } from "@apispec/dubber";
import { createToken } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Get an access token.
// The same call by path: dubber.POST("/token", init)
const { data, error, status } = await createToken(dubber, {
  body: {
    client_id: "<Mashery_Client_ID>",
    client_secret: "<Mashery_Client_Secret>",
    username: "<Dubber_Auth_ID>",
    password: "<Dubber_Auth_Token>",
    grant_type: "password",
  },
});
if (error) throw new Error(`createToken failed with HTTP ${status}`);
console.log(data);
