import "server-only";
import { AppError } from "../errors";
import type { Actor } from "../users/user-store";
import { detectMediaType, formatFileSize } from "../follow-up/attachments";
import { getSettings, setSettings } from "./settings";

/** Largest logo kept (it is stored in the settings table as a data URL and drawn on every letterhead). */
export const LOGO_MAX_BYTES = 300 * 1024;

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

/**
 * Stores the office's logo as a data URL (PNG or JPEG recognised by content, at most 300 KB), or removes it when
 * `bytes` is null. A wrong type or a larger file is a 422 naming the field "logo".
 */
export async function setOfficeLogo(bytes: Uint8Array | null, actor: Actor): Promise<void> {
  if (bytes === null || bytes.length === 0) {
    await setSettings({ "office.logo": "" }, actor);
    return;
  }
  const refuse = (message: string) => new AppError("VALIDATION", message, { fields: { logo: message } });
  if (bytes.length > LOGO_MAX_BYTES)
    throw refuse(
      `Logo terlalu besar (${formatFileSize(bytes.length, "up")}); paling besar ${formatFileSize(LOGO_MAX_BYTES)}.`,
    );
  const type = detectMediaType(bytes);
  if (type !== "image/png" && type !== "image/jpeg") throw refuse("Logo harus berkas PNG atau JPEG.");
  await setSettings({ "office.logo": `data:${type};base64,${Buffer.from(bytes).toString("base64")}` }, actor);
}
