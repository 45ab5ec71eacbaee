// Prints a new ADMIN API token for bench/load.ts (valid one day), for the database named by DATABASE_URL.
import { createApiToken } from "../lib/users/user-store";
import { disconnectDb } from "../lib/db/client";

async function main() {
  const actor = { id: null, label: "bench", role: "ADMIN" as const };
  const { token } = await createApiToken({ name: `bench-load-${Date.now()}`, role: "ADMIN", validDays: 1 }, actor);
  await disconnectDb();
  console.log(token);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
