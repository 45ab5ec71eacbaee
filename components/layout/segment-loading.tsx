import styles from "./segment-loading.module.css";

/**
 * What a page shows while its figures load: a short label in Bahasa Indonesia (English second) announced politely
 * by screen readers, and grey blocks in the shape of a page — a heading, a row of cards, a few lines — hidden from
 * assistive technology. Plain server markup, nothing to download, so it shows at once on a slow phone.
 * Use it as the fallback of a <Suspense> placed after the page's capability check (see /dashboard), not in a
 * segment loading.tsx: that would stream every page of the segment and turn its 403/404 answers into 200.
 */
export function SegmentLoading({ cards = 3 }: { cards?: number }) {
  return (
    <div className={styles.loading} role="status" aria-live="polite">
      <p className={styles.label}>
        Memuat… <span lang="en">/ Loading…</span>
      </p>
      <div className={styles.skeleton} aria-hidden="true">
        <div className={styles.heading} />
        <div className={styles.cards}>
          {Array.from({ length: cards }, (_, i) => (
            <div key={i} className={styles.card} />
          ))}
        </div>
        <div className={styles.line} />
        <div className={styles.line} />
        <div className={styles.short} />
      </div>
    </div>
  );
}
