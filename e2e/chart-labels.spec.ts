import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support";

// Issue 16: every chart names every category and period (none dropped by the chart library), in text of at least
// 12 px, and category names do not overlap — on a 360 px phone and a 1366 px desk. Each chart lists the categories
// it must show on its frame (data-chart-categories); each drawn name carries data-category.
const CHART_PAGES = ["/staf/skm", "/staf/waktu-proses", "/staf/investasi", "/staf/investasi/realisasi"];

type ChartReport = { expected: string[]; drawn: string[]; smallText: string[]; overlaps: string[] };

async function chartsOn(page: Page): Promise<ChartReport[]> {
  // A chart is drawn after it measures its width; wait until every frame holds its SVG.
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-chart-categories]")].every((frame) => frame.querySelector("svg text")),
  );
  return page.locator("[data-chart-categories]").evaluateAll((frames) =>
    frames.map((frame) => {
      const expected = JSON.parse(frame.getAttribute("data-chart-categories") ?? "[]") as string[];
      const ticks = [...frame.querySelectorAll<SVGTextElement>("[data-category]")];
      const boxes = ticks.map((tick) => ({ name: tick.dataset.category ?? "", box: tick.getBoundingClientRect() }));
      const overlaps: string[] = [];
      // Labels written at −40° are parallel lines: their axis-aligned boxes always intersect, so check instead that
      // neighbours are at least one line of text apart across the slant (distance × sin 40° ≥ font size).
      const rotated = ticks.filter((tick) => (tick.getAttribute("transform") ?? "").includes("rotate"));
      const xs = rotated.map((tick) => Number(tick.getAttribute("x"))).sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) {
        const fontSize = parseFloat(getComputedStyle(rotated[0]!).fontSize);
        if ((xs[i]! - xs[i - 1]!) * Math.sin((40 * Math.PI) / 180) < fontSize) overlaps.push(`rotated ${i}`);
      }
      for (let i = 0; i < boxes.length; i++) {
        if (rotated.includes(ticks[i]!)) continue;
        for (let j = i + 1; j < boxes.length; j++) {
          if (rotated.includes(ticks[j]!)) continue;
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          // 1 px of tolerance: neighbouring labels may touch, not cover each other.
          const apart =
            a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
          if (!apart) overlaps.push(`${boxes[i]!.name} / ${boxes[j]!.name}`);
        }
      }
      const smallText = [...frame.querySelectorAll("svg text")]
        .filter((text) => (text.textContent ?? "").trim() !== "")
        .filter((text) => parseFloat(getComputedStyle(text).fontSize) < 12)
        .map((text) => `${text.textContent} (${getComputedStyle(text).fontSize})`);
      return { expected, drawn: boxes.map((b) => b.name), smallText, overlaps };
    }),
  );
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1366, height: 900 },
]) {
  test(`every chart names all its categories at ${viewport.width} px, 12 px text, no overlapping names`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize(viewport);
    await signIn(page, "ADMIN");
    let charts = 0;
    for (const path of CHART_PAGES) {
      await page.goto(path);
      const reports = await chartsOn(page);
      charts += reports.length;
      for (const [index, report] of reports.entries()) {
        const where = `${path} chart ${index + 1}`;
        expect(report.expected.length, where).toBeGreaterThan(0);
        expect([...report.drawn].sort(), where).toEqual([...report.expected].sort());
        expect(report.smallText, where).toEqual([]);
        expect(report.overlaps, where).toEqual([]);
      }
    }
    // SKM trend, elements, four profiles, info sources; five processing charts; investment trend; LKPM realisation.
    expect(charts).toBeGreaterThanOrEqual(13);
  });
}
