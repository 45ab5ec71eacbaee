"use client";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";

/**
 * Signs out and opens the sign-in page on the host the user is on (a relative address): next-auth's own redirect
 * would use its configured base URL, which is "localhost" when the site is reached by another name.
 */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="btn btn-secondary btn-small"
      style={{ margin: "0.4rem 0.7rem" }}
      onClick={async () => {
        await signOut({ redirect: false });
        router.replace("/masuk");
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
