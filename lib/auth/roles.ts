/** Staff roles and what each may do. Pure: used by pages, actions, route handlers and navigation alike. */
export const ROLES = ["ADMIN", "LEADERSHIP", "PLANNER", "OFFICER"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Capabilities are named for what a person does; each lists the roles that may do it. */
export const CAPABILITIES = {
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
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role | undefined | null, capability: Capability): boolean {
  return !!role && (CAPABILITIES[capability] as readonly Role[]).includes(role);
}
