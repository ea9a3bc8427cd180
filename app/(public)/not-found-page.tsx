// The designed notice of a public address with nothing behind it, answered 404.
import { MissingPage } from '@/components/article/missing-page';
import type { PublicAnswer } from './document';

export const missing = (): PublicAnswer => ({
  kind: 'page',
  status: 404,
  head: { title: 'Page not found', noindex: true },
  body: <MissingPage />,
});
