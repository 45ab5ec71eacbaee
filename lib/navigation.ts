import { can, type Capability, type Role } from "./auth/roles";

/**
 * The staff area's navigation: each entry names the capability its page requires, so the menu shows
 * only what the role may open (the pages check the same capability on the server).
 * Modules add their entries here.
 */
export const STAFF_NAV: { href: string; labelKey: string; capability: Capability }[] = [
  { href: "/staf", labelKey: "nav.overview", capability: "viewOverview" },
  { href: "/staf/rekomendasi", labelKey: "nav.agencyQueue", capability: "viewAgencyQueue" },
  { href: "/dashboard", labelKey: "nav.dashboard", capability: "viewDashboards" },
  { href: "/dashboard/mingguan", labelKey: "nav.weekly", capability: "viewDashboards" },
  { href: "/staf/skm", labelKey: "nav.skm", capability: "viewSkmDashboard" },
  { href: "/staf/skm/persepsi", labelKey: "nav.perception", capability: "viewSkmDashboard" },
  { href: "/staf/skm/laporan", labelKey: "nav.skmReports", capability: "publishSkmReports" },
  { href: "/staf/tindak-lanjut", labelKey: "nav.followUps", capability: "viewFollowUpActions" },
  { href: "/staf/survei", labelKey: "nav.surveyCollect", capability: "createInvitations" },
  { href: "/staf/permohonan", labelKey: "nav.applications", capability: "viewApplications" },
  { href: "/staf/permohonan/impor", labelKey: "nav.importApplications", capability: "importData" },
  { href: "/staf/waktu-proses", labelKey: "nav.processing", capability: "viewProcessingTimes" },
  { href: "/staf/investasi", labelKey: "nav.investment", capability: "viewAnalytics" },
  { href: "/staf/investasi/oss", labelKey: "nav.ossImport", capability: "importOssProjects" },
  { href: "/staf/pengaduan", labelKey: "nav.complaints", capability: "handleComplaints" },
  { href: "/staf/pengaduan/metrik", labelKey: "nav.complaintMetrics", capability: "viewComplaintMetrics" },
  { href: "/staf/pengaduan/kotak-keluar", labelKey: "nav.outbox", capability: "viewMessageOutbox" },
  { href: "/staf/kompensasi", labelKey: "nav.compensation", capability: "recordCompensation" },
  { href: "/staf/admin/bukti", labelKey: "nav.evidencePack", capability: "viewEvidencePack" },
  { href: "/staf/sosialisasi", labelKey: "nav.outreach", capability: "viewOutreach" },
  { href: "/staf/kehadiran", labelKey: "nav.myAttendance", capability: "viewOwnAttendance" },
  { href: "/staf/kehadiran/rekap", labelKey: "nav.attendanceOverview", capability: "viewAttendance" },
  { href: "/staf/kehadiran/loket", labelKey: "nav.counterCoverage", capability: "viewAttendance" },
  { href: "/staf/admin/pengguna", labelKey: "nav.users", capability: "manageUsers" },
  { href: "/staf/admin/token", labelKey: "nav.tokens", capability: "manageUsers" },
  { href: "/staf/admin/audit", labelKey: "nav.audit", capability: "viewAuditLog" },
  { href: "/staf/admin/data-terbuka", labelKey: "nav.openData", capability: "publishOpenData" },
  { href: "/staf/admin/konsistensi", labelKey: "nav.consistency", capability: "runConsistencyCheck" },
  { href: "/staf/admin/layanan", labelKey: "nav.licenseTypes", capability: "manageReferenceData" },
  { href: "/staf/admin/hari-libur", labelKey: "nav.holidays", capability: "manageReferenceData" },
  { href: "/staf/admin/kbli", labelKey: "nav.kbli", capability: "manageReferenceData" },
  { href: "/staf/admin/kategori-pengaduan", labelKey: "nav.complaintCategories", capability: "manageReferenceData" },
  { href: "/staf/admin/kehadiran", labelKey: "nav.attendanceAdmin", capability: "manageAttendance" },
  { href: "/staf/admin/kantor", labelKey: "nav.office", capability: "manageSettings" },
  { href: "/staf/admin/target", labelKey: "nav.targets", capability: "manageSettings" },
];

export function navFor(role: Role) {
  return STAFF_NAV.filter((item) => can(role, item.capability));
}

/**
 * Pages outside the menu that need a different capability than the menu entry they sit under (the longest
 * matching prefix wins). Each page checks the same capability on the server; this table lets a page leave out a
 * link its reader could not follow (issue 16: no link may end in "Akses ditolak").
 */
const SUB_ROUTES: { href: string; capability: Capability }[] = [
  { href: "/staf/permohonan/baru", capability: "processApplications" },
  { href: "/staf/pengaduan/baru", capability: "handleComplaints" },
  { href: "/staf/survei/kertas", capability: "enterPaperSurveys" },
  { href: "/staf/survei/impor", capability: "importData" },
  { href: "/staf/survei/kiosk", capability: "manageSettings" },
  { href: "/staf/survei/pertanyaan", capability: "manageSettings" },
  { href: "/staf/investasi/target", capability: "manageSettings" },
  { href: "/staf/investasi/realisasi/input", capability: "reportInvestmentRealisation" },
];

/** True when `role` may open the staff page at `href` (a path, with or without a query); unknown paths are open. */
export function canOpen(role: Role, href: string): boolean {
  const path = href.split(/[?#]/)[0]!;
  let best: { href: string; capability: Capability | null } | undefined;
  for (const route of [...STAFF_NAV, ...SUB_ROUTES]) {
    const matches = path === route.href || path.startsWith(`${route.href}/`);
    if (matches && (!best || route.href.length > best.href.length)) best = route;
  }
  return !best || best.capability === null || can(role, best.capability);
}
