import { beforeAll, describe, expect, it } from "vitest";
import { POST as postAttachment } from "@/app/api/v1/follow-up-actions/[id]/attachments/route";
import { GET as getAttachment } from "@/app/api/v1/follow-up-actions/[id]/attachments/[attachmentId]/route";
import { GET as getPublicAttachment } from "@/app/(public)/laporan/lampiran/[attachmentId]/route";
import { getDb } from "@/lib/db/client";
import { createApiToken, createUser } from "@/lib/users/user-store";
import { isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/users/user-store";
import {
  addFollowUpAttachment,
  createFollowUpAction,
  progressFollowUpAction,
  setAttachmentPublic,
} from "@/lib/follow-up/store";
import { getFollowUpAction, getFollowUpKpis, listFollowUpsDue } from "@/lib/follow-up/queries";
import { getKpiValues } from "@/lib/kpi/scorecard-queries";
import { ATTACHMENT_MAX_BYTES } from "@/lib/follow-up/attachments";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
let leader: Actor;
let owner: Actor;
let otherOfficer: Actor;
let adminToken = "";

async function staff(email: string, role: Actor["role"]): Promise<Actor> {
  const { id } = await createUser({ email, name: email.split("@")[0]!, role, password: "follow-up-test-1" }, null);
  return { id, label: email, role };
}

async function failure(run: () => Promise<unknown>): Promise<{ code: string; fields?: Record<string, string> }> {
  try {
    await run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fields: error.fields };
    throw error;
  }
  throw new Error("expected a refusal");
}

const at = (day: string) => new Date(`${day}T03:00:00Z`); // 10:00 WIB

beforeAll(async () => {
  leader = await staff("pimpinan-rtl@kantor.test", "LEADERSHIP");
  owner = await staff("petugas-rtl@kantor.test", "OFFICER");
  otherOfficer = await staff("petugas-lain-rtl@kantor.test", "OFFICER");
  const admin = { id: null, label: "admin-rtl@kantor.test", role: "ADMIN" as const };
  adminToken = (await createApiToken({ name: "rtl-evidence", role: "ADMIN" }, admin)).token;
});

describe("a follow-up action's life", () => {
  it("leadership creates and assigns; the owner starts, proves and finishes; others are refused; all is audited", async () => {
    expect(
      await failure(() =>
        createFollowUpAction(
          {
            periodKey: "2015-Q2",
            sourceKind: "element",
            sourceCode: "U3",
            title: "Percepat verifikasi",
            dueDay: "2015-08-31",
            ownerUserId: owner.id!,
          },
          owner,
          at("2015-07-02"),
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(() =>
        createFollowUpAction(
          {
            periodKey: "2015-Q2",
            sourceKind: "element",
            sourceCode: "U99",
            title: "Percepat verifikasi",
            dueDay: "2015-08-31",
          },
          leader,
          at("2015-07-02"),
        ),
      ),
    ).toMatchObject({
      code: "VALIDATION",
      fields: { sourceCode: expect.any(String), ownerUserId: expect.any(String) },
    });

    const action = await createFollowUpAction(
      {
        periodKey: "2015-Q2",
        sourceKind: "element",
        sourceCode: "U3",
        title: "Percepat verifikasi berkas PBG",
        dueDay: "2015-08-31",
        ownerUserId: owner.id!,
      },
      leader,
      at("2015-07-02"),
    );
    expect(action).toMatchObject({ status: "planned", startDay: "2015-07-02", periodKey: "2015-Q2" });

    expect(
      await failure(() => progressFollowUpAction(action.id, { status: "in_progress" }, otherOfficer, at("2015-07-03"))),
    ).toMatchObject({
      code: "FORBIDDEN",
    });
    await progressFollowUpAction(action.id, { status: "in_progress" }, owner, at("2015-07-03"));
    expect(
      await failure(() => progressFollowUpAction(action.id, { status: "done" }, owner, at("2015-07-20"))),
    ).toMatchObject({
      code: "VALIDATION",
      fields: { evidenceText: expect.stringMatching(/bukti/) },
    });
    expect(
      await failure(() =>
        progressFollowUpAction(action.id, { status: "dropped", dropReason: "Tidak perlu" }, owner, at("2015-07-20")),
      ),
    ).toMatchObject({ code: "VALIDATION", fields: { status: expect.any(String) } });

    await addFollowUpAttachment(action.id, { name: "loket.png", bytes: PNG }, { isPublic: false }, owner);
    await progressFollowUpAction(
      action.id,
      { status: "done", evidenceText: "SOP baru berlaku" },
      owner,
      at("2015-07-20"),
    );
    const done = await getFollowUpAction(action.id);
    expect(done).toMatchObject({
      status: "done",
      doneDay: "2015-07-20",
      attachmentCount: 1,
      evidenceText: "SOP baru berlaku",
    });

    // Leadership reopens; dropping needs a reason.
    await progressFollowUpAction(action.id, { status: "in_progress" }, leader, at("2015-07-23"));
    expect((await getFollowUpAction(action.id))?.doneDay).toBeNull();
    expect(
      await failure(() => progressFollowUpAction(action.id, { status: "dropped" }, leader, at("2015-07-23"))),
    ).toMatchObject({
      fields: { dropReason: expect.any(String) },
    });
    await progressFollowUpAction(
      action.id,
      { status: "dropped", dropReason: "Digabung ke RTL triwulan III" },
      leader,
      at("2015-07-24"),
    );

    const audit = await getDb().auditLog.findMany({ where: { target: action.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "followup.create",
      "followup.status",
      "followup.attachment.add",
      "followup.status",
      "followup.status",
      "followup.status",
    ]);
    expect(JSON.parse(audit.at(-1)!.detail!)).toEqual({
      from: "in_progress",
      to: "dropped",
      reason: "Digabung ke RTL triwulan III",
    });
  });
});

describe("follow-up KPIs on the office calendar", () => {
  it("share done on time 50,0 % and median 7,5 working days on the hand-computed third quarter of 2026", async () => {
    // lib/follow-up/metrics.test.ts computes the same case by hand; 17 and 25 August 2026 are holidays in the seed.
    const plan = async (start: string, due: string, code: string) =>
      createFollowUpAction(
        {
          periodKey: "2026-Q2",
          sourceKind: "element",
          sourceCode: code,
          title: `Tindak lanjut ${code} ${start}`,
          dueDay: due,
          ownerUserId: owner.id!,
        },
        leader,
        at(start),
      );
    const finish = (id: string, day: string) =>
      progressFollowUpAction(id, { status: "done", evidenceText: "Selesai, foto terlampir" }, owner, at(day));
    const a = await plan("2026-07-01", "2026-07-15", "U1");
    const b = await plan("2026-07-06", "2026-07-31", "U2");
    const c = await plan("2026-08-10", "2026-08-21", "U3");
    const d = await plan("2026-08-03", "2026-09-15", "U4");
    const e = await plan("2026-08-03", "2026-09-30", "U5");
    const f = await plan("2026-09-01", "2026-10-30", "U6");
    await plan("2026-09-20", "2026-10-02", "U7");
    await finish(a.id, "2026-07-10");
    await finish(b.id, "2026-08-05");
    await finish(c.id, "2026-08-20");
    await progressFollowUpAction(d.id, { status: "in_progress" }, owner, at("2026-08-04"));
    await progressFollowUpAction(
      e.id,
      { status: "dropped", dropReason: "Anggaran dialihkan" },
      leader,
      at("2026-08-05"),
    );
    await finish(f.id, "2026-09-11");

    const q3 = { from: "2026-07-01", to: "2026-09-30" };
    expect(await getFollowUpKpis(q3, "2026-10-05")).toEqual({
      due: 4,
      doneOnTime: 2,
      onTimePercent: 50,
      done: 4,
      medianWorkingDaysToDone: 7.5,
    });
    const kpis = await getKpiValues(q3, "2026-10-05");
    expect(kpis.follow_up_on_time).toBe(50);
    expect(kpis.follow_up_median_days).toBe(7.5);
    expect((await getKpiValues(q3, "2026-09-10")).follow_up_on_time).toBe(66.7);

    // The weekly review of 14 September: D (due 15 Sep) is due soon; on 16 September it is overdue.
    const soon = await listFollowUpsDue("2026-09-14");
    expect(soon.dueSoon.map((x) => x.id)).toContain(d.id);
    expect(soon.overdue.map((x) => x.id)).not.toContain(d.id);
    const later = await listFollowUpsDue("2026-09-16");
    expect(later.overdue.map((x) => x.id)).toContain(d.id);
  });
});

describe("evidence files over the API", () => {
  let actionId = "";
  const upload = (bytes: Uint8Array, name: string, extra: Record<string, string> = {}) => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(bytes)], name));
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    return postAttachment(
      new Request(`http://localhost/api/v1/follow-up-actions/${actionId}/attachments`, {
        method: "POST",
        headers: { authorization: `Bearer ${adminToken}` },
        body: form,
      }),
      { params: Promise.resolve({ id: actionId }) },
    );
  };

  beforeAll(async () => {
    actionId = (
      await createFollowUpAction(
        {
          periodKey: "2015-Q3",
          sourceKind: "stage",
          sourceCode: "verifikasi",
          title: "Tambah petugas verifikasi",
          dueDay: "2015-12-31",
          ownerUnit: "Bidang Pelayanan",
        },
        leader,
        at("2015-10-01"),
      )
    ).id;
  });

  it("a program renamed .jpg and a file over 5 MB are refused with 422 and a clear message; nothing is stored", async () => {
    const wrong = await upload(new TextEncoder().encode("MZ\u0090\u0000 this is not a photo"), "foto-ruang-tunggu.jpg");
    expect(wrong.status).toBe(422);
    const wrongBody = (await wrong.json()) as { error: { fields: Record<string, string> } };
    expect(wrongBody.error.fields.file).toMatch(/bukan foto \(JPEG, PNG, WebP\) atau PDF/);

    const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 200_000);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const tooLarge = await upload(big, "memo.pdf");
    expect(tooLarge.status).toBe(422);
    expect(((await tooLarge.json()) as { error: { fields: Record<string, string> } }).error.fields.file).toMatch(
      /terlalu besar.*paling besar 5 MB/,
    );
    expect(await getDb().followUpAttachment.count({ where: { actionId } })).toBe(0);
  });

  it("a PNG is stored with its detected type, served to staff, and to the public only once marked public", async () => {
    const ok = await upload(PNG, "papan-informasi.jpeg");
    expect(ok.status).toBe(201);
    const { attachment } = (await ok.json()) as {
      attachment: { id: string; fileName: string; mediaType: string; size: number };
    };
    expect(attachment).toMatchObject({ fileName: "papan-informasi.png", mediaType: "image/png", size: PNG.length });

    const staffGet = await getAttachment(
      new Request(`http://localhost/api/v1/follow-up-actions/${actionId}/attachments/${attachment.id}`, {
        headers: { authorization: `Bearer ${adminToken}` },
      }),
      { params: Promise.resolve({ id: actionId, attachmentId: attachment.id }) },
    );
    expect(staffGet.status).toBe(200);
    expect(staffGet.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await staffGet.arrayBuffer())).toEqual(PNG);

    const anonymous = await getAttachment(
      new Request(`http://localhost/api/v1/follow-up-actions/${actionId}/attachments/${attachment.id}`),
      { params: Promise.resolve({ id: actionId, attachmentId: attachment.id }) },
    );
    expect(anonymous.status).toBe(401);
    const publicParams = { params: Promise.resolve({ attachmentId: attachment.id }) };
    expect((await getPublicAttachment(new Request("http://localhost/"), publicParams)).status).toBe(404);
    await setAttachmentPublic(attachment.id, true, leader);
    const publicGet = await getPublicAttachment(new Request("http://localhost/"), {
      params: Promise.resolve({ attachmentId: attachment.id }),
    });
    expect(publicGet.status).toBe(200);
  });
});
