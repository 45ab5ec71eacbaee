import { methodNotAllowed } from "@/lib/api/http";
import { apiHandler } from "@/lib/api/handler";
import { getEvidencePackApi } from "@/lib/api/operations/follow-up";
import { AppError } from "@/lib/errors";
import { getPublicOrigin } from "@/lib/site/public-url";
import { recordAudit } from "@/lib/audit/store";
import { toWibDate } from "@/lib/calendar/working-days";
import { getEvidencePack } from "@/lib/evidence/queries";
import { getOfficeProfile } from "@/lib/settings/office-profile";
import { renderEvidencePackPdf } from "@/components/evidence/evidence-pack-pdf";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The year's evidence pack for the evaluators as a PDF (letterhead, contents, page numbers, signature block). */
export const GET = apiHandler(getEvidencePackApi, async ({ actor, params }) => {
  const { year } = params;
  const today = toWibDate(new Date());
  if (!(year >= 2000 && year <= Number(today.slice(0, 4))))
    throw new AppError("VALIDATION", "Tahun tidak valid.", {
      fields: { year: `Tahun 2000–${today.slice(0, 4)}` },
    });
  const [pack, office] = await Promise.all([getEvidencePack(year, today), getOfficeProfile()]);
  const pdf = await renderEvidencePackPdf({ pack, office, baseUrl: await getPublicOrigin() });
  await recordAudit({ actorId: actor.id, actor: actor.label, action: "export.evidencePack", target: String(year) });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="paket-bukti-evaluasi-${year}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
});

// Other methods: 405 with a body (lib/api/http.ts methodNotAllowed).
export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
