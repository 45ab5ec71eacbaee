import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, endUserSessions } from "../users/user-store";
import { ZSignIn } from "../users/schemas";
import { isRole } from "./roles";
import { clientAddressFrom } from "../security/rate-limit";

/** Session lifetime: one working day. */
const SESSION_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: "/masuk", error: "/masuk" },
  logger: {
    // A forged or expired cookie is an expected event: note it without a stack trace.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR") console.warn("session cookie rejected (invalid or expired)");
      else console.error(`[auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
  providers: [
    CredentialsProvider({
      name: "Lentera",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(credentials, req) {
        const parsed = ZSignIn.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("invalid");
        const forwarded = req?.headers?.["x-forwarded-for"];
        const ip = typeof forwarded === "string" ? clientAddressFrom(forwarded) : undefined;
        const result = await authenticate(parsed.data.email, parsed.data.password, new Date(), ip);
        // The reason travels to the sign-in page as ?error=<reason> and is shown in the user's language.
        if (!result.ok) throw new Error(result.reason);
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          role: result.user.role,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user && "role" in user && isRole(user.role)) token.role = user.role;
      if (user && typeof user.sessionVersion === "number") token.sv = user.sessionVersion;
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = isRole(token.role) ? token.role : undefined;
        // A cookie without a version (issued before versions existed) never matches: it must sign in again.
        session.user.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
      }
      return session;
    },
  },
  events: {
    // Sign-out ends the session on the server too: a copied cookie stops working (ASVS V3.3.1).
    async signOut({ token }) {
      if (token?.sub)
        await endUserSessions(
          token.sub,
          token.email ? { id: token.sub, label: token.email, role: isRole(token.role) ? token.role : "OFFICER" } : null,
        );
    },
  },
};
