import { defineConfig, mergeConfig } from "vitest/config";
import unitConfig from "./vitest.config.mts";

// Integration tests: the unit config's aliases, against a real database chosen by TEST_DB (sqlite | postgresql).
export default mergeConfig(
  { resolve: unitConfig.resolve },
  defineConfig({
    test: {
      include: ["tests/integration/**/*.int.test.ts"],
      environment: "node",
      globalSetup: ["tests/support/integration-global-setup.ts"],
      setupFiles: ["tests/support/integration-setup.ts"],
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }),
);
