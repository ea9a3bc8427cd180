// The view beacon (lib/analytics/beacon.ts): public pages run no script, so a view is counted by
// the browser fetching this image, which nothing caches. Hidden from assistive technology.
export function ViewBeacon({ storyId }: { storyId: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not a picture
    <img
      src={`/api/views/${storyId}`}
      alt=""
      aria-hidden="true"
      width={1}
      height={1}
      decoding="async"
      referrerPolicy="no-referrer"
      className="pointer-events-none absolute h-px w-px opacity-0"
    />
  );
}
