import { localePath } from '@/lib/hreflang';
import { messages } from '@/lib/i18n/messages';

/** The designed notice of a public address with nothing behind it, in the page's language. */
export function MissingPage({ language = 'en' }: { language?: string }) {
  const t = messages(language);
  return (
    <div className="py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-3 text-muted">
        {t.notFoundText}{' '}
        <a href={localePath(language, '/')} className="text-accent underline">
          {t.goToFront}
        </a>
        .
      </p>
    </div>
  );
}
