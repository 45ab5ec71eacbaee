import { z } from "zod";

/**
 * Environment, parsed once. Nothing else in the code base reads process.env.
 * DATABASE_URL chooses the engine: `file:` (embedded SQLite, the default) or `postgresql://`.
 */
function publicUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "harus alamat lengkap, mis. https://perizinan.kedirikota.go.id";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "harus diawali http:// atau https://";
  if (url.search !== "" || url.hash !== "") return "tanpa ? atau #";
  return null;
}

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
  /**
   * The address citizens and staff open (https://perizinan.kedirikota.go.id): survey links, QR codes, kiosk
   * pairing links, complaint status links and share cards are built from it. Required for a real office
   * (LENTERA_DEMO=0) in production; a demo without it builds links from the address the visitor opened.
   */
  LENTERA_PUBLIC_URL: z
    .string()
    .superRefine((value, ctx) => {
      const problem = publicUrlProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  LENTERA_OFFICE_NAME: z.string().default("DPMPTSP Kota Kediri"),
  LENTERA_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Shared secret of the SMS/WhatsApp gateway webhook (POST /api/v1/complaints/sms); unset = webhook closed. */
  LENTERA_SMS_SECRET: z.string().min(16, { message: "minimal 16 karakter" }).optional(),
  /** token: header X-Gateway-Token equals the secret; hmac: header X-Signature = hex HMAC-SHA256 of the raw body. */
  LENTERA_SMS_AUTH_MODE: z.enum(["token", "hmac"]).default("token"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});
export type TEnv = z.infer<typeof ZEnv>;

const PUBLIC_URL_REQUIRED =
  "wajib diisi untuk kantor sungguhan (LENTERA_DEMO=0): alamat yang dibuka warga dan petugas, mis. " +
  "https://perizinan.kedirikota.go.id — tautan survei, kode QR, tautan kios dan status pengaduan dibuat dari alamat " +
  "ini / required for a real office: the public address that survey links, QR codes and kiosk links point to";

/**
 * Parses an environment (process.env in the app). Throws one message listing every bad variable. `production`
 * applies the rules of a running office: a real office (LENTERA_DEMO=0) must say its public address.
 */
export function parseEnv(source: Record<string, string | undefined>, options: { production?: boolean } = {}): TEnv {
  const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
  const production = options.production ?? (parsed.success && parsed.data.NODE_ENV === "production");
  if (parsed.success && production && parsed.data.LENTERA_DEMO === "0" && !parsed.data.LENTERA_PUBLIC_URL) {
    issues.push(`- LENTERA_PUBLIC_URL: ${PUBLIC_URL_REQUIRED}`);
  }
  if (!parsed.success || issues.length > 0) {
    throw new Error(`Konfigurasi lingkungan tidak valid / invalid environment:\n${issues.join("\n")}`);
  }
  return parsed.data;
}

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (!cached) cached = parseEnv(process.env);
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
