import { describe, expect, it } from "vitest";
import { allowedTransitions, canWorkOnFollowUp, isOverdueFollowUp, transitionProblem } from "./rules";

const owner = { id: "u-officer", role: "OFFICER" as const };
const otherOfficer = { id: "u-other", role: "OFFICER" as const };
const leader = { id: "u-leader", role: "LEADERSHIP" as const };
const action = (status: string) => ({ status, ownerUserId: "u-officer" });
const evidence = { evidenceText: "", attachmentCount: 0 };

describe("follow-up lifecycle", () => {
  it("the owner starts and finishes; another officer may not touch it", () => {
    expect(allowedTransitions(owner, action("planned"))).toEqual(["in_progress", "done"]);
    expect(allowedTransitions(owner, action("in_progress"))).toEqual(["done"]);
    expect(allowedTransitions(owner, action("done"))).toEqual([]);
    expect(canWorkOnFollowUp(otherOfficer, action("planned"))).toBe(false);
    expect(transitionProblem(otherOfficer, action("planned"), "in_progress", evidence)).toBe("forbidden");
  });

  it("only leadership drops (with a reason) and reopens", () => {
    expect(transitionProblem(owner, action("in_progress"), "dropped", { ...evidence, dropReason: "x" })).toBe(
      "not_allowed",
    );
    expect(transitionProblem(leader, action("in_progress"), "dropped", evidence)).toBe("needs_reason");
    expect(transitionProblem(leader, action("in_progress"), "dropped", { ...evidence, dropReason: "Anggaran" })).toBe(
      null,
    );
    expect(allowedTransitions(leader, action("done"))).toEqual(["in_progress"]);
  });

  it("done needs evidence: a text or a file", () => {
    expect(transitionProblem(owner, action("in_progress"), "done", evidence)).toBe("needs_evidence");
    expect(transitionProblem(owner, action("in_progress"), "done", { evidenceText: " ", attachmentCount: 0 })).toBe(
      "needs_evidence",
    );
    expect(transitionProblem(owner, action("in_progress"), "done", { evidenceText: "", attachmentCount: 1 })).toBe(
      null,
    );
    expect(transitionProblem(owner, action("in_progress"), "done", { evidenceText: "Foto", attachmentCount: 0 })).toBe(
      null,
    );
  });

  it("overdue = open and past its due day", () => {
    expect(isOverdueFollowUp({ status: "planned", dueDay: "2026-07-10" }, "2026-07-11")).toBe(true);
    expect(isOverdueFollowUp({ status: "planned", dueDay: "2026-07-10" }, "2026-07-10")).toBe(false);
    expect(isOverdueFollowUp({ status: "done", dueDay: "2026-07-10" }, "2026-08-01")).toBe(false);
  });
});
