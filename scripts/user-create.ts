// `npm run user:create -- --email E --password P --role ADMIN [--name N] [--agency "Dinas Kesehatan"]`: creates a
// staff account; a technical agency's account (--role AGENCY) names its agency as written on the licence types.
import { parseArgs } from "node:util";
import { getEnv } from "../lib/env";
import { applyMigrations, checkDatabaseReachable } from "../lib/db/lifecycle";
import { disconnectDb } from "../lib/db/client";
import { createUser } from "../lib/users/user-store";
import { isAppError } from "../lib/errors";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    password: { type: "string" },
    role: { type: "string", default: "ADMIN" },
    name: { type: "string" },
    agency: { type: "string" },
  },
});

async function main() {
  const url = getEnv().DATABASE_URL;
  await checkDatabaseReachable(url);
  applyMigrations(url, { quiet: true });
  const user = await createUser(
    {
      email: values.email,
      password: values.password,
      role: values.role,
      name: values.name ?? values.email?.split("@")[0] ?? "",
      agency: values.agency,
    },
    null,
  );
  console.log(`created ${user.role} ${user.email}`);
  await disconnectDb();
}
main().catch((error) => {
  if (isAppError(error)) {
    console.error(error.message);
    for (const [field, message] of Object.entries(error.fields ?? {})) console.error(`  --${field}: ${message}`);
  } else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
