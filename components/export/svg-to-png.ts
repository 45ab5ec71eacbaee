/**
 * Turns a chart's SVG into a PNG in the browser (issue 16, "charts as images"): the SVG is copied with the styles
 * the page gave it written onto each element (an SVG drawn as an image sees no page CSS), drawn on a white canvas
 * at twice its size under the chart's title and period, and handed back as PNG bytes. No library: the browser's
 * own XMLSerializer, Image and canvas. The legend (HTML under the chart, not part of the SVG) is drawn under it.
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

/** A legend entry as the PNG draws it (read from the chart's legend markup, `data-legend-color`). */
export type PngLegendEntry = { label: string; color: string; mark: string };

/** The legend under `scope`'s chart, as drawn on screen by ChartLegend. */
export function findChartLegend(scope: Element): PngLegendEntry[] {
  return Array.from(scope.querySelectorAll("[data-legend-color]")).map((item) => ({
    label: item.textContent?.trim() ?? "",
    color: item.getAttribute("data-legend-color") ?? "#000000",
    mark: item.getAttribute("data-legend-mark") ?? "box",
  }));
}

const LEGEND_FONT = "13px system-ui, sans-serif";
const LEGEND_ROW = 22;
const MARK_WIDTH = 18;

/** Where each entry goes: left to right, a new row when the next would pass `width`. */
function legendLayout(context: CanvasRenderingContext2D, legend: readonly PngLegendEntry[], width: number) {
  context.font = LEGEND_FONT;
  let x = 0;
  let row = 0;
  const placed = legend.map((entry) => {
    const itemWidth = MARK_WIDTH + 6 + Math.min(width - MARK_WIDTH - 6, context.measureText(entry.label).width);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const at = { entry, x, row, textWidth: itemWidth - MARK_WIDTH - 6 };
    x += itemWidth + 16;
    return at;
  });
  return { placed, height: legend.length === 0 ? 0 : (row + 1) * LEGEND_ROW + 8 };
}

function drawMark(context: CanvasRenderingContext2D, entry: PngLegendEntry, x: number, y: number): void {
  context.fillStyle = entry.color;
  context.strokeStyle = entry.color;
  context.lineWidth = 2;
  context.setLineDash(entry.mark === "dashed" ? [4, 3] : entry.mark === "hollow" ? [2, 2] : []);
  if (entry.mark === "line" || entry.mark === "dashed") {
    context.beginPath();
    context.moveTo(x, y + 7);
    context.lineTo(x + MARK_WIDTH, y + 7);
    context.stroke();
  } else if (entry.mark === "hollow") {
    context.fillStyle = "#ffffff";
    context.beginPath();
    context.arc(x + 9, y + 7, 5, 0, Math.PI * 2);
    context.fill();
    context.stroke();
  } else {
    context.fillRect(x + 2, y + 1, 13, 13);
  }
  context.setLineDash([]);
}

/**
 * The chart as PNG bytes at 2× scale on white: `title` (bold) and `period` above it, its `legend` (a mark in each
 * series' colour and its name, wrapped to the chart's width) under it.
 */
export async function chartToPng(
  svg: SVGSVGElement,
  title: string,
  period: string | undefined,
  legend: readonly PngLegendEntry[] = [],
): Promise<Blob> {
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
  const measuring = canvas.getContext("2d");
  if (!measuring) throw new Error("No canvas");
  const layout = legendLayout(measuring, legend, width);
  const fullWidth = width + pad * 2;
  const fullHeight = height + header + layout.height + pad * 2;
  // Resizing the canvas resets its context: everything is drawn after this.
  canvas.width = fullWidth * scale;
  canvas.height = fullHeight * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("No canvas");
  context.scale(scale, scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, fullWidth, fullHeight);
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
  const legendTop = pad + header + height + 8;
  for (const { entry, x, row, textWidth } of layout.placed) {
    const y = legendTop + row * LEGEND_ROW;
    drawMark(context, entry, pad + x, y);
    context.fillStyle = "#1a1a1a";
    context.font = LEGEND_FONT;
    context.fillText(entry.label, pad + x + MARK_WIDTH + 6, y + 1, textWidth);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("No PNG"))), "image/png"),
  );
}
