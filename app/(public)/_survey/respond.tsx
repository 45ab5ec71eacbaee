import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement } from "react";
import type { SurveyOutcome } from "@/lib/skm/survey-view";
import { SurveyDocument } from "@/components/survey/survey-document";
import { KioskDocument } from "@/components/survey/kiosk-document";

/**
 * Turns a survey outcome (lib/skm/survey-pages.ts) into the HTTP answer: a 303 redirect, or the page's React
 * components rendered to static HTML on the server — no client JavaScript (docs/ARCHITECTURE.md, "Survey pages").
 *
 * Route handlers are bundled for React Server Components, where `react-dom/server` is refused at build time; the
 * renderer is therefore loaded at run time from node_modules (Node's own resolution, as for serverExternalPackages).
 * The components are plain functions without hooks or context, so the bundle's React elements render unchanged.
 */
const load = createRequire(path.join(process.cwd(), "package.json"));
const renderer = () => load(["react-dom", "server"].join("/")) as typeof import("react-dom/server");

const HTML_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "X-Robots-Tag": "noindex",
};

function html(element: ReactElement, status: number, extra: Record<string, string> = {}): Response {
  const body = `<!doctype html>${renderer().renderToStaticMarkup(element)}`;
  return new Response(body, { status, headers: { ...HTML_HEADERS, ...extra } });
}

/** The string fields of a posted form (each cut at 2,000 characters); anything but a form gives none. */
export async function formValues(request: Request): Promise<Record<string, string>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.includes("application/x-www-form-urlencoded") && !contentType.includes("multipart/form-data"))
    return {};
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value.slice(0, 2000);
  return values;
}

export function respond(outcome: SurveyOutcome): Response {
  switch (outcome.kind) {
    case "redirect":
      return new Response(null, { status: 303, headers: { Location: outcome.location, "Cache-Control": "no-store" } });
    case "kiosk":
      return html(<KioskDocument kiosk={outcome.kiosk} />, 200);
    case "page": {
      const retry = outcome.retryAfterSeconds;
      return html(
        <SurveyDocument page={outcome.page} />,
        outcome.status,
        retry === undefined ? {} : { "Retry-After": String(retry) },
      );
    }
  }
}
