import { kioskPageGet } from "@/lib/skm/survey-pages";

// Counter kiosk: a self-contained HTML page (inline script) that the kiosk service worker can serve offline.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ counter: string }> }) {
  return kioskPageGet((await params).counter);
}
