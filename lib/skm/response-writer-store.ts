import "server-only";
import { AppError } from "../errors";
import {
  dropPostgresWriterClient,
  isSqliteEngine,
  postgresWriterClient,
  sqliteWriterConnection,
} from "../db/writer-connection";
import { InvitationUnavailableError } from "./invitation-store";
import type { JobOutcome, ResponseJob } from "./response-batch";
import { isSqliteBusy, writeResponseBatchPostgres, writeResponseBatchSqlite } from "./response-batch-store";

/**
 * The process's one writer of survey responses (group commit). Every channel's submission, once validated, waits
 * here; submissions that arrive within a few milliseconds of each other are stored by ONE transaction
 * (response-batch-store.ts), and each caller is answered after that transaction has committed, so an answered
 * submission is durable. A batch that fails as a whole (a constraint raced by another process, a broken
 * connection) is retried submission by submission, so one bad submission fails alone.
 * On SQLite, while another connection holds the write lock (a large import, a CLI command), the batch waits and
 * tries again without blocking the event loop.
 */
export type StoredResponse = { id: string; isDuplicate: boolean; submittedAt: Date; licenseTypeId: number | null };

type Waiting = { job: ResponseJob; resolve: (value: StoredResponse) => void; reject: (error: unknown) => void };
type WriterState = { queue: Waiting[]; isScheduled: boolean; isWriting: boolean; committedBatches: number };

/** How long the first submission of a batch waits for others to join it. */
const BATCH_WINDOW_MS = 2;
const MAX_BATCH = 200;
/** SQLite: pause between attempts while another connection holds the lock, and when to give up. */
const BUSY_RETRY_MS = 5;
const BUSY_GIVE_UP_MS = 30_000;

function state(): WriterState {
  const g = globalThis as unknown as { lenteraResponseWriter?: WriterState };
  g.lenteraResponseWriter ??= { queue: [], isScheduled: false, isWriting: false, committedBatches: 0 };
  return g.lenteraResponseWriter;
}

/** How many transactions the writer has committed in this process (tests check that submissions shared one). */
export function committedResponseBatches(): number {
  return state().committedBatches;
}

/** Queues one validated submission and resolves once the transaction that stored it (or found it) committed. */
export function writeSurveyResponse(job: ResponseJob): Promise<StoredResponse> {
  return new Promise((resolve, reject) => {
    const writer = state();
    writer.queue.push({ job, resolve, reject });
    schedule(writer);
  });
}

function schedule(writer: WriterState, delayMs = BATCH_WINDOW_MS) {
  if (writer.isScheduled || writer.isWriting || writer.queue.length === 0) return;
  writer.isScheduled = true;
  setTimeout(() => {
    writer.isScheduled = false;
    void drain(writer);
  }, delayMs);
}

async function drain(writer: WriterState) {
  writer.isWriting = true;
  let retryInMs: number | null = null;
  try {
    while (writer.queue.length > 0) {
      const batch = writer.queue.slice(0, MAX_BATCH);
      const outcomes = await writeBatch(batch.map((w) => w.job));
      if (outcomes === "busy") {
        const oldest = Math.min(...batch.map((w) => w.job.now.getTime()));
        if (!hasWaitedTooLong(oldest)) {
          retryInMs = BUSY_RETRY_MS;
          break;
        }
        writer.queue.splice(0, batch.length);
        for (const w of batch) w.reject(databaseBusy());
        continue;
      }
      writer.queue.splice(0, batch.length);
      if (outcomes instanceof Error) {
        // The batch failed as a whole: each submission on its own, so only the bad one fails.
        for (const w of batch) await settleAlone(w);
        continue;
      }
      writer.committedBatches += 1;
      batch.forEach((w, i) => settle(w, outcomes[i]));
    }
  } finally {
    writer.isWriting = false;
    if (retryInMs !== null) {
      writer.isScheduled = true;
      setTimeout(() => {
        writer.isScheduled = false;
        void drain(writer);
      }, retryInMs);
    } else schedule(writer);
  }
}

/** Outcomes per job, "busy" when SQLite's write lock is held elsewhere, or the error that failed the batch. */
async function writeBatch(jobs: ResponseJob[]): Promise<JobOutcome[] | "busy" | Error> {
  if (isSqliteEngine()) {
    try {
      return writeResponseBatchSqlite(sqliteWriterConnection(), jobs);
    } catch (error) {
      return isSqliteBusy(error) ? "busy" : asError(error);
    }
  }
  const client = await postgresWriterClient().catch((error: unknown) => asError(error));
  if (client instanceof Error) return client;
  try {
    return await writeResponseBatchPostgres(client, jobs);
  } catch (error) {
    if (!isConstraintViolation(error)) dropPostgresWriterClient(client);
    return asError(error);
  }
}

async function settleAlone(waiting: Waiting) {
  for (;;) {
    const outcomes = await writeBatch([waiting.job]);
    if (outcomes === "busy") {
      if (hasWaitedTooLong(waiting.job.now.getTime())) return waiting.reject(databaseBusy());
      await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
      continue;
    }
    if (outcomes instanceof Error) return waiting.reject(outcomes);
    state().committedBatches += 1;
    return settle(waiting, outcomes[0]);
  }
}

function settle(waiting: Waiting, outcome: JobOutcome) {
  switch (outcome.kind) {
    case "stored":
      return waiting.resolve({
        id: outcome.id,
        isDuplicate: false,
        submittedAt: outcome.submittedAt,
        licenseTypeId: outcome.licenseTypeId,
      });
    case "duplicate":
      return waiting.resolve({
        id: outcome.id,
        isDuplicate: true,
        submittedAt: outcome.submittedAt,
        licenseTypeId: outcome.licenseTypeId,
      });
    case "unavailable":
      return waiting.reject(new InvitationUnavailableError(outcome.state));
    case "failed":
      return waiting.reject(outcome.error);
  }
}

const hasWaitedTooLong = (since: number) => Date.now() - since >= BUSY_GIVE_UP_MS;
const databaseBusy = () =>
  new AppError("UNAVAILABLE", "Basis data sedang sibuk (impor besar). Coba kirim lagi sebentar.", {
    retryAfterSeconds: 5,
  });

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** PostgreSQL SQLSTATE class 23 (integrity constraint): the connection is fine, the data raced. */
function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("23");
}
