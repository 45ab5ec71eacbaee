import { invitationPageGet, invitationPagePost } from "@/lib/skm/survey-pages";
import { formValues, respond } from "../../_survey/respond";

// The invitation survey is plain server-rendered HTML (React, no client JavaScript): works with JavaScript off, loads
// fast on a phone, and a validation error comes back with every typed answer (components/survey/survey-form.tsx).
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export async function GET(request: Request, { params }: Context) {
  const via = new URL(request.url).searchParams.get("qr") === "1" ? "qr" : "link";
  return respond(await invitationPageGet((await params).token, via));
}

export async function POST(request: Request, { params }: Context) {
  return respond(await invitationPagePost((await params).token, await formValues(request)));
}
