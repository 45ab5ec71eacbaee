import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageCapability } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getTranslator } from "@/lib/i18n/server";
import { searchApplications } from "@/lib/applications/applications";
import { listLicenseTypes } from "@/lib/reference/queries";
import { formatDateId } from "@/lib/format/date";

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requirePageCapability("viewApplications", "/staf/permohonan");
  const { t, locale } = await getTranslator("applications");
  const q = ((await searchParams).q ?? "").trim();
  const [rows, licenseTypes] = await Promise.all([searchApplications(q), listLicenseTypes()]);
  // An exact hit on a full registration number goes straight to the file: the counter's fastest path.
  if (q && rows.length === 1 && rows[0].registrationNo.toUpperCase() === q.toUpperCase()) redirect(`/staf/permohonan/${encodeURIComponent(rows[0].registrationNo)}`);
  const codeOf = new Map(licenseTypes.map((lt) => [lt.id, lt.code]));
  return (
    <div className="stack">
      <h1>{t("list.title")}</h1>
      <p className="muted">{t("list.intro")}</p>
      <form method="get" className="card row" role="search">
        <div className="field">
          <label htmlFor="q">{t("list.search")}</label>
          <input id="q" name="q" defaultValue={q} autoFocus autoComplete="off" placeholder="KDR-20260105-000123" />
        </div>
        <button className="btn" type="submit">{t("list.searchButton")}</button>
        {can(user.role, "processApplications") && <Link className="btn btn-secondary" href="/staf/permohonan/baru">{t("list.new")}</Link>}
        {can(user.role, "importData") && <Link className="btn btn-secondary" href="/staf/permohonan/impor">{t("list.import")}</Link>}
      </form>
      <h2>{q ? t("list.resultsTitle") : t("list.openTitle")}</h2>
      {rows.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("list.registrationNo")}</th>
                <th scope="col">{t("list.applicant")}</th>
                <th scope="col">{t("list.licenseType")}</th>
                <th scope="col">{t("list.status")}</th>
                <th scope="col">{t("list.stage")}</th>
                <th scope="col">{t("list.dueDate")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.registrationNo}>
                  <td><Link href={`/staf/permohonan/${encodeURIComponent(row.registrationNo)}`}>{row.registrationNo}</Link></td>
                  <td>{row.applicantName}</td>
                  <td>{codeOf.get(row.licenseTypeId)}</td>
                  <td>{t(`statuses.${row.status}`)}</td>
                  <td>{t(`stages.${row.currentStage}`)}</td>
                  <td>{formatDateId(row.dueDate, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
