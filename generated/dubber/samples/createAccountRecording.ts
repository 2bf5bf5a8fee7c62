import { createDubberClient } from "@apispec/dubber";
import { createAccountRecording } from "@apispec/dubber/operations";

const dubber = createDubberClient({
  clientId: process.env.DUBBER_CLIENT_ID!,
  clientSecret: process.env.DUBBER_CLIENT_SECRET!,
  username: process.env.DUBBER_USERNAME!,
  password: process.env.DUBBER_PASSWORD!,
});

// Add a recording to an account.
// The same call by path: dubber.POST("/accounts/{account_id}/recordings", init)
const { data, error, status } = await createAccountRecording(dubber, {
  params: {
    path: {
      account_id: "acme",
    },
  },
  body: {
    recording_url: "https://files.acme.com/calls/20260326-1651.mp3",
    to: "+61390000001",
    from: "+61390000002",
    call_type: "inbound",
    recording_type: "recording",
    start_time: "Thu, 26 Mar 2026 16:51:46 +0000",
    end_time: "Thu, 26 Mar 2026 16:59:30 +0000",
    tags: [
      "imported",
    ],
  },
});
if (error) throw new Error(`createAccountRecording failed with HTTP ${status}`);
console.log(data);
