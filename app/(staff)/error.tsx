"use client";
import { SegmentError } from "@/components/layout/segment-error";

/** Unexpected failures of a staff page: the staff navigation (layout) stays, the page area shows this. */
export default function StaffError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <SegmentError
      error={error}
      reset={reset}
      backHref="/staf"
      backLabel="Kembali ke beranda staf / Back to the staff home"
    />
  );
}
