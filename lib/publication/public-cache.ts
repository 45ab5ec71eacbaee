import "server-only";
import { revalidatePath } from "next/cache";

/** The public pages that show published figures (the home, the report archive, each report and its share image). */
export const PUBLIC_FIGURE_PATHS: readonly { path: string; type?: "page" | "layout" }[] = [
  { path: "/" },
  { path: "/laporan" },
  { path: "/laporan/skm/[periodKey]", type: "page" },
  { path: "/laporan/skm/[periodKey]/gambar", type: "page" },
];

/**
 * The one hook called after anything public changes (publish, republish, withdraw): every cached copy of the public
 * pages is dropped, so the next reader sees the new snapshot. A page cache for public pages hooks its invalidation
 * here. Outside a Next.js request (CLI, seed, tests) there is no cache to drop and revalidatePath refuses to run:
 * that case is ignored.
 */
export function afterPublicContentChanged(): void {
  for (const { path, type } of PUBLIC_FIGURE_PATHS) {
    try {
      if (type) revalidatePath(path, type);
      else revalidatePath(path);
    } catch {
      // no request context (scripts, tests): nothing is cached
    }
  }
}
