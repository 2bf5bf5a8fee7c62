import { defineConfig } from "vitest/config";

// Webhook receivers must work where code generation from strings is forbidden (strict CSP, Workers): their tests run
// in workers started with Node's flag for that, so a parser that compiled its schema at run time would fail them.
const WITHOUT_EVAL = ["test/dotsub/webhooks.test.ts"];

export default defineConfig({
  // Resolve @apispec/* to their TypeScript sources (the "source" export condition), so tests need no build.
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "node", include: ["test/**/*.test.ts"], exclude: WITHOUT_EVAL, globalSetup: ["test/global-setup.ts"] },
      },
      {
        extends: true,
        test: { name: "without-eval", include: WITHOUT_EVAL, execArgv: ["--disallow-code-generation-from-strings"] },
      },
    ],
  },
});
