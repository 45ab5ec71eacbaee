import "server-only";
import { randomBytes } from "node:crypto";
import { getEnv } from "../env";

// Without NEXTAUTH_SECRET (development), a per-process key: forms rendered before a restart must be reloaded.
const processKey = randomBytes(32).toString("base64url");

/** The key that signs the public complaint form's render timestamp. */
export function complaintFormSecret(): string {
  return `complaint-form:${getEnv().NEXTAUTH_SECRET ?? processKey}`;
}
