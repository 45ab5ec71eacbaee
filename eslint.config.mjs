// ESLint: Next.js's recommended rules (core web vitals), typescript-eslint's recommended rules, Prettier's
// formatting left to Prettier, and Lentera's layer rules. `npm run lint` runs it over the whole tree with
// --max-warnings=0; `npm test` runs it right after the format check.
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier/flat";
import lentera from "./scripts/eslint-layers.mjs";

const DATABASE_MESSAGE =
  "app/ and components/ never touch the database: call a query in lib/<domain>/queries.ts (or *-store.ts) instead.";
/** The database layer and its drivers, named by alias, by relative path or by package. */
const DATABASE_PATTERNS = [
  { regex: "^(@/|(\\.\\./)+)lib/db(/|$)", message: DATABASE_MESSAGE },
  { regex: "^(@prisma/|pg$|better-sqlite3$)", message: DATABASE_MESSAGE },
];
/** lib/api seen from lib/<domain>/file.ts (../api), lib/<domain>/<sub>/file.ts (../../api) or lib/file.ts (./api). */
const LIB_API_PATTERN = {
  regex: "^(@/lib/api|(\\.\\./)+api|\\./api)(/|$)",
  message:
    "lib/ never imports lib/api: HTTP helpers belong to route handlers. Validate with lib/validation/parse " +
    "(parseOrThrow) and rate-limit with lib/security/rate-limit.",
};

/** The database seen from lib/: lib/db by alias or relative path, Prisma's packages and the drivers. */
const LIB_DATABASE_PATTERNS = [
  {
    regex: "^(@/lib/db|(\\.\\./)+db|\\./db)(/|$)",
    message:
      "In lib/, only a domain's queries.ts / store.ts (or <topic>-queries.ts / <topic>-store.ts) touch the database: " +
      'move this access there (import "server-only") and call it, or read another domain\'s tables through its queries.',
  },
  {
    regex: "^(@prisma/|pg$|better-sqlite3$)",
    message:
      "In lib/, only queries.ts / store.ts (or <topic>-queries.ts / <topic>-store.ts) and lib/db use the drivers.",
  },
];
/** The lib/ files that may import the database: a domain's queries and store files, lib/db, the seed, tests. */
const LIB_DATABASE_FILES = [
  "lib/**/queries.ts",
  "lib/**/store.ts",
  "lib/**/*-queries.ts",
  "lib/**/*-store.ts",
  "lib/db/**",
  "lib/seed/**", // demo and reference data written straight into the tables (run by scripts/seed.ts and e2e)
  "lib/**/*.test.ts",
];
export default defineConfig([
  globalIgnores([
    ".next/**",
    "lib/db/generated/**", // Prisma's generated clients
    "data/**",
    "bench/out/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  js.configs.recommended,
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value left unused on purpose, most often a key dropped by destructuring
      // (`const { id: _id, ...rest } = row`); everything else unused is still an error.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    name: "lentera/layers: app and components never touch the database",
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: DATABASE_PATTERNS }] },
  },
  {
    name: "lentera/layers: lib never imports lib/api",
    files: ["lib/**"],
    ignores: ["lib/api/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [LIB_API_PATTERN] }] },
  },
  {
    name: 'lentera/layers: a lib file without import "server-only" is pure',
    files: ["lib/**"],
    plugins: { lentera },
    rules: { "lentera/pure-imports": "error" },
  },
  {
    // A separate rule name from the lib/api rule above, so the two restrictions add up instead of replacing each other.
    name: "lentera/layers: in lib, only queries and store files touch the database",
    files: ["lib/**"],
    ignores: LIB_DATABASE_FILES,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: LIB_DATABASE_PATTERNS }] },
  },
  // Exceptions to the layer rules: none. Every file passed when the rules arrived (issue 19, step 1). Should a break
  // ever have to land before its fix, add a block here naming the file, the rule turned off and why, to be emptied.
  prettier,
]);
