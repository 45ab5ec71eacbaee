"use client";
import { SegmentError } from "@/components/layout/segment-error";

/** Unexpected failures of a public page (service standards, reports, complaints). */
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SegmentError error={error} reset={reset} backHref="/" backLabel="Kembali ke beranda / Back to the home page" />
  );
}
