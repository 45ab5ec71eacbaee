import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Sparkline } from "./sparkline";

describe("Sparkline", () => {
  it("draws the running period's segment dashed with a hollow point and says so in its name", () => {
    const html = renderToStaticMarkup(
      <Sparkline values={[80, 90, 85]} label="Tren" lastPartial partialLabel="periode berjalan" />,
    );
    expect(html).toContain('aria-label="Tren (periode berjalan)"');
    expect(html).toContain('data-partial="true"');
    // Solid up to the second point (x 0 and 60), dashed from there to the last (x 120); y spans 3..29 for 80..90.
    expect(html).toContain('<polyline points="0.0,29.0 60.0,3.0"');
    expect(html).toContain(
      'points="60.0,3.0 120.0,16.0" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 3"',
    );
    expect(html).toContain('<circle cx="120" cy="16" r="3" fill="#ffffff"');
  });

  it("a finished period is one solid line, with no partial mark", () => {
    const html = renderToStaticMarkup(<Sparkline values={[80, 90, 85]} label="Tren" />);
    expect(html).toContain('<polyline points="0.0,29.0 60.0,3.0 120.0,16.0"');
    expect(html).not.toContain("data-partial");
    expect(html).not.toContain("stroke-dasharray");
  });
});
