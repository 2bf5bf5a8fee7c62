import { defineConfig } from "vitest/config";

export default defineConfig({
  // Resolve @apispec/* to their TypeScript sources (the "source" export condition), so tests need no build.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    globalSetup: ["test/global-setup.ts"],
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
