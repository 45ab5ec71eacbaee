import "server-only";
/** Public entry of the complaints module for other modules (the leadership dashboard). */
export { getComplaintKpis, listOverdueComplaints, type ComplaintKpis } from "./queries";
