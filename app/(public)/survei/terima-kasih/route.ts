import { clientAddress } from "@/lib/security/rate-limit";
import { thanksPageGet, thanksPagePost } from "@/lib/skm/low-score-page";
import { formValues, respond } from "../../_survey/respond";

// The thank-you page after a survey; after a low score it offers (never forces) a complaint or a contact
// (issue 18, lib/skm/low-score-page.ts). Plain HTML forms, no JavaScript.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return respond(await thanksPageGet(new URL(request.url).searchParams.get("t")));
}

export async function POST(request: Request) {
  return respond(await thanksPagePost(await formValues(request), clientAddress(request.headers)));
}
