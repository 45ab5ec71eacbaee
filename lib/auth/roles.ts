/** Staff roles and what each may do. Pure: used by pages, actions, route handlers and navigation alike. */
export const ROLES = ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER", "AGENCY"] as const;
export type Role = (typeof ROLES)[number];

/** Roles an API token may carry: tokens act for the office; an agency account is a person's sign-in to its queue. */
export const TOKEN_ROLES = ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"] as const satisfies readonly Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Capabilities are named for what a person does; each lists the roles that may do it. */
export const CAPABILITIES = {
  // The office's staff overview (/staf): every office role; agency accounts go straight to their queue.
  viewOverview: ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"],
  // Sending a survey response as a signed-in caller (the channel rules then decide; lib/skm/collection-rules.ts).
  submitSurveyAsStaff: ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"],
  manageUsers: ["ADMIN"],
  manageReferenceData: ["ADMIN"],
  manageSettings: ["ADMIN"],
  viewAuditLog: ["ADMIN"],
  importData: ["ADMIN"],
  viewDashboards: ["ADMIN", "LEADERSHIP"],
  viewSkmDashboard: ["ADMIN", "LEADERSHIP", "PLANNER"],
  publishSkmReports: ["ADMIN"],
  viewAnalytics: ["ADMIN", "LEADERSHIP", "PLANNER"],
  exportData: ["ADMIN", "PLANNER"],
  // LKPM realisation reports are entered by the investment planners (bidang penanaman modal), not counter staff.
  reportInvestmentRealisation: ["ADMIN", "PLANNER"],
  // The OSS-RBA "Data Proyek" download is the planners' (issue 17): import, preview and undo.
  importOssProjects: ["ADMIN", "PLANNER"],
  // Freezing a period's open data (issue 17) publishes figures: administrators, like SKM reports.
  publishOpenData: ["ADMIN"],
  processApplications: ["ADMIN", "OFFICER"],
  viewApplications: ["ADMIN", "OFFICER", "LEADERSHIP"],
  viewProcessingTimes: ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"],
  createInvitations: ["ADMIN", "OFFICER"],
  enterPaperSurveys: ["ADMIN", "OFFICER"],
  handleComplaints: ["ADMIN", "OFFICER"],
  viewComplaintMetrics: ["ADMIN", "LEADERSHIP", "OFFICER"],
  viewMessageOutbox: ["ADMIN"],
  // Follow-up actions (issue 18): leadership and administrators create, assign, reschedule and drop them; every staff
  // member sees them and works on the ones they own (the owner check is in lib/follow-up/rules.ts).
  viewFollowUpActions: ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"],
  manageFollowUpActions: ["ADMIN", "LEADERSHIP"],
  updateOwnFollowUpActions: ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"],
  // Compensation register: the desk records what was offered when service fell short of the standard.
  recordCompensation: ["ADMIN", "LEADERSHIP", "OFFICER"],
  // The yearly evidence pack for the PEKPPP evaluators and the Ombudsman.
  viewEvidencePack: ["ADMIN", "LEADERSHIP"],
  // Recount every aggregate from the raw rows (issue 12); read-only but heavy, so administrators only.
  runConsistencyCheck: ["ADMIN"],
  // Attendance from the check-clock machines (issue 20): everyone sees their own record; leadership and admin see
  // individuals, units and counter coverage; admin imports logs and keeps hours, leave, PINs and the roster.
  viewOwnAttendance: ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"],
  viewAttendance: ["ADMIN", "LEADERSHIP"],
  manageAttendance: ["ADMIN"],
  // Outreach campaigns and their measured effect (issue 20).
  viewOutreach: ["ADMIN", "LEADERSHIP", "PLANNER"],
  manageOutreach: ["ADMIN"],
  // Technical agency staff (issue 20): their own agency's recommendation queue and nothing else. AGENCY appears in
  // no other capability, so every other page, action and route refuses it.
  viewAgencyQueue: ["AGENCY"],
  recordAgencyRecommendation: ["AGENCY"],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role | undefined | null, capability: Capability): boolean {
  return !!role && (CAPABILITIES[capability] as readonly Role[]).includes(role);
}
