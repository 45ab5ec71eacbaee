import { clientAddress } from "@/lib/security/rate-limit";
import { publicPageGet, publicPagePost } from "@/lib/skm/survey-pages";
import { formValues, respond } from "../_survey/respond";

// Public survey link for walk-ins and the website: a plain HTML form (React rendered on the server, no client
// JavaScript) with per-address rate limit, honeypot and minimum fill time (lib/skm/survey-pages.ts).
export const dynamic = "force-dynamic";

export async function GET() {
  return respond(await publicPageGet());
}

export async function POST(request: Request) {
  return respond(await publicPagePost(await formValues(request), clientAddress(request.headers)));
}
