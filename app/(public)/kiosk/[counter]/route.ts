import { kioskPageGet } from "@/lib/skm/survey-pages";
import { respond } from "../../_survey/respond";

// Counter kiosk: a self-contained HTML page (inline script) that the kiosk service worker can serve offline.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ counter: string }> }) {
  // proxy.ts puts this response's CSP nonce on the request; the page's inline script carries it.
  return respond(await kioskPageGet((await params).counter, request.headers.get("x-nonce") ?? undefined));
}
