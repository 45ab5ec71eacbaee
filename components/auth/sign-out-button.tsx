"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="btn btn-secondary btn-small"
      style={{ margin: "0.4rem 0.7rem" }}
      onClick={() => signOut({ callbackUrl: "/masuk" })}
    >
      {label}
    </button>
  );
}
