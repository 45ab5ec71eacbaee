// Message catalogues, one JSON file per namespace and language. Add a namespace by adding its two
// files and one line to each list below; tests check that both languages have the same keys.
import idCommon from "./id/common.json";
import enCommon from "./en/common.json";
import idAuth from "./id/auth.json";
import enAuth from "./en/auth.json";
import idAdmin from "./id/admin.json";
import enAdmin from "./en/admin.json";
import idPortal from "./id/portal.json";
import enPortal from "./en/portal.json";
import idSurvey from "./id/survey.json";
import enSurvey from "./en/survey.json";
import idSkm from "./id/skm.json";
import enSkm from "./en/skm.json";
import idApplications from "./id/applications.json";
import enApplications from "./en/applications.json";
import idInvestment from "./id/investment.json";
import enInvestment from "./en/investment.json";
import idComplaints from "./id/complaints.json";
import enComplaints from "./en/complaints.json";
import idDashboard from "./id/dashboard.json";
import enDashboard from "./en/dashboard.json";
import idRealisation from "./id/realisation.json";
import enRealisation from "./en/realisation.json";
import idFollowUp from "./id/followUp.json";
import enFollowUp from "./en/followUp.json";
import idEvidence from "./id/evidence.json";
import enEvidence from "./en/evidence.json";
import idOss from "./id/oss.json";
import enOss from "./en/oss.json";
import idOpenData from "./id/open-data.json";
import enOpenData from "./en/open-data.json";
import idAttendance from "./id/attendance.json";
import enAttendance from "./en/attendance.json";
import idOutreach from "./id/outreach.json";
import enOutreach from "./en/outreach.json";
import idAgency from "./id/agency.json";
import enAgency from "./en/agency.json";
import idPerception from "./id/perception.json";
import enPerception from "./en/perception.json";
import idPeriods from "./id/periods.json";
import enPeriods from "./en/periods.json";
import idExports from "./id/exports.json";
import enExports from "./en/exports.json";
import idTable from "./id/table.json";
import enTable from "./en/table.json";
import idAudit from "./id/audit.json";
import enAudit from "./en/audit.json";
import idListExports from "./id/list-exports.json";
import enListExports from "./en/list-exports.json";
import idCharts from "./id/charts.json";
import enCharts from "./en/charts.json";

export const MESSAGES = {
  id: {
    common: idCommon,
    auth: idAuth,
    admin: idAdmin,
    portal: idPortal,
    survey: idSurvey,
    skm: idSkm,
    applications: idApplications,
    investment: idInvestment,
    complaints: idComplaints,
    dashboard: idDashboard,
    realisation: idRealisation,
    followUp: idFollowUp,
    evidence: idEvidence,
    oss: idOss,
    openData: idOpenData,
    attendance: idAttendance,
    outreach: idOutreach,
    agency: idAgency,
    perception: idPerception,
    periods: idPeriods,
    exports: idExports,
    table: idTable,
    audit: idAudit,
    listExports: idListExports,
    charts: idCharts,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    admin: enAdmin,
    portal: enPortal,
    survey: enSurvey,
    skm: enSkm,
    applications: enApplications,
    investment: enInvestment,
    complaints: enComplaints,
    dashboard: enDashboard,
    realisation: enRealisation,
    followUp: enFollowUp,
    evidence: enEvidence,
    oss: enOss,
    openData: enOpenData,
    attendance: enAttendance,
    outreach: enOutreach,
    agency: enAgency,
    perception: enPerception,
    periods: enPeriods,
    exports: enExports,
    table: enTable,
    audit: enAudit,
    listExports: enListExports,
    charts: enCharts,
  },
} as const;

export type Namespace = keyof (typeof MESSAGES)["id"];
