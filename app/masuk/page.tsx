import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeRedirectPath } from "@/lib/security/redirect-target";

export const metadata: Metadata = { title: "Masuk / Sign in", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const { t } = await getTranslator("auth");
  const errors = {
    invalid: t("errors.invalid"),
    locked: t("errors.locked"),
    throttled: t("errors.throttled"),
    disabled: t("errors.disabled"),
    generic: t("errors.generic"),
  };
  const initialError =
    params.error === "expired"
      ? t("errors.expired")
      : params.error
        ? (errors[params.error as keyof typeof errors] ?? errors.generic)
        : undefined;
  return (
    <div className="card" style={{ maxWidth: 440, margin: "2rem auto" }}>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SignInForm
        callbackUrl={safeRedirectPath(params.callbackUrl)}
        initialError={initialError}
        labels={{
          email: t("email"),
          password: t("password"),
          submit: t("submit"),
          submitting: t("submitting"),
          errors,
        }}
      />
    </div>
  );
}
