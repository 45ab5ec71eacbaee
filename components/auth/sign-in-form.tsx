"use client";
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";

type Labels = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  errors: Record<"invalid" | "locked" | "throttled" | "disabled" | "generic", string>;
};

/** Staff sign-in; the server's reason (invalid / locked / disabled) is shown in the user's language. */
export function SignInForm({
  labels,
  callbackUrl,
  initialError,
}: {
  labels: Labels;
  callbackUrl: string;
  initialError?: string;
}) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    const reason = result?.error as keyof Labels["errors"] | undefined;
    setError(reason && reason in labels.errors ? labels.errors[reason] : labels.errors.generic);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="btn" type="submit" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
