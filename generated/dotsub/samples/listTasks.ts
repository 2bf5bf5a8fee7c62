import { createDotsubClient } from "@apispec/dotsub";
import { listTasks } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// List tasks.
// The same call by path: dotsub.GET("/api/tasks", init)
const { data, error, status } = await listTasks(dotsub);
if (error) throw new Error(`listTasks failed with HTTP ${status}`);
console.log(data);
