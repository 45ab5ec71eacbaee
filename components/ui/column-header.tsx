import type { ThHTMLAttributes } from "react";
import { cn } from "./cn";

/** A column's header cell (th scope="col"); `num` right-aligns it over a column of figures. */
export function ColumnHeader({
  num = false,
  className,
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { num?: boolean }) {
  return <th scope="col" className={cn(num && "num", className) || undefined} {...props} />;
}
