// `npm run db:migrate`: applies pending migrations to the database named by DATABASE_URL.
import { getEnv } from "../lib/env";
import { applyMigrations, checkDatabaseReachable, tuneSqlite } from "../lib/db/lifecycle";

const url = getEnv().DATABASE_URL;
checkDatabaseReachable(url)
  .then(async () => {
    applyMigrations(url);
    await tuneSqlite(url);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
