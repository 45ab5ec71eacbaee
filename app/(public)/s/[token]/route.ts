import { invitationPageGet, invitationPagePost } from "@/lib/skm/survey-pages";

// The invitation survey is plain server-rendered HTML (no client JavaScript): works with JavaScript off, loads fast on
// a phone, and a validation error comes back with every typed answer (see lib/skm/survey-html.ts).
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export async function GET(request: Request, { params }: Context) {
  return invitationPageGet(request, (await params).token);
}

export async function POST(request: Request, { params }: Context) {
  return invitationPagePost(request, (await params).token);
}
