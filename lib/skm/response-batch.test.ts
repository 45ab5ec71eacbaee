import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { planResponseBatch, type ResponseJob, type StoredInvitation } from "./response-batch";

const NOW = new Date("2026-11-20T03:00:00Z"); // 10:00 WIB
const all = (v: number) => ({ U1: v, U2: v, U3: v, U4: v, U5: v, U6: v, U7: v, U8: v, U9: v });

function job(extra: Partial<ResponseJob["response"]> = {}, options: Partial<ResponseJob> = {}): ResponseJob {
  return {
    response: {
      questionnaire: "SKM-2017",
      submittedAt: NOW,
      channel: "web",
      licenseTypeId: 1,
      counterId: 1,
      answers: all(3),
      ...extra,
    },
    invitationToken: null,
    kioskCounterId: null,
    now: NOW,
    ...options,
  };
}

function ids() {
  let n = 0;
  return () => `r${++n}`;
}

const invitation = (token: string, extra: Partial<StoredInvitation> = {}): StoredInvitation => ({
  id: `inv-${token}`,
  token,
  licenseTypeId: 7,
  counterId: 3,
  usedAt: null,
  expiresAt: new Date("2026-12-01T00:00:00Z"),
  ...extra,
});

const none = { byIdempotencyKey: new Map(), invitationsByToken: new Map() };

describe("planResponseBatch", () => {
  it("a key repeated inside the batch stores one row; later submissions get the first one's id as a duplicate", () => {
    const plan = planResponseBatch(
      [
        job({ idempotencyKey: "kunci-0001" }),
        job({ idempotencyKey: "kunci-0001" }),
        job({ idempotencyKey: "kunci-0002" }),
      ],
      none,
      ids(),
    );
    expect(plan.outcomes).toEqual([
      { kind: "stored", id: "r1", submittedAt: NOW, licenseTypeId: 1 },
      { kind: "duplicate", id: "r1", submittedAt: NOW, licenseTypeId: 1 },
      { kind: "stored", id: "r2", submittedAt: NOW, licenseTypeId: 1 },
    ]);
    expect(plan.inserts.map((r) => r.id)).toEqual(["r1", "r2"]);
  });

  it("a key stored by an earlier batch answers with that row and writes nothing", () => {
    const earlier = new Date("2026-11-19T01:00:00Z");
    const plan = planResponseBatch(
      [job({ idempotencyKey: "kunci-lama" })],
      { ...none, byIdempotencyKey: new Map([["kunci-lama", { id: "old", submittedAt: earlier, licenseTypeId: 4 }]]) },
      ids(),
    );
    expect(plan.outcomes).toEqual([{ kind: "duplicate", id: "old", submittedAt: earlier, licenseTypeId: 4 }]);
    expect(plan).toMatchObject({ inserts: [], aggregates: [], claims: [] });
  });

  it("an invitation answers once: missing, expired and used tokens are refused, the second use in a batch too", () => {
    const invitations = new Map([
      ["open", invitation("open")],
      ["expired", invitation("expired", { expiresAt: new Date("2026-11-20T02:59:59Z") })],
      ["used", invitation("used", { usedAt: new Date("2026-11-18T00:00:00Z") })],
    ]);
    const plan = planResponseBatch(
      ["open", "open", "expired", "used", "missing"].map((t) => job({ channel: "link" }, { invitationToken: t })),
      { ...none, invitationsByToken: invitations },
      ids(),
    );
    expect(plan.outcomes.map((o) => (o.kind === "unavailable" ? o.state : o.kind))).toEqual([
      "stored",
      "used",
      "expired",
      "used",
      "missing",
    ]);
    expect(plan.claims).toEqual([{ invitationId: "inv-open", usedAt: NOW }]);
    // The invitation's licence type and counter are stored with the response.
    expect(plan.inserts[0]).toMatchObject({ invitationId: "inv-open", licenseTypeId: 7, counterId: 3 });
    // …and the respondent is answered with it (the thank-you page's low-score offer names that licence type).
    expect(plan.outcomes[0]).toEqual({ kind: "stored", id: "r1", submittedAt: NOW, licenseTypeId: 7 });
  });

  it("a kiosk's counter wins over the invitation's; the latest submission time per kiosk is kept", () => {
    const later = new Date("2026-11-20T03:05:00Z");
    const plan = planResponseBatch(
      [
        job({ channel: "kiosk", kioskId: "k1" }, { kioskCounterId: 2, invitationToken: "open" }),
        job({ channel: "kiosk", kioskId: "k1" }, { kioskCounterId: 2, now: later }),
      ],
      { ...none, invitationsByToken: new Map([["open", invitation("open")]]) },
      ids(),
    );
    expect(plan.inserts.map((r) => [r.licenseTypeId, r.counterId])).toEqual([
      [7, 2],
      [1, 2],
    ]);
    expect(plan.kioskSeen).toEqual([{ kioskId: "k1", at: later }]);
  });

  it("folds a slice's increments into one aggregate row: 3 respondents (all 3, all 4, U1 only 2) on one day", () => {
    const plan = planResponseBatch(
      [
        job({ answers: all(3) }),
        job({ answers: all(4) }),
        job({ channel: "paper", answers: { ...all(2) } }),
        job({ answers: { U1: 2, U2: null, U3: null, U4: null, U5: null, U6: null, U7: null, U8: null, U9: null } }),
      ],
      none,
      ids(),
    );
    expect(plan.aggregates).toHaveLength(2);
    const web = plan.aggregates.find((a) => a.slice.channel === "web")!;
    expect(web.slice).toEqual({
      day: "2026-11-20",
      questionnaire: "SKM-2017",
      licenseTypeId: 1,
      counterId: 1,
      channel: "web",
    });
    // scores 3, 4 and 2 → sum 9, sum of squares 9 + 16 + 4 = 29; U1: 3 + 4 + 2 = 9 over 3, U2: 7 over 2
    expect(web.inc).toMatchObject({ respondents: 3, scoreSum: 9, scoreSumSq: 29 });
    expect(web.inc.sums.slice(0, 3)).toEqual([9, 7, 7]);
    expect(web.inc.counts.slice(0, 3)).toEqual([3, 2, 2]);
  });

  it("a submission its questionnaire refuses fails alone (no answered element)", () => {
    const blank = { U1: null, U2: null, U3: null, U4: null, U5: null, U6: null, U7: null, U8: null, U9: null };
    const plan = planResponseBatch([job(), job({ answers: blank }), job()], none, ids());
    expect(plan.outcomes.map((o) => o.kind)).toEqual(["stored", "failed", "stored"]);
    const failed = plan.outcomes[1] as { kind: "failed"; error: unknown };
    expect(failed.error).toBeInstanceOf(AppError);
    expect(plan.inserts).toHaveLength(2);
    expect(plan.aggregates[0].inc.respondents).toBe(2);
  });
});
