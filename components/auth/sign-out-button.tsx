"use client";
import { signOut } from "next-auth/react";

/**
 * Signs out and opens the sign-in page on the host the user is on (a relative address): next-auth's own redirect
 * would use its configured base URL, which is "localhost" when the site is reached by another name.
 */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="btn btn-secondary btn-small"
      style={{ margin: "0.4rem 0.7rem" }}
      onClick={async () => {
        await signOut({ redirect: false });
        window.location.assign("/masuk");
      }}
    >
      {label}
    </button>
  );
}
