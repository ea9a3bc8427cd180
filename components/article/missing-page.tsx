/** The designed notice of a public address with nothing behind it (lib/public/missing.ts). */
export function MissingPage() {
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-muted">
        This story may have moved, or the address may be mistyped.{' '}
        <a href="/" className="text-accent underline">
          Go to the front page
        </a>
        .
      </p>
    </div>
  );
}
