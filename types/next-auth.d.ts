import type { Role } from "@/lib/auth/roles";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email?: string | null; name?: string | null; role?: Role; sessionVersion?: number };
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The user's session version when this cookie was issued (lib/users/user-store.ts endUserSessions). */
    sv?: number;
  }
}
