// Prisma CLI configuration for PostgreSQL. The CLI uses the 7.x pg adapter (npm alias pg-adapter-migrate)
// because 6.19's adapter fails on Postgres's `name` column type during migrate (prisma/orm#27403);
// the application itself queries through @prisma/adapter-pg 6.19.3.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "pg-adapter-migrate";

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "prisma/postgresql/schema.prisma",
  migrations: { path: "prisma/postgresql/migrations" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString?.startsWith("postgres")) throw new Error("DATABASE_URL must be a postgresql:// URL");
    return new PrismaPg({ connectionString }) as never;
  },
});
