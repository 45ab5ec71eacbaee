import "server-only";
import { revalidatePath } from "next/cache";

/** The public pages that show published figures (the home, the report archive, each report and its share image). */
export const PUBLIC_FIGURE_PATHS: readonly { path: string; type?: "page" | "layout" }[] = [
  { path: "/" },
  { path: "/laporan" },
  { path: "/laporan/skm/[periodKey]", type: "page" },
  { path: "/laporan/skm/[periodKey]/gambar", type: "page" },
];

/** The server's page cache (scripts/public-page-cache.mjs registers it on globalThis under this symbol). */
const PUBLIC_PAGE_CACHE = Symbol.for("lentera.publicPageCache");

/**
 * The one hook called after anything the public pages show changes (publish, republish, withdraw, a service standard
 * or licence type edited, the office's settings): the server's cache of the public pages, in every language, is
 * dropped, so the next reader sees the new content; so is Next's own cache of those paths. Outside a Next.js request
 * (CLI, seed, tests) revalidatePath refuses to run: that case is ignored.
 */
export function afterPublicContentChanged(): void {
  (globalThis as { [PUBLIC_PAGE_CACHE]?: { clear(): void } })[PUBLIC_PAGE_CACHE]?.clear();
  for (const { path, type } of PUBLIC_FIGURE_PATHS) {
    try {
      if (type) revalidatePath(path, type);
      else revalidatePath(path);
    } catch {
      // no request context (scripts, tests): nothing is cached
    }
  }
}
