/** The head of a survey or kiosk document: a phone viewport, not indexed, its title and its one inline stylesheet. */
export function DocumentHead({ title, css }: { title: string; css: string }) {
  return (
    // A whole document rendered to static HTML by a route handler, not a Next page: next/head does not apply.
    // eslint-disable-next-line @next/next/no-head-element
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width,initial-scale=1" />
      <meta name="robots" content="noindex" />
      <title>{title}</title>
      <style dangerouslySetInnerHTML={{ __html: css }} />
    </head>
  );
}
