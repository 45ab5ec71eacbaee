import { publicPageGet, publicPagePost } from "@/lib/skm/survey-pages";

// Public survey link for walk-ins and the website: plain HTML form with per-address rate limit, honeypot and
// minimum fill time (lib/skm/survey-pages.ts).
export const dynamic = "force-dynamic";

export async function GET() {
  return publicPageGet();
}

export async function POST(request: Request) {
  return publicPagePost(request);
}
