import type { ReactNode } from "react";

type ScrollTableProps = {
  children: ReactNode;
  /** The region's name, e.g. "Target KPI"; or `labelledBy`, the id of a heading that names it. */
  label?: string;
  labelledBy?: string;
  /** data-testid of the box, for tests. */
  testId?: string;
};

/**
 * The box a wide table scrolls in, never the page (`.table-wrap`). It takes keyboard focus so the table can be
 * scrolled without a mouse (axe's scrollable-region-focusable rule), and with a name (`label`, or the id of a
 * heading in `labelledBy`) it is announced as a region. Every table that may outgrow a 360 px phone sits in one.
 */
export function ScrollTable({ children, label, labelledBy, testId }: ScrollTableProps) {
  const named = Boolean(label || labelledBy);
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      {...(named ? { role: "region" } : {})}
      {...(label ? { "aria-label": label } : {})}
      {...(labelledBy ? { "aria-labelledby": labelledBy } : {})}
      {...(testId ? { "data-testid": testId } : {})}
    >
      {children}
    </div>
  );
}
