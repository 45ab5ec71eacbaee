import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createUser, type Actor } from "@/lib/users/user-store";
import { insertSurveyResponsesBulk } from "@/lib/skm/response-store";
import { getPublishedSkmReport } from "@/lib/skm/report-queries";
import { saveSkmReport } from "@/lib/skm/report-store";
import { ELEMENT_CHANGE_332_TO_434 } from "@/lib/skm/compute-index.fixtures";
import {
  addFollowUpAttachment,
  createFollowUpAction,
  progressFollowUpAction,
  setAttachmentPublic,
} from "@/lib/follow-up/store";

const admin: Actor = { id: null, label: "admin-laporan-rtl@kantor.test", role: "ADMIN" };
let leader: Actor;
let owner: Actor;
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const at = (day: string) => new Date(`${day}T03:00:00Z`);

/** Every element 3, except U3 (Waktu) given as `u3`. */
const answers = (u3: number) => ({ U1: 3, U2: 3, U3: u3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 });

function followUpOf(report: Awaited<ReturnType<typeof getPublishedSkmReport>>) {
  const snapshot = report!.snapshot;
  if (snapshot.schemaVersion !== 2) throw new Error(`expected schema version 2, got ${snapshot.schemaVersion}`);
  return snapshot.followUp;
}

beforeAll(async () => {
  const make = async (email: string, role: Actor["role"]) => {
    const { id } = await createUser({ email, name: email, role, password: "laporan-rtl-test-1" }, null);
    return { id, label: email, role };
  };
  leader = await make("pimpinan-laporan@kantor.test", "LEADERSHIP");
  owner = await make("petugas-laporan@kantor.test", "OFFICER");
  // U3 answers [3,3,2] in 2017-Q1 and [4,3,4] in 2017-Q2 (reference §9: t ≈ 2,12 at df ≈ 4, not significant).
  await insertSurveyResponsesBulk([
    ...[3, 3, 2].map((u3, i) => ({
      questionnaire: "SKM-2017",
      submittedAt: new Date(`2017-02-0${i + 6}T03:00:00Z`),
      channel: "paper" as const,
      answers: answers(u3),
    })),
    ...[4, 3, 4].map((u3, i) => ({
      questionnaire: "SKM-2017",
      submittedAt: new Date(`2017-05-0${i + 2}T03:00:00Z`),
      channel: "paper" as const,
      answers: answers(u3),
    })),
  ]);
});

describe("the published SKM report carries last period's follow-up, frozen at publication", () => {
  it("shows 1 of 2 done, the dropped one apart, U3's NRR 2,6667 → 3,6667 not significant, and the public photo", async () => {
    const first = await saveSkmReport({
      periodKey: "2017-Q1",
      followUpPlan: "Percepat penyelesaian (U3)",
      status: "PUBLISHED",
      actor: admin,
      now: at("2017-04-05"),
    });
    expect(first.publication?.snapshot.schemaVersion).toBe(2);
    // The report of 2017-Q1 lists the actions of 2016-Q4: there are none.
    expect(followUpOf(await getPublishedSkmReport("2017-Q1"))).toMatchObject({
      previousPeriod: { key: "2016-Q4" },
      total: 0,
      actions: [],
    });

    const plan = (sourceKind: string, sourceCode: string, title: string, due: string) =>
      createFollowUpAction(
        { periodKey: "2017-Q1", sourceKind, sourceCode, title, dueDay: due, ownerUserId: owner.id! },
        leader,
        at("2017-04-06"),
      );
    const onTime = await plan("element", "U3", "Loket khusus pengambilan izin jadi", "2017-05-31");
    const open = await plan("element", "U1", "Daftar persyaratan di papan informasi", "2017-06-30");
    const dropped = await plan("stage", "tinjauan_lapangan", "Jadwal tinjauan lapangan daring", "2017-06-30");
    const photo = await addFollowUpAttachment(
      onTime.id,
      { name: "loket.jpg", bytes: JPEG },
      { isPublic: false },
      owner,
    );
    await setAttachmentPublic(photo.id, true, owner);
    await addFollowUpAttachment(onTime.id, { name: "memo-internal.jpg", bytes: JPEG }, { isPublic: false }, owner);
    await progressFollowUpAction(
      onTime.id,
      { status: "done", evidenceText: "Loket 4 dibuka" },
      owner,
      at("2017-05-15"),
    );
    await progressFollowUpAction(open.id, { status: "in_progress" }, owner, at("2017-05-16"));
    await progressFollowUpAction(
      dropped.id,
      { status: "dropped", dropReason: "Tanpa anggaran" },
      leader,
      at("2017-05-17"),
    );

    await saveSkmReport({
      periodKey: "2017-Q2",
      followUpPlan: "Lanjutkan U1",
      status: "PUBLISHED",
      actor: admin,
      now: at("2017-07-05"),
    });
    const published = followUpOf(await getPublishedSkmReport("2017-Q2"));
    expect(published).toMatchObject({ previousPeriod: { key: "2017-Q1" }, total: 2, done: 1, dropped: 1 });
    const u3 = published.actions.find((a) => a.id === onTime.id)!;
    expect(u3).toMatchObject({
      status: "done",
      doneDay: "2017-05-15",
      onTime: true,
      basisId: "U3 Waktu Penyelesaian",
      publicFiles: [{ id: photo.id, fileName: "loket.jpg", mediaType: "image/jpeg" }],
      effect: ELEMENT_CHANGE_332_TO_434,
    });
    // The evidence text is internal; only files marked public are published.
    expect(JSON.stringify(published)).not.toContain("Loket 4 dibuka");
    expect(published.actions.find((a) => a.id === dropped.id)).toMatchObject({
      dropReason: "Tanpa anggaran",
      effect: null,
    });
    // U1 was 3 in both periods: no variance, so not testable.
    expect(published.actions.find((a) => a.id === open.id)!.effect).toMatchObject({
      nrrBefore: 3,
      nrrAfter: 3,
      isTestable: false,
    });

    // Finishing U1 later does not change what was published; a republish shows 2 of 2 and keeps version 1.
    await progressFollowUpAction(open.id, { status: "done", evidenceText: "Papan terpasang" }, owner, at("2017-07-10"));
    expect(followUpOf(await getPublishedSkmReport("2017-Q2"))).toMatchObject({ done: 1, total: 2 });
    await saveSkmReport({
      periodKey: "2017-Q2",
      followUpPlan: "Lanjutkan U1",
      status: "PUBLISHED",
      actor: admin,
      now: at("2017-07-11"),
    });
    expect(followUpOf(await getPublishedSkmReport("2017-Q2"))).toMatchObject({ done: 2, total: 2 });
    expect(followUpOf(await getPublishedSkmReport("2017-Q2", { version: 1 }))).toMatchObject({ done: 1, total: 2 });
  });

  it("a report frozen with schema version 1 (before follow-up actions) still reads, without the section", async () => {
    const v1 = await getPublishedSkmReport("2017-Q1", { version: 1 });
    const row = await getDb().publishedSnapshot.findFirst({ where: { kind: "skm-report", subject: "2017-Q1" } });
    // Rewrite the stored row as a version-1 payload, as releases before issue 18 stored it.
    const { followUp: _dropped, ...body } = JSON.parse(row!.payload) as Record<string, unknown>;
    await getDb().publishedSnapshot.update({
      where: { id: row!.id },
      data: { schemaVersion: 1, payload: JSON.stringify({ ...body, schemaVersion: 1 }) },
    });
    const old = await getPublishedSkmReport("2017-Q1", { version: 1 });
    expect(old!.snapshot.schemaVersion).toBe(1);
    expect("followUp" in old!.snapshot).toBe(false);
    expect(old!.data.summary.ikm).toBe(v1!.data.summary.ikm);
  });
});
