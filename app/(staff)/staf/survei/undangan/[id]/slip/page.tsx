import { formatDate } from "@/lib/format/format";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getEnv } from "@/lib/env";
import { getInvitationSlip } from "@/lib/skm/invitation-store";
import { PrintButton } from "@/components/ui/print-button";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ format?: string }> };

/** Printable invitation slip: A6 (105 × 148 mm) or an 80 mm receipt printer, chosen with ?format=a6|struk. */
export default async function InvitationSlipPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePageCapability("createInvitations", `/staf/survei/undangan/${id}/slip`);
  const { t, locale } = await getTranslator("survey");
  const slip = await getInvitationSlip(id, new Date());
  if (!slip) notFound();
  const format = (await searchParams).format === "struk" ? "struk" : "a6";
  const date = formatDate(slip.expiresAt, locale);
  const status =
    slip.state === "used"
      ? t("staff.statusUsed")
      : slip.state === "expired"
        ? t("staff.statusExpired")
        : t("staff.statusOpen");
  const pageSize = format === "struk" ? "80mm 160mm" : "A6";
  return (
    <div className="stack">
      <style>{`@media print{@page{size:${pageSize};margin:${format === "struk" ? "3mm" : "8mm"}}.slip{border:none!important;box-shadow:none!important;margin:0!important}}
.slip{background:#fff;color:#000;border:1px dashed #6b7280;margin:0 auto;padding:6mm;text-align:center;font-size:${format === "struk" ? "11pt" : "12pt"};width:${format === "struk" ? "74mm" : "105mm"}}
.slip svg{width:${format === "struk" ? "44mm" : "52mm"};height:auto}.slip .short{font-family:monospace;font-size:1.05em;word-break:break-all}`}</style>
      <div className="row no-print">
        <h1>{t("staff.slipTitle")}</h1>
      </div>
      <p className="no-print">
        {t("staff.status")}: <strong data-testid="invitation-status">{status}</strong>
      </p>
      <nav className="row no-print" aria-label={t("staff.slipTitle")}>
        <Link href={`/staf/survei/undangan/${id}/slip?format=a6`} aria-current={format === "a6" ? "page" : undefined}>
          {t("staff.formatA6")}
        </Link>
        <Link
          href={`/staf/survei/undangan/${id}/slip?format=struk`}
          aria-current={format === "struk" ? "page" : undefined}
        >
          {t("staff.formatReceipt")}
        </Link>
      </nav>
      <section className="slip" aria-label={t("staff.slipTitle")}>
        <p>
          <strong>{getEnv().LENTERA_OFFICE_NAME}</strong>
        </p>
        <p>{t("staff.slipLead")}</p>
        <div dangerouslySetInnerHTML={{ __html: slip.qrSvg }} role="img" aria-label={slip.link} />
        <p className="short">
          <a href={slip.link} data-testid="invitation-link">
            {slip.link}
          </a>
        </p>
        {slip.licenseType && (
          <p>
            {locale === "en" ? slip.licenseType.nameEn : slip.licenseType.name}
            {slip.counter ? ` · ${slip.counter.code}` : ""}
          </p>
        )}
        {slip.applicationNo && <p>{t("staff.slipApplication", { no: slip.applicationNo })}</p>}
        <p>{t("staff.slipExpires", { date })}</p>
      </section>
      <div className="row no-print">
        <PrintButton label={t("staff.print")} />
        <Link className="btn btn-secondary" href="/staf/survei/undangan/baru">
          {t("staff.anotherInvitation")}
        </Link>
      </div>
    </div>
  );
}
