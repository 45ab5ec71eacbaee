/**
 * Turns a chart's SVG into a PNG in the browser (issue 16, "charts as images"): the SVG is copied with the styles
 * the page gave it written onto each element (an SVG drawn as an image sees no page CSS), drawn on a white canvas
 * at twice its size under the chart's title and period, and handed back as PNG bytes. No library: the browser's
 * own XMLSerializer, Image and canvas.
 */

const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

/** The largest SVG inside `scope` (the chart itself, not a legend icon); null when there is none. */
export function findChartSvg(scope: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of Array.from(scope.querySelectorAll("svg"))) {
    const box = svg.getBoundingClientRect();
    if (box.width * box.height > bestArea) {
      best = svg;
      bestArea = box.width * box.height;
    }
  }
  return best;
}

function inlineStyles(original: SVGSVGElement, copy: SVGSVGElement): void {
  const from = [original, ...Array.from(original.querySelectorAll("*"))];
  const to = [copy, ...Array.from(copy.querySelectorAll("*"))];
  from.forEach((element, i) => {
    const target = to[i] as SVGElement | undefined;
    if (!target) return;
    const computed = getComputedStyle(element);
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property);
      if (value) target.style.setProperty(property, value);
    }
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error("SVG could not be drawn"));
    image.src = url;
  });
}

/** The chart as PNG bytes: white background, `title` (bold) and `period` above it, 2× scale. */
export async function chartToPng(svg: SVGSVGElement, title: string, period: string | undefined): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  const source = new XMLSerializer().serializeToString(copy);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`);

  const scale = 2;
  const pad = 24;
  const header = period ? 64 : 40;
  const canvas = document.createElement("canvas");
  canvas.width = (width + pad * 2) * scale;
  canvas.height = (height + header + pad * 2) * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No canvas");
  context.scale(scale, scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width + pad * 2, height + header + pad * 2);
  context.fillStyle = "#1a1a1a";
  context.textBaseline = "top";
  context.font = "bold 18px system-ui, sans-serif";
  context.fillText(title, pad, pad, width);
  if (period) {
    context.fillStyle = "#4b5563";
    context.font = "14px system-ui, sans-serif";
    context.fillText(period, pad, pad + 28, width);
  }
  context.drawImage(image, pad, pad + header, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No PNG"))), "image/png"),
  );
}
