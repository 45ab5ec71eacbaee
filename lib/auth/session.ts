import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect, forbidden } from "next/navigation";
import { authOptions } from "./options";
import { can, type Capability, type Role } from "./roles";
import { getActiveUser, actorFromApiToken, type Actor } from "../users/user-store";
import { AppError } from "../errors";

export type StaffUser = NonNullable<Awaited<ReturnType<typeof getActiveUser>>>;

/**
 * The signed-in staff member, re-read from the database (a disabled account or a changed role applies at once).
 * Once per request: the staff layout and the page both ask (React's per-request cache; outside a render it is
 * read each time).
 */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return getActiveUser(id, session.user?.sessionVersion ?? -1);
});

/** For pages: no session → sign-in page (with a return path); wrong role → 403 page. */
export async function requirePageCapability(capability: Capability, returnTo?: string): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/masuk${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ""}`);
  if (!can(user.role, capability)) forbidden();
  return user;
}

/** For pages open to every signed-in role. */
export async function requireSignedIn(returnTo?: string): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/masuk${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ""}`);
  return user;
}

export function actorOf(user: StaffUser): Actor {
  return { id: user.id, label: user.email, role: user.role };
}

/** For server actions: throws AppError (401/403) instead of redirecting. */
export async function requireActionCapability(capability: Capability): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
  if (!can(user.role, capability))
    throw new AppError("FORBIDDEN", "Peran Anda tidak diizinkan melakukan tindakan ini.");
  return actorOf(user);
}

/**
 * For a technical agency's pages and actions (issue 20): the signed-in agency account and its agency. Pages
 * redirect to sign-in or answer 403 like requirePageCapability; actions throw 401/403 like requireActionCapability.
 * An agency account without an agency (never created so; a guard against a hand-edited row) is refused too.
 */
export async function requireAgencyPage(capability: Capability, returnTo?: string) {
  const user = await requirePageCapability(capability, returnTo);
  if (!user.agency) forbidden();
  return { user, agency: user.agency };
}

export async function requireAgencyAction(capability: Capability): Promise<{ actor: Actor; agency: string }> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
  if (!can(user.role, capability) || !user.agency)
    throw new AppError("FORBIDDEN", "Peran Anda tidak diizinkan melakukan tindakan ini.");
  return { actor: actorOf(user), agency: user.agency };
}

/**
 * For API route handlers: a bearer token (Authorization: Bearer lnt_...) or a staff session cookie.
 * No credentials → 401; a role without the capability → 403.
 */
export async function requireApiCapability(
  request: Request,
  capability: Capability | readonly Capability[],
): Promise<Actor> {
  const capabilities: readonly Capability[] = typeof capability === "string" ? [capability] : capability;
  const actor = await apiActor(request);
  if (!actor) throw new AppError("UNAUTHENTICATED", "Autentikasi diperlukan (token API atau sesi staf).");
  if (!capabilities.some((c) => can(actor.role, c))) {
    throw new AppError("FORBIDDEN", "Peran ini tidak diizinkan mengakses sumber daya ini.");
  }
  return actor;
}

/** The caller of an API request: bearer token first, else the staff session (null when neither). */
export async function apiActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await actorFromApiToken(match[1]) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "Token API tidak valid, sudah dicabut, atau kedaluwarsa.");
    return actor;
  }
  const user = await getCurrentUser().catch(() => null); // outside a Next request (tests, scripts) there is no session
  return user ? actorOf(user) : null;
}

export function roleLabelKey(role: Role): string {
  return `roles.${role}`;
}
