import { createKazooClient } from "@apispec/kazoo";
import { updateCallflow } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Replace a callflow.
// The same call by path: kazoo.POST("/accounts/{account_id}/callflows/{callflow_id}", init)
const { data, error, status } = await updateCallflow(kazoo, {
  params: {
    path: {
      account_id: "3d2f7a91bc044e8da6b19f0c2e577a41",
      callflow_id: "5c9a1b2c3d4e4f60718293a4b5c6d7e8",
    },
  },
  body: {
    name: "Main number",
    numbers: [
      "+14155550100",
    ],
    patterns: [],
    flow: {
      module: "temporal_route",
      data: {
        rules: [
          "9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4",
        ],
        timezone: "America/Los_Angeles",
      },
      children: {
        "9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4": {
          module: "menu",
          data: {
            id: "2a3b4c5d6e7f48a9b0c1d2e3f4a5b6c7",
          },
          children: {
            "1": {
              module: "user",
              data: {
                id: "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9",
                timeout: 20,
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
            "2": {
              module: "ring_group",
              data: {
                strategy: "simultaneous",
                timeout: 30,
                endpoints: [
                  {
                    endpoint_type: "user",
                    id: "4b3c2d1e0f9a48b7c6d5e4f3a2b1c0d9",
                  },
                  {
                    endpoint_type: "device",
                    id: "8c7b6a5f4e3d42c1b0a9f8e7d6c5b4a3",
                    delay: 5,
                  },
                ],
              },
            },
            timeout: {
              module: "voicemail",
              data: {
                id: "7e6d5c4b3a2948f1e0d9c8b7a6f5e4d3",
              },
            },
          },
        },
        _: {
          module: "play",
          data: {
            id: "1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6",
          },
          children: {
            _: {
              module: "voicemail",
              data: {
                id: "7e6d5c4b3a2948f1e0d9c8b7a6f5e4d3",
                max_message_length: 300,
              },
            },
          },
        },
      },
    },
  },
});
if (error) throw new Error(`updateCallflow failed with HTTP ${status}`);
console.log(data);
