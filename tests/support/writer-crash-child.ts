// Child process of tests/integration/skm-writer.int.test.ts: submits survey responses through the process's
// group-commit writer as fast as it can (50 in flight) and prints "ack <idempotencyKey> <id>" for each one the
// writer acknowledged, until the parent kills it with SIGKILL in the middle of a batch.
import { submitSurveyResponse } from "../../lib/skm/submit-response";

const prefix = process.argv[2] ?? "crash";
const actor = { id: null, label: "crash-test", role: "ADMIN" as const };
let next = 0;

async function worker() {
  for (;;) {
    const n = next++;
    const key = `${prefix}-${String(n).padStart(6, "0")}`;
    const answers: Record<string, number> = {};
    for (let u = 1; u <= 9; u++) answers[`U${u}`] = ((n + u) % 4) + 1;
    const stored = await submitSurveyResponse(
      {
        questionnaire: "SKM-2017",
        answers,
        respondent: { age: 30 + (n % 40), sex: n % 2 ? "L" : "P", education: "s1", occupation: "swasta" },
        channel: "web",
        licenseType: "PBG",
        counter: "L2",
        idempotencyKey: key,
      },
      { now: new Date(), caller: { kind: "staff", actor } },
    );
    process.stdout.write(`ack ${key} ${stored.id}\n`);
  }
}

for (let i = 0; i < 50; i++) void worker();
