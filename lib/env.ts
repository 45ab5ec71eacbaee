import { z } from "zod";

/**
 * Environment, parsed once. Nothing else in the code base reads process.env.
 * DATABASE_URL chooses the engine: `file:` (embedded SQLite, the default) or `postgresql://`.
 */
const ZEnv = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/lentera.db")
    .refine((v) => v.startsWith("file:") || v.startsWith("postgres://") || v.startsWith("postgresql://"), {
      message: "DATABASE_URL harus diawali file: (SQLite) atau postgresql:// (PostgreSQL)",
    }),
  NEXTAUTH_SECRET: z.string().optional(),
  LENTERA_DEMO: z.enum(["0", "1"]).default("1"),
  LENTERA_ADMIN_EMAIL: z.string().email().optional(),
  LENTERA_ADMIN_PASSWORD: z.string().min(10).optional(),
  LENTERA_PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  LENTERA_OFFICE_NAME: z.string().default("DPMPTSP Kota Kediri"),
  LENTERA_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** `0` turns off the public page cache of `npm start` (read by scripts/serve.mjs, which runs without TypeScript). */
  LENTERA_PAGE_CACHE: z.enum(["0", "1"]).default("1"),
  /** Shared secret of the SMS/WhatsApp gateway webhook (POST /api/v1/complaints/sms); unset = webhook closed. */
  LENTERA_SMS_SECRET: z.string().min(16, { message: "minimal 16 karakter" }).optional(),
  /** token: header X-Gateway-Token equals the secret; hmac: header X-Signature = hex HMAC-SHA256 of the raw body. */
  LENTERA_SMS_AUTH_MODE: z.enum(["token", "hmac"]).default("token"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});
export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Konfigurasi lingkungan tidak valid / invalid environment:\n${lines}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export type DatabaseEngine = "sqlite" | "postgresql";

export function databaseEngine(url = getEnv().DATABASE_URL): DatabaseEngine {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** For tests that switch databases inside one process. */
export function resetEnvCache(): void {
  cached = undefined;
}
