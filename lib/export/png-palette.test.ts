import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { toPalettePng } from "./png-palette";

/** A 1200×630 RGBA card like the share image: a flat background, a dark block and an anti-aliased circle. */
async function renderedCard(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
    <rect width="1200" height="630" fill="#f4f8fa"/>
    <rect x="64" y="300" width="360" height="130" fill="#0f2530"/>
    <circle cx="634" cy="345" r="95" fill="#0b5c7a"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).ensureAlpha().png().toBuffer());
}

describe("toPalettePng", () => {
  it("re-encodes the card as an 8-bit palette PNG of the same size, smaller, with the same pixels", async () => {
    const original = await renderedCard();
    const palette = await toPalettePng(original);

    // IHDR: width and height at bytes 16–23, bit depth at 24, colour type at 25 (3 = indexed colour).
    const header = Buffer.from(palette);
    expect(header.subarray(1, 4).toString()).toBe("PNG");
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(header[24]).toBe(8);
    expect(header[25]).toBe(3);
    expect(palette.length).toBeLessThan(original.length);

    const [before, after] = await Promise.all(
      [original, palette].map((png) => sharp(png).ensureAlpha().raw().toBuffer()),
    );
    expect(after.length).toBe(before.length);
    let worst = 0;
    for (let i = 0; i < before.length; i++) worst = Math.max(worst, Math.abs(before[i]! - after[i]!));
    // The flat areas are exact; only the circle's anti-aliased edge is rounded to a nearby palette colour.
    expect(worst).toBeLessThanOrEqual(24);
    expect([...after.subarray(0, 4)]).toEqual([0xf4, 0xf8, 0xfa, 0xff]);
  });

  it("keeps the input when re-encoding would not make it smaller", async () => {
    const tiny = new Uint8Array(
      await sharp({ create: { width: 1, height: 1, channels: 3, background: "#ffffff" } })
        .png()
        .toBuffer(),
    );
    expect(await toPalettePng(tiny)).toBe(tiny);
  });
});
