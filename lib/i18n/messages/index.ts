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
import idInvestment from "./id/investment.json";
import enInvestment from "./en/investment.json";

export const MESSAGES = {
  id: { common: idCommon, auth: idAuth, admin: idAdmin, portal: idPortal, investment: idInvestment },
  en: { common: enCommon, auth: enAuth, admin: enAdmin, portal: enPortal, investment: enInvestment },
} as const;

export type Namespace = keyof (typeof MESSAGES)["id"];
