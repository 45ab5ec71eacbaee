import Link from "next/link";

/** Links between the attendance admin pages. */
export function AttendanceAdminNav({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="row">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className="btn btn-secondary btn-small">
          {l.text}
        </Link>
      ))}
    </nav>
  );
}
