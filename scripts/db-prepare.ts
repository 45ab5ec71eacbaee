// `npm run db:prepare`: everything `npm start` does to the database (migrate, reference data, first admin,
// demo data unless LENTERA_DEMO=0) without starting the server.
import { prepareDatabase } from "./prepare-database";

prepareDatabase({ printLogins: false }).catch((error) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
