import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests: pure code beside its source (lib/**/*.test.ts).
// Integration tests: tests/integration/*.int.test.ts against a real database chosen by TEST_DB (sqlite | postgresql).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    environment: "node",
  },
});
