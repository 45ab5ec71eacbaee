import { can, type Capability, type Role } from "./auth/roles";

/**
 * The staff area's navigation: each entry names the capability its page requires, so the menu shows
 * only what the role may open (the pages check the same capability on the server).
 * Modules add their entries here.
 */
export const STAFF_NAV: { href: string; labelKey: string; capability: Capability | null }[] = [
  { href: "/staf", labelKey: "nav.overview", capability: null },
  { href: "/staf/investasi", labelKey: "nav.investment", capability: "viewAnalytics" },
  { href: "/staf/admin/pengguna", labelKey: "nav.users", capability: "manageUsers" },
  { href: "/staf/admin/token", labelKey: "nav.tokens", capability: "manageUsers" },
  { href: "/staf/admin/audit", labelKey: "nav.audit", capability: "viewAuditLog" },
];

export function navFor(role: Role) {
  return STAFF_NAV.filter((item) => item.capability === null || can(role, item.capability));
}
