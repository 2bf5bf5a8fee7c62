import { createDotsubClient } from "@apispec/dotsub";
import { updateTask } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Update a task.
// The same call by path: dotsub.PATCH("/api/tasks/{vtmsTaskId}", init)
const { data, error, status } = await updateTask(dotsub, {
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
