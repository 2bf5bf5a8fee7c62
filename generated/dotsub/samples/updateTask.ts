import { createDotsubClient } from "@apispec/dotsub";

const dotsub = createDotsubClient({ clientId: process.env.DOTSUB_CLIENT_ID!, clientSecret: process.env.DOTSUB_CLIENT_SECRET! });

// Update a task
const { data, error, status } = await dotsub.PATCH("/api/tasks/{vtmsTaskId}", {
  params: {
    path: {
      vtmsTaskId: "4",
    },
  },
  body: {
    completed: true,
  },
});
if (error) throw new Error(`updateTask failed with HTTP ${status}`);
console.log(data);
