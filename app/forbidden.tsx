import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto mt-16 max-w-md px-4 text-center">
      <h1 className="font-serif text-3xl font-bold">Not allowed</h1>
      <p className="mt-3 text-muted">
        Your role does not give access to this page. Ask a newsroom admin if you need it.
      </p>
      <p className="mt-4">
        <Link href="/desk" className="text-accent underline">
          Back to the desk
        </Link>
      </p>
    </main>
  );
}
