import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, type DemoRole } from "./support";

// Issue 16: for each role, every page of the navigation — and one page of every kind its links lead to — fits a
// 360 px phone and a 1366 px desk without sideways scrolling, shows dates as "1 Juli 2026" (never ISO), and no link
// on those pages answers 403 ("Akses ditolak") to that role.
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1366, height: 900 },
] as const;
const PUBLIC_PAGES = ["/", "/layanan", "/laporan", "/pengaduan"];
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Same-origin link targets on the page, without fragments and without the language switch (it sets a cookie). */
async function linksOn(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page
    .locator("a[href]")
    // getAttribute, not .href: an SVG link (a chart's drill-down point) has no string href property.
    .evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute("href") ?? "", document.baseURI).href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin && !url.pathname.startsWith("/bahasa"))
    .map((url) => url.pathname + url.search);
}

/** Link shape: digits and long ids folded, so "/staf/permohonan/KDR-1" and "…/KDR-2" count as one kind of page. */
const shapeOf = (link: string) => link.replace(/[0-9]+/g, "0").replace(/\/[A-Za-z0-9_%.-]{16,}/g, "/id");

/** Up to `perShape` links of each shape, in the order found. */
function sample(links: Iterable<string>, perShape: number): string[] {
  const byShape = new Map<string, string[]>();
  for (const link of links) {
    const list = byShape.get(shapeOf(link)) ?? [];
    if (list.length < perShape && !list.includes(link)) list.push(link);
    byShape.set(shapeOf(link), list);
  }
  return [...byShape.values()].flat();
}

/** What is wrong with the page as shown: wider than the window, or an ISO date in its visible text. */
async function pageProblems(page: Page, label: string): Promise<string[]> {
  const { scrollWidth, innerWidth, text } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    text: document.body.innerText,
  }));
  const problems: string[] = [];
  if (scrollWidth > innerWidth) problems.push(`${label}: ${scrollWidth} px wide > ${innerWidth}`);
  const iso = ISO_DATE.exec(text);
  if (iso) problems.push(`${label}: ISO date ${iso[0]} in the text`);
  return problems;
}

for (const role of Object.keys(DEMO) as DemoRole[]) {
  test(`${role}: pages fit 360 px and 1366 px, dates read "1 Juli 2026", and no link answers 403`, async ({ page }) => {
    test.setTimeout(900_000);
    await signIn(page, role);
    const nav = await page
      .locator(".staff-nav a[href]")
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    // An AGENCY account has one page (its queue); every other role several.
    expect(nav.length).toBeGreaterThan(role === "AGENCY" ? 0 : 1);
    const problems: string[] = [];
    const links = new Set<string>();
    const visit = async (path: string, width: number) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState("networkidle");
      problems.push(...(await pageProblems(page, `${path} @${width}`)));
      for (const link of await linksOn(page)) links.add(link);
    };
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const path of [...nav, ...PUBLIC_PAGES]) await visit(path, viewport.width);
    }

    // Every link found answers something other than 403 (three of each shape: enough to catch a rule, not a crawl).
    const forbidden: string[] = [];
    const pagesBehindLinks: string[] = [];
    for (const link of sample(links, 3)) {
      const response = await page.request.get(link, { maxRedirects: 0, timeout: 60_000 });
      if (response.status() === 403) forbidden.push(link);
      const isPage = (response.headers()["content-type"] ?? "").startsWith("text/html");
      if (response.status() === 200 && isPage && !nav.includes(link) && !PUBLIC_PAGES.includes(link)) {
        pagesBehindLinks.push(link);
      }
    }
    // One page of each kind behind those links also fits both sizes (detail pages, print views, sub-pages).
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const path of sample(pagesBehindLinks, 1)) await visit(path, viewport.width);
    }
    expect({ problems, forbidden }).toEqual({ problems: [], forbidden: [] });
  });
}
