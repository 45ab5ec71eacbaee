import { test, expect } from "@playwright/test";
import { signIn } from "./support";

// An import file larger than 10 MB reaches the import whole (the proxy's default body limit used to cut it there):
// about 11 MB of valid rows whose very LAST row names an unknown kecamatan. The all-or-nothing import must refuse
// exactly that row, at the file's last line, and store nothing; a cut body would have named a row in the middle.
const HEADER =
  "registrationNo,licenseType,applicantName,applicantKind,kecamatan,kelurahan,submittedAt,completedAt,status,feeCharged,counter,verifikasiAt,penetapanAt";
const ROWS = 85_000;

test("an 11 MB application import is read to its last line", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "ADMIN");
  const lines = [HEADER];
  for (let i = 1; i <= ROWS; i++) {
    const kecamatan = i === ROWS ? "Kecamatan Tidak Ada" : "Kota";
    lines.push(
      `BIG-${String(i).padStart(6, "0")},REKLAME,Pemohon Berkas Besar,individual,${kecamatan},Setono Pande,2012-05-07T08:00,2012-05-10T14:00,issued,350000,L1,2012-05-07T09:00,2012-05-10T10:00`,
    );
  }
  const csv = lines.join("\n");
  expect(Buffer.byteLength(csv)).toBeGreaterThan(11 * 1024 * 1024);
  const answer = await page.request.post("/api/v1/applications/import", {
    data: csv,
    headers: { "content-type": "text/csv" },
    timeout: 110_000,
  });
  expect(answer.status()).toBe(422);
  const body = (await answer.json()) as { error: { message: string; fields: Record<string, string> } };
  expect(body.error.message).toMatch(/^1 baris tidak valid/);
  expect(Object.keys(body.error.fields)).toEqual([`baris ${ROWS + 1} / kecamatan`]);
  // Nothing of the file was stored.
  expect((await page.request.get("/api/v1/applications/BIG-000001")).status()).toBe(404);
});
