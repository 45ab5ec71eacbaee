import styles from "./segment-loading.module.css";

/**
 * What a page shows while its figures load: a short label in Bahasa Indonesia (English second) announced politely
 * by screen readers, and grey blocks in the shape of a page — a heading, a row of cards, a few lines — hidden from
 * assistive technology. Plain server markup, nothing to download, so it shows at once on a slow phone.
 * Use it as the fallback of a <Suspense> placed after the page's capability check (see /dashboard), not in a
 * segment loading.tsx: that would stream every page of the segment and turn its 403/404 answers into 200.
 * `compact` is the small variant for one widget of a dashboard: no heading block, `cards` (default none) and `lines`.
 */
export function SegmentLoading({
  cards,
  lines = 3,
  compact = false,
}: {
  cards?: number;
  lines?: number;
  compact?: boolean;
}) {
  const cardCount = cards ?? (compact ? 0 : 3);
  return (
    <div className={compact ? `${styles.loading} ${styles.compact}` : styles.loading} role="status" aria-live="polite">
      <p className={styles.label}>
        Memuat… <span lang="en">/ Loading…</span>
      </p>
      <div className={styles.skeleton} aria-hidden="true">
        {compact ? null : <div className={styles.heading} />}
        {cardCount > 0 && (
          <div className={styles.cards}>
            {Array.from({ length: cardCount }, (_, i) => (
              <div key={i} className={styles.card} />
            ))}
          </div>
        )}
        {Array.from({ length: lines }, (_, i) => (
          <div key={i} className={i === lines - 1 ? styles.short : styles.line} />
        ))}
      </div>
    </div>
  );
}
