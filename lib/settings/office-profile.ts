import "server-only";
import { getSettings } from "./settings";

export type OfficeProfile = {
  name: string;
  parent: string;
  address: string;
  city: string;
  /** data:image/png|jpeg;base64,… or null. */
  logo: string | null;
  head: { name: string; nip: string; position: string };
};

/** The office as its documents present it: letterhead (name, address, logo) and the head of office who signs. */
export async function getOfficeProfile(): Promise<OfficeProfile> {
  const s = await getSettings([
    "office.name",
    "office.parent",
    "office.address",
    "office.city",
    "office.logo",
    "office.headName",
    "office.headNip",
    "office.headPosition",
  ]);
  return {
    name: s["office.name"],
    parent: s["office.parent"],
    address: s["office.address"],
    city: s["office.city"],
    logo: s["office.logo"] || null,
    head: { name: s["office.headName"], nip: s["office.headNip"], position: s["office.headPosition"] },
  };
}
