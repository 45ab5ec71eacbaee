"use client";
import { useEffect, useRef } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * What a route segment shows when one of its pages fails unexpectedly: a plain message in Bahasa Indonesia (English
 * second), a retry, a way back, and the error's digest so staff can quote it (the details stay in the server log).
 * The heading takes focus so a screen reader announces the failure instead of the page that was expected.
 */
export function SegmentError({
  error,
  reset,
  backHref,
  backLabel,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  backHref: string;
  backLabel: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="card stack" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        Terjadi kesalahan <span className="muted">/ Something went wrong</span>
      </h1>
      <p>
        Maaf, halaman ini tidak dapat ditampilkan. Silakan coba lagi; bila masih gagal, hubungi petugas.{" "}
        <span className="muted" lang="en">
          Sorry, this page could not be shown. Please try again.
        </span>
      </p>
      {error.digest && (
        <p className="muted">
          Kode kesalahan / Error code: <code>{error.digest}</code>
        </p>
      )}
      <p>
        <Button onClick={reset}>Coba lagi / Try again</Button> <Link href={backHref}>{backLabel}</Link>
      </p>
    </div>
  );
}
