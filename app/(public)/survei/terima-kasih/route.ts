import { thanksPageGet, thanksPagePost } from "@/lib/skm/low-score-page";

// The thank-you page after a survey; after a low score it offers (never forces) a complaint or a contact
// (issue 18, lib/skm/low-score-page.ts). Plain HTML forms, no JavaScript.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return thanksPageGet(request);
}

export async function POST(request: Request) {
  return thanksPagePost(request);
}
