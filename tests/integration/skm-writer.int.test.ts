// The group-commit writer of survey responses (issue 15): submissions that arrive together share one transaction,
// one that fails fails alone, idempotency keys hold within and across batches, nothing acknowledged is lost when the
// process is killed in the middle of a batch, and on SQLite a held write lock makes the writer wait without blocking
// the event loop. The suite's afterEach checks every daily aggregate against a recount.
import { describe, expect, it, inject } from "vitest";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { POST as postResponse } from "@/app/api/v1/responses/route";
import { getDb } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/lifecycle";
import { createApiToken } from "@/lib/users/user-store";
import { createInvitation } from "@/lib/skm/invitation-store";
import { committedResponseBatches, writeSurveyResponse } from "@/lib/skm/response-writer-store";
import type { ResponseJob } from "@/lib/skm/response-batch";
import { InvitationUnavailableError } from "@/lib/skm/invitation-store";
import { jsonRequest } from "../support/request";

const url = inject("databaseUrl");
const isSqlite = inject("databaseEngine") === "sqlite";
const ctx = { params: Promise.resolve({}) };
const admin = { id: null, label: "writer-test", role: "ADMIN" as const };
const all = (v: number) => ({ U1: v, U2: v, U3: v, U4: v, U5: v, U6: v, U7: v, U8: v, U9: v });

async function ids() {
  const db = getDb();
  const [licenseType, counter] = await Promise.all([
    db.licenseType.findUniqueOrThrow({ where: { code: "PBG" } }),
    db.counter.findUniqueOrThrow({ where: { code: "L1" } }),
  ]);
  return { licenseTypeId: licenseType.id, counterId: counter.id };
}

function job(response: Partial<ResponseJob["response"]>, extra: Partial<ResponseJob> = {}): ResponseJob {
  const now = new Date();
  return {
    response: { questionnaire: "SKM-2017", submittedAt: now, channel: "web", answers: all(3), ...response },
    invitationToken: null,
    kioskCounterId: null,
    now,
    ...extra,
  };
}

describe("group-commit writer", () => {
  it("a batch with one submission the database refuses stores the others and rejects only that one", async () => {
    const codes = await ids();
    const before = await getDb().surveyResponse.count();
    const jobs = Array.from({ length: 12 }, (_, i) =>
      job({ ...codes, idempotencyKey: `tolak-satu-${i}`, answers: all((i % 4) + 1) }),
    );
    // A NOT NULL column left empty: the whole transaction fails in the database, then every submission is
    // written on its own.
    jobs.splice(5, 0, job({ ...codes, channel: null as unknown as string, idempotencyKey: "tolak-satu-x" }));
    const results = await Promise.allSettled(jobs.map((j) => writeSurveyResponse(j)));
    expect(results.map((r) => r.status)).toEqual([
      ...Array(5).fill("fulfilled"),
      "rejected",
      ...Array(7).fill("fulfilled"),
    ]);
    expect(await getDb().surveyResponse.count()).toBe(before + 12);
    expect(await getDb().surveyResponse.count({ where: { idempotencyKey: "tolak-satu-x" } })).toBe(0);
  });

  it("a used invitation and a blank sheet fail alone while the rest of their batch commits in one transaction", async () => {
    const codes = await ids();
    const invitation = await createInvitation({ licenseType: "PBG", counter: "L3" }, admin, new Date());
    const blank = { U1: null, U2: null, U3: null, U4: null, U5: null, U6: null, U7: null, U8: null, U9: null };
    const batchesBefore = committedResponseBatches();
    const results = await Promise.allSettled([
      writeSurveyResponse(job({ ...codes, channel: "link" }, { invitationToken: invitation.token })),
      writeSurveyResponse(job({ ...codes, channel: "link" }, { invitationToken: invitation.token })),
      writeSurveyResponse(job({ ...codes, answers: blank })),
      writeSurveyResponse(job({ ...codes })),
    ]);
    expect(committedResponseBatches()).toBe(batchesBefore + 1);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    const used = (results[1] as PromiseRejectedResult).reason;
    expect(used).toBeInstanceOf(InvitationUnavailableError);
    expect((used as InvitationUnavailableError).state).toBe("used");
    const stored = await getDb().surveyResponse.findFirstOrThrow({ where: { invitationId: invitation.id } });
    expect(stored.id).toBe((results[0] as PromiseFulfilledResult<{ id: string }>).value.id);
  });

  it("one idempotency key sent 10 times at once and again later stores one row; every answer names it", async () => {
    const token = (await createApiToken({ name: "writer-idem", role: "ADMIN" }, admin)).token;
    const send = () =>
      postResponse(
        jsonRequest(
          "/api/v1/responses",
          {
            questionnaire: "SKM-2017",
            answers: all(4),
            respondent: { age: 40, sex: "P", education: "S1", occupation: "Swasta" },
            channel: "web",
            licenseType: "PBG",
            counter: "L1",
            idempotencyKey: "satu-kunci-banyak-kirim",
          },
          { headers: { authorization: `Bearer ${token}` } },
        ),
        ctx,
      );
    const batchesBefore = committedResponseBatches();
    const first = await Promise.all(Array.from({ length: 10 }, send));
    expect(committedResponseBatches()).toBe(batchesBefore + 1);
    const bodies = (await Promise.all(first.map((r) => r.json()))) as { id: string; duplicate: boolean }[];
    expect(first.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    const later = await send();
    expect(later.status).toBe(200);
    expect(((await later.json()) as { id: string }).id).toBe(bodies[0].id);
    expect(await getDb().surveyResponse.count({ where: { idempotencyKey: "satu-kunci-banyak-kirim" } })).toBe(1);
  });

  it("kill -9 of a process in the middle of its batches loses no acknowledged response", async () => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "tests/support/writer-crash-child.ts", "mati"],
      { env: { ...process.env, DATABASE_URL: url, LENTERA_DEMO: "0" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    const acknowledged = new Map<string, string>();
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once("exit", (_code, signal) => resolve(signal)),
    );
    for await (const line of createInterface({ input: child.stdout! })) {
      const [word, key, id] = line.split(" ");
      if (word === "ack") acknowledged.set(key, id);
      if (acknowledged.size >= 300) {
        child.kill("SIGKILL");
        break;
      }
    }
    expect(await exited).toBe("SIGKILL");
    const stored = await getDb().surveyResponse.findMany({
      where: { idempotencyKey: { startsWith: "mati-" } },
      select: { id: true, idempotencyKey: true },
    });
    const storedIds = new Map(stored.map((r) => [r.idempotencyKey!, r.id]));
    const lost = [...acknowledged].filter(([key, id]) => storedIds.get(key) !== id);
    expect(lost).toEqual([]);
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.size);
  });

  it.skipIf(!isSqlite)(
    "while another connection holds the write lock, a submission waits for it without blocking the event loop",
    async () => {
      const codes = await ids();
      const script = `const D=require("better-sqlite3");const d=new D(process.argv[1]);d.exec("BEGIN IMMEDIATE");process.stdout.write("locked\\n");setTimeout(()=>{d.exec("COMMIT");d.close();process.exit(0)},1500);`;
      const holder = spawn(process.execPath, ["-e", script, sqliteFilePath(url)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
      let longestGap = 0;
      let last = Date.now();
      const ticker = setInterval(() => {
        longestGap = Math.max(longestGap, Date.now() - last);
        last = Date.now();
      }, 10);
      const started = Date.now();
      const stored = await writeSurveyResponse(job({ ...codes, idempotencyKey: "tunggu-kunci" }));
      const waited = Date.now() - started;
      clearInterval(ticker);
      expect(stored.isDuplicate).toBe(false);
      expect(waited).toBeGreaterThan(1000);
      expect(waited).toBeLessThan(5000);
      expect(longestGap).toBeLessThan(500);
    },
  );
});
