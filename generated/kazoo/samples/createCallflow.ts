import { createKazooClient } from "@apispec/kazoo";
import { createCallflow } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Create a callflow.
// The same call by path: kazoo.PUT("/accounts/{account_id}/callflows", init)
const { data, error, status } = await createCallflow(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
    },
  },
  body: {
    name: "Alice Smith",
    numbers: [
      "1000",
    ],
    flow: {
      module: "user",
      data: {
        id: "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9",
      },
      children: {
        _: {
          module: "voicemail",
          data: {
            id: "7e6d5c4b3a2948f1e0d9c8b7a6f5e4d3",
          },
        },
      },
    },
  },
});
if (error) throw new Error(`createCallflow failed with HTTP ${status}`);
console.log(data);
