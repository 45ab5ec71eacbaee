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
import idApplications from "./id/applications.json";
import enApplications from "./en/applications.json";

export const MESSAGES = {
  id: { common: idCommon, auth: idAuth, admin: idAdmin, portal: idPortal, applications: idApplications },
  en: { common: enCommon, auth: enAuth, admin: enAdmin, portal: enPortal, applications: enApplications },
} as const;

export type Namespace = keyof (typeof MESSAGES)["id"];
