import { describe, expect, it } from "vitest";
import { LOCALE_COOKIE } from "./locales";
import { localeOfRequest } from "./request-locale";

const withCookie = (cookie?: string) =>
  new Request("http://localhost/x", { headers: cookie === undefined ? {} : { cookie } });

describe("localeOfRequest", () => {
  it.each([
    [undefined, "id"],
    [`${LOCALE_COOKIE}=en`, "en"],
    [`a=1; ${LOCALE_COOKIE}=en; b=2`, "en"],
    [`${LOCALE_COOKIE}=fr`, "id"],
    [`x${LOCALE_COOKIE}=en`, "id"],
  ])("%s → %s", (cookie, expected) => {
    expect(localeOfRequest(withCookie(cookie))).toBe(expected);
  });
});
