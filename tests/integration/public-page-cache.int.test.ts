// The public page cache of the server (scripts/public-page-cache.mjs) in front of a stand-in for Next that renders
// from the same queries the pages use: a cached page is answered without rendering, and the next request after a
// report is published or a service standard is edited shows the new content (afterPublicContentChanged clears it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type IncomingMessage, type ServerResponse, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { withPublicPageCache } from "@/scripts/public-page-cache.mjs";
import { getDb } from "@/lib/db/client";
import { getPublicServiceStandard } from "@/lib/reference/queries";
import { updateLicenseTypeStandard } from "@/lib/reference/license-type-admin";
import { standardFormValues } from "@/lib/reference/standard-form";
import { listPublishedSkmReports } from "@/lib/skm/report-queries";
import { saveSkmReport } from "@/lib/skm/report-store";
import { insertSurveyResponsesBulk } from "@/lib/skm/response-store";

const admin = { id: null, label: "cache-test", role: "ADMIN" as const };
let renders = 0;
let server: Server;
let base = "";

/** Renders like the pages do: a nonce'd script, the nonce in the CSP header, content from the database. */
async function renderPage(req: IncomingMessage, res: ServerResponse) {
  renders += 1;
  const nonce = randomBytes(16).toString("base64");
  const english = /lentera-locale=en/.test(req.headers.cookie ?? "");
  let content: string;
  if (req.url === "/layanan/PBG") {
    const standard = await getPublicServiceStandard("PBG");
    content = `${english ? "Fee" : "Tarif"} ${standard?.tariff}`;
  } else if (req.url === "/laporan") {
    const reports = await listPublishedSkmReports();
    content = reports.map((r) => r.period.key).join(",") || "none";
  } else {
    res.statusCode = 404;
    res.end("not found");
    return;
  }
  res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(`<html><body><main>${content}</main><script nonce="${nonce}">self.x=1</script></body></html>`);
}

async function get(path: string, cookie?: string) {
  const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
  const body = await response.text();
  const csp = response.headers.get("content-security-policy") ?? "";
  return {
    cache: response.headers.get("x-lentera-page-cache"),
    main: /<main>(.*)<\/main>/.exec(body)?.[1],
    nonceInBody: /nonce="([^"]+)"/.exec(body)?.[1],
    nonceInHeader: /'nonce-([^']+)'/.exec(csp)?.[1],
  };
}

beforeAll(async () => {
  const handle = withPublicPageCache(renderPage);
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("public page cache", () => {
  it("answers a stored page without rendering it, with a new nonce each time, per language", async () => {
    const first = await get("/layanan/PBG");
    const rendersAfterFirst = renders;
    const second = await get("/layanan/PBG");
    expect(first.cache).toBe("miss");
    expect(second).toMatchObject({ cache: "hit", main: first.main });
    expect(renders).toBe(rendersAfterFirst);
    expect(second.nonceInBody).toBe(second.nonceInHeader);
    expect(second.nonceInBody).not.toBe(first.nonceInBody);
    const english = await get("/layanan/PBG", "lentera-locale=en");
    expect(english.cache).toBe("miss");
    expect(english.main).toMatch(/^Fee /);
    expect((await get("/layanan/PBG", "next-auth.session-token=abc")).cache).toBeNull();
  });

  it("editing a service standard shows the new tariff on the next request, in both languages", async () => {
    await get("/layanan/PBG");
    await get("/layanan/PBG", "lentera-locale=en");
    expect((await get("/layanan/PBG")).cache).toBe("hit");
    const lt = await getDb().licenseType.findUniqueOrThrow({ where: { code: "PBG" } });
    const tariff = lt.tariff + 12_500;
    await updateLicenseTypeStandard({ ...standardFormValues(lt), tariff: String(tariff) }, admin);
    try {
      expect(await get("/layanan/PBG")).toMatchObject({ cache: "miss", main: `Tarif ${tariff}` });
      expect(await get("/layanan/PBG", "lentera-locale=en")).toMatchObject({ cache: "miss", main: `Fee ${tariff}` });
      expect(await get("/layanan/PBG")).toMatchObject({ cache: "hit", main: `Tarif ${tariff}` });
    } finally {
      await updateLicenseTypeStandard(standardFormValues(lt), admin); // other test files read the seeded tariff
    }
    expect(await get("/layanan/PBG")).toMatchObject({ cache: "miss", main: `Tarif ${lt.tariff}` });
  });

  it("publishing an SKM report shows it in the archive on the next request", async () => {
    const before = await get("/laporan");
    expect((await get("/laporan")).cache).toBe("hit");
    await insertSurveyResponsesBulk(
      [3, 4].map((v, i) => ({
        questionnaire: "SKM-2017",
        submittedAt: new Date(`2018-02-1${i}T03:00:00Z`),
        channel: "paper",
        answers: { U1: v, U2: v, U3: v, U4: v, U5: v, U6: v, U7: v, U8: v, U9: v },
      })),
    );
    expect((await get("/laporan")).cache).toBe("hit"); // responses alone change no published page
    await saveSkmReport({
      periodKey: "2018-Q1",
      followUpPlan: "Uji cache",
      status: "PUBLISHED",
      actor: admin,
      now: new Date("2018-04-10T02:00:00Z"),
    });
    const after = await get("/laporan");
    expect(after.cache).toBe("miss");
    expect(after.main?.split(",")).toContain("2018-Q1");
    expect(before.main?.split(",") ?? []).not.toContain("2018-Q1");
    // Withdrawn (a draft again): gone from the archive on the next request, and from other test files' view.
    await saveSkmReport({ periodKey: "2018-Q1", followUpPlan: "Uji cache", status: "DRAFT", actor: admin });
    expect((await get("/laporan")).main?.split(",")).not.toContain("2018-Q1");
  });
});
