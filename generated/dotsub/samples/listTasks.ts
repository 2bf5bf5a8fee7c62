import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// List tasks
const { data, error, status } = await dotsub.GET("/api/tasks");
if (error) throw new Error(`listTasks failed with HTTP ${status}`);
console.log(data);
