import { formatDate } from "@/lib/format/format";
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslator } from "@/lib/i18n/server";
import { checkRateLimit, clientAddress } from "@/lib/security/rate-limit";
import { getPublicComplaintStatus } from "@/lib/complaints/queries";
import { TicketLookupForm } from "../_components/ticket-lookup-form";

export const dynamic = "force-dynamic";

/** Lookups per address per hour: enough for a citizen, too few to walk the ticket sequence. */
const LOOKUPS_PER_HOUR = 60;

export default async function ComplaintStatusPage({
  searchParams,
}: {
  searchParams: Promise<{ tiket?: string; kode?: string }>;
}) {
  const { t, locale } = await getTranslator("complaints");
  const params = await searchParams;
  const ticket = params.tiket?.trim() ?? "";
  const code = params.kode?.trim() ?? "";
  let status: Awaited<ReturnType<typeof getPublicComplaintStatus>> = null;
  let isLimited = false;
  if (ticket) {
    isLimited = !checkRateLimit("complaints-status", clientAddress(await headers()), LOOKUPS_PER_HOUR, 60 * 60 * 1000)
      .ok;
    if (!isLimited) status = await getPublicComplaintStatus(ticket, code);
  }
  return (
    <div className="stack">
      <h1>{t("public.statusTitle")}</h1>
      <TicketLookupForm t={t} defaultValue={ticket} defaultCode={code} />
      {isLimited && (
        <div className="alert alert-error" role="alert">
          {t("public.rateLimited")}
        </div>
      )}
      {ticket && !isLimited && !status && (
        <div className="alert alert-warn" role="alert">
          {t("public.notFound")}
        </div>
      )}
      {status && (
        <section className="card stack" aria-labelledby="ticket-heading">
          <h2 id="ticket-heading">{status.ticketNo}</h2>
          <dl className="grid">
            <div>
              <dt>{t("public.status")}</dt>
              <dd>
                <strong data-testid="complaint-status">{t(`statuses.${status.status}`)}</strong>
              </dd>
            </div>
            <div>
              <dt>{t("public.category")}</dt>
              <dd>{t(`categories.${status.category}`)}</dd>
            </div>
            <div>
              <dt>{t("public.receivedOn")}</dt>
              <dd>{formatDate(status.receivedOn, locale)}</dd>
            </div>
            <div>
              <dt>{t("public.deadlineOn")}</dt>
              <dd>{formatDate(status.deadlineOn, locale)}</dd>
            </div>
            {status.resolvedAt && (
              <div>
                <dt>{t("public.resolvedOn")}</dt>
                <dd>{formatDate(status.resolvedAt, locale)}</dd>
              </div>
            )}
          </dl>
          <h3>{t("public.answer")}</h3>
          {status.publicAnswer ? (
            <p data-testid="public-answer" style={{ whiteSpace: "pre-wrap" }}>
              {status.publicAnswer}
            </p>
          ) : (
            <p className="muted">{t("public.noAnswer")}</p>
          )}
        </section>
      )}
      <p>
        <Link href="/pengaduan">{t("public.title")}</Link>
      </p>
    </div>
  );
}
