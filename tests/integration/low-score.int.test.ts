import { describe, expect, it, vi } from "vitest";

// The survey pages read the language cookie; outside a Next request there is none (Bahasa Indonesia).
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

import { POST as postSurvey } from "@/app/(public)/survei/route";
import { GET as getThanks, POST as postThanks } from "@/app/(public)/survei/terima-kasih/route";
import { getDb } from "@/lib/db/client";
import { signStartedAt } from "@/lib/skm/survey-pages";
import { offerIntakeKey, verifyLowScoreOffer } from "@/lib/skm/low-score-token";
import { getEnv } from "@/lib/env";

let address = 40;
function form(url: string, values: Record<string, string>, ip: string): Request {
  return new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams(values).toString(),
  });
}

/** Answers the public survey (licence type PBG) with U3 and U7 as given and every other element 4. */
async function answerSurvey(u3: string, u7: string, ip = `10.18.0.${(address += 1)}`) {
  const values: Record<string, string> = {
    started: signStartedAt(Date.now() - 10_000),
    idem: crypto.randomUUID(),
    licenseType: "PBG",
    age: "35",
    sex: "P",
    education: "S1",
    occupation: "Wirausaha",
    comment: "Lama menunggu",
  };
  for (let i = 1; i <= 9; i += 1) values[`U${i}`] = "4";
  values.U3 = u3;
  values.U7 = u7;
  const response = await postSurvey(form("/survei", values, ip));
  expect(response.status).toBe(303);
  return response.headers.get("location")!;
}

const tokenOf = (location: string) => new URL(location, "http://localhost").searchParams.get("t")!;

describe("a low score reaches a person", () => {
  it("scores of 3 and 4 go to the plain thank-you page with no offer", async () => {
    const location = await answerSurvey("3", "4");
    expect(location).toBe("/survei/terima-kasih");
    const page = await (await getThanks(new Request(`http://localhost${location}`))).text();
    expect(page).toContain("Terima kasih!");
    expect(page).not.toContain('name="consent"');
  });

  it("a 1 on U3 and a 2 on U7: the offer names both, and nothing is filed until the respondent asks", async () => {
    const before = await getDb().complaint.count();
    const location = await answerSurvey("1", "2");
    const token = tokenOf(location);
    const offer = verifyLowScoreOffer(token, getEnv().NEXTAUTH_SECRET ?? "lentera-survey-form", Date.now());
    const pbg = await getDb().licenseType.findUnique({ where: { code: "PBG" } });
    expect(offer).toMatchObject({ elements: ["U3", "U7"], licenseTypeId: pbg!.id });
    const page = await (await getThanks(new Request(`http://localhost${location}`))).text();
    expect(page).toContain("U3 Waktu Penyelesaian");
    expect(page).toContain("U7 Perilaku Pelaksana");
    expect(page).toContain("Ini tidak wajib");
    expect(page).not.toMatch(/<script/i);
    expect(await getDb().complaint.count()).toBe(before);
  });

  it("with consent, exactly one ticket, linked to the element and licence type; no stored link from the response", async () => {
    const location = await answerSurvey("1", "4");
    const token = tokenOf(location);
    const ip = "10.18.1.1";
    const fields = { t: token, element: "U3", text: "", name: "Rina", phone: "0812 3456 7001", email: "" };

    // No consent, then neither text nor contact: refused with the reason, nothing filed.
    const noConsent = await postThanks(form("/survei/terima-kasih", fields, ip));
    expect(noConsent.status).toBe(422);
    expect(await noConsent.text()).toContain("Centang persetujuan");
    const noContact = await postThanks(form("/survei/terima-kasih", { t: token, element: "U3", consent: "true" }, ip));
    expect(noContact.status).toBe(422);
    expect(await noContact.text()).toContain("tinggalkan nomor HP atau e-mail");
    expect(
      await getDb().complaint.count({
        where: {
          intakeKey: offerIntakeKey(
            verifyLowScoreOffer(token, getEnv().NEXTAUTH_SECRET ?? "lentera-survey-form", Date.now())!,
          ),
        },
      }),
    ).toBe(0);

    const filed = await postThanks(form("/survei/terima-kasih", { ...fields, consent: "true" }, ip));
    expect(filed.status).toBe(201);
    const receipt = await filed.text();
    const ticketNo = /PGD-\d{4}-\d{6}/.exec(receipt)![0];
    // A second post of the same offer (double click, reload) shows the same ticket and files nothing more.
    const again = await postThanks(form("/survei/terima-kasih", { ...fields, consent: "true" }, ip));
    expect(again.status).toBe(200);
    expect(await again.text()).toContain(ticketNo);

    const tickets = await getDb().complaint.findMany({ where: { surveyElement: "U3", senderName: "Rina" } });
    expect(tickets).toHaveLength(1);
    const ticket = tickets[0]!;
    const pbg = await getDb().licenseType.findUnique({ where: { code: "PBG" } });
    expect(ticket).toMatchObject({
      ticketNo,
      channel: "web",
      category: "time",
      surveyElement: "U3",
      licenseTypeId: pbg!.id,
      senderPhone: "+6281234567001",
      text: "Responden survei memberi nilai rendah pada unsur U3 Waktu Penyelesaian dan meminta dihubungi.",
    });
    expect(ticket.consentAt).toBeInstanceOf(Date);

    // The response that gave the score: nothing in it names the ticket, and nothing in the ticket names it.
    const response = await getDb().surveyResponse.findFirst({
      where: { comment: "Lama menunggu", answers: { contains: '"U3":1' } },
      orderBy: { createdAt: "desc" },
    });
    expect(response).not.toBeNull();
    const responseText = JSON.stringify(response);
    for (const value of [ticket.id, ticket.ticketNo, ticket.intakeKey!, ticket.checkCode!])
      expect(responseText).not.toContain(value);
    expect(JSON.stringify(ticket)).not.toContain(response!.id);
    expect(Buffer.from(token.split(".")[0]!, "base64url").toString()).not.toContain(response!.id);
  });

  it("an element the respondent did not score low, or an altered token, files nothing", async () => {
    const token = tokenOf(await answerSurvey("2", "4"));
    const wrongElement = await postThanks(
      form(
        "/survei/terima-kasih",
        { t: token, element: "U1", text: "Persyaratan membingungkan sekali", consent: "true" },
        "10.18.1.2",
      ),
    );
    expect(wrongElement.status).toBe(422);
    const altered = await postThanks(
      form(
        "/survei/terima-kasih",
        { t: `${token}x`, element: "U3", text: "Menunggu terlalu lama", consent: "true" },
        "10.18.1.2",
      ),
    );
    expect(altered.status).toBe(422);
    expect(await altered.text()).toContain("sudah habis");
    expect(
      await getDb().complaint.count({
        where: { text: { in: ["Persyaratan membingungkan sekali", "Menunggu terlalu lama"] } },
      }),
    ).toBe(0);
  });
});
