import { thanksPage } from "@/lib/skm/survey-pages";

export const dynamic = "force-dynamic";

export async function GET() {
  return thanksPage();
}
