import { ImageResponse } from "next/og";
import { getPublishedSkmReport } from "@/lib/skm/report-queries";
import { formatCount, formatDecimal } from "@/lib/format/format";
import { toPalettePng } from "@/lib/export/png-palette";

export const dynamic = "force-dynamic";

const GRADE_COLOURS: Record<string, string> = { A: "#166534", B: "#0b5c7a", C: "#92400e", D: "#b91c1c" };

/**
 * Share card (1200×630 PNG) of a published period: IKM, grade and period. Drafts and unknown periods: 404. Sent as a
 * palette PNG (lib/export/png-palette.ts): the same picture in well under half the bytes.
 */
export async function GET(_request: Request, context: { params: Promise<{ periodKey: string }> }) {
  const { periodKey } = await context.params;
  const report = await getPublishedSkmReport(periodKey);
  if (!report) return new Response("Not found", { status: 404 });
  const s = report.data.summary;
  // The share card is Indonesian (shared on Indonesian social media), whatever the sharer's language.
  const ikm = formatDecimal(s.ikm, "id", 2);
  const grade = s.grade ?? "–";
  const rendered = new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#f4f8fa",
        color: "#0f2530",
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 34, fontWeight: 700, color: "#0b5c7a" }}>Survei Kepuasan Masyarakat</div>
        <div style={{ fontSize: 28, marginTop: 8 }}>{`DPMPTSP Kota Kediri · ${report.period.labelId}`}</div>
      </div>
      <div style={{ display: "flex", alignItems: "center" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 30 }}>Indeks Kepuasan Masyarakat</div>
          <div style={{ fontSize: 150, fontWeight: 800, lineHeight: 1 }}>{ikm}</div>
        </div>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: 190,
            height: 190,
            borderRadius: 95,
            marginLeft: 64,
            background: GRADE_COLOURS[grade] ?? "#555",
            color: "#fff",
            fontSize: 120,
            fontWeight: 800,
          }}
        >
          {grade}
        </div>
        <div style={{ display: "flex", flexDirection: "column", marginLeft: 40, fontSize: 34 }}>
          <div>{s.performance?.id ?? ""}</div>
          <div style={{ fontSize: 26, marginTop: 8 }}>{`${formatCount(s.respondents, "id")} responden`}</div>
        </div>
      </div>
      <div style={{ fontSize: 22, color: "#44606c" }}>{`${s.regulation} · Lentera`}</div>
    </div>,
    { width: 1200, height: 630 },
  );
  const png = await toPalettePng(new Uint8Array(await rendered.arrayBuffer()));
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=600" },
  });
}
