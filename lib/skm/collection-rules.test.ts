import { describe, it, expect } from "vitest";
import {
  channelDenial,
  decideSubmittedAt,
  DEFAULT_COLLECTION_POLICY,
  isIncompleteAllowed,
  type SubmissionSource,
} from "./collection-rules";
import { IKM_2004_QUESTIONNAIRE, SKM_2017_QUESTIONNAIRE } from "./questionnaires";

const NOW = new Date("2026-11-29T05:00:00Z"); // 12:00 WIB
const PUBLIC: SubmissionSource = { kind: "public" };
const KIOSK: SubmissionSource = { kind: "kiosk", enrolledAt: new Date("2026-11-25T01:00:00Z") };
const OFFICER: SubmissionSource = { kind: "staff", role: "OFFICER" };
const ADMIN: SubmissionSource = { kind: "staff", role: "ADMIN" };
const PLANNER: SubmissionSource = { kind: "staff", role: "PLANNER" };

describe("channelDenial", () => {
  it.each([
    ["web", PUBLIC, null],
    ["qr", PUBLIC, null],
    ["paper", PUBLIC, "UNAUTHENTICATED"],
    ["import", PUBLIC, "UNAUTHENTICATED"],
    ["kiosk", PUBLIC, "UNAUTHENTICATED"],
    ["kiosk", OFFICER, "UNAUTHENTICATED"],
    ["paper", OFFICER, null],
    ["paper", PLANNER, "FORBIDDEN"],
    ["import", OFFICER, "FORBIDDEN"],
    ["import", ADMIN, null],
    ["kiosk", KIOSK, null],
    ["web", KIOSK, "VALIDATION"],
  ] as const)("%s from %j → %s", (channel, source, code) => {
    expect(channelDenial(channel, source)?.code ?? null).toBe(code);
  });
});

describe("decideSubmittedAt", () => {
  const decide = (
    iso: string,
    channel: "web" | "kiosk" | "paper",
    source: SubmissionSource,
    q = SKM_2017_QUESTIONNAIRE,
    days = 7,
  ) => {
    const r = decideSubmittedAt(
      new Date(iso),
      channel,
      source,
      q,
      { ...DEFAULT_COLLECTION_POLICY, kioskQueueDays: days },
      NOW,
    );
    return r.ok ? r.submittedAt.toISOString() : r.message;
  };
  it("public and staff-on-web get the server's time whatever they send", () => {
    expect(decide("2026-05-15T02:00:00Z", "web", PUBLIC)).toBe(NOW.toISOString());
    expect(decide("1900-01-01T10:00:00Z", "web", OFFICER)).toBe(NOW.toISOString());
  });
  it("staff paper: from the version's first day up to the end of today (WIB)", () => {
    expect(decide("2026-11-29T12:00:00+07:00", "paper", OFFICER)).toBe("2026-11-29T05:00:00.000Z");
    expect(decide("2026-11-29T23:59:00+07:00", "paper", OFFICER)).toBe("2026-11-29T16:59:00.000Z");
    expect(decide("2026-11-30T00:00:00+07:00", "paper", OFFICER)).toBe(
      "submittedAt 2026-11-30 tidak boleh setelah hari ini",
    );
    expect(decide("2017-01-01T12:00:00+07:00", "paper", OFFICER)).toBe("2017-01-01T05:00:00.000Z");
    expect(decide("2016-12-31T12:00:00+07:00", "paper", OFFICER)).toBe(
      "submittedAt 2016-12-31 sebelum kuesioner SKM-2017 berlaku (2017-01-01)",
    );
    expect(decide("1900-01-01T10:00:00Z", "paper", OFFICER, IKM_2004_QUESTIONNAIRE)).toBe(
      "submittedAt 1900-01-01 sebelum kuesioner IKM-2004 berlaku (2004-02-24)",
    );
  });
  it("kiosk: not before enrolment, at most 10 minutes ahead, at most N days old", () => {
    expect(decide("2026-11-25T01:00:00Z", "kiosk", KIOSK)).toBe("2026-11-25T01:00:00.000Z");
    expect(decide("2026-11-25T00:59:59Z", "kiosk", KIOSK)).toBe("submittedAt sebelum kiosk ini didaftarkan");
    expect(decide("2026-11-29T05:10:00Z", "kiosk", KIOSK)).toBe("2026-11-29T05:10:00.000Z");
    expect(decide("2026-11-29T05:10:01Z", "kiosk", KIOSK)).toBe("submittedAt tidak boleh di masa depan");
    // enrolled on the 25th; with a 3-day queue the oldest accepted instant is 2026-11-26T05:00Z
    expect(decide("2026-11-26T05:00:00Z", "kiosk", KIOSK, SKM_2017_QUESTIONNAIRE, 3)).toBe("2026-11-26T05:00:00.000Z");
    expect(decide("2026-11-26T04:59:59Z", "kiosk", KIOSK, SKM_2017_QUESTIONNAIRE, 3)).toBe(
      "submittedAt lebih dari 3 hari yang lalu (batas antrean kiosk)",
    );
  });
});

describe("isIncompleteAllowed", () => {
  it("only paper/import sheets, only when the office allows it", () => {
    const allow = { ...DEFAULT_COLLECTION_POLICY, allowIncompletePaper: true };
    expect(isIncompleteAllowed("paper", OFFICER, DEFAULT_COLLECTION_POLICY)).toBe(false);
    expect(isIncompleteAllowed("paper", OFFICER, allow)).toBe(true);
    expect(isIncompleteAllowed("web", OFFICER, allow)).toBe(false);
    expect(isIncompleteAllowed("kiosk", KIOSK, allow)).toBe(false);
    expect(isIncompleteAllowed("web", { kind: "import" }, allow)).toBe(true);
  });
});
