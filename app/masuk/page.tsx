import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Masuk / Sign in", robots: { index: false } };

/** Only same-site paths are accepted as the return address (no open redirect). */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/staf";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const { t } = await getTranslator("auth");
  const errors = {
    invalid: t("errors.invalid"),
    locked: t("errors.locked"),
    disabled: t("errors.disabled"),
    generic: t("errors.generic"),
  };
  const initialError =
    params.error === "expired" ? t("errors.expired") : params.error ? errors[params.error as keyof typeof errors] ?? errors.generic : undefined;
  return (
    <div className="card" style={{ maxWidth: 440, margin: "2rem auto" }}>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SignInForm
        callbackUrl={safeCallback(params.callbackUrl)}
        initialError={initialError}
        labels={{ email: t("email"), password: t("password"), submit: t("submit"), submitting: t("submitting"), errors }}
      />
    </div>
  );
}
