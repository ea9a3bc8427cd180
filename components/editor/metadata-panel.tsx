'use client';
import type { RevisionMeta } from '@/db/schema';
import { slugify } from '@/lib/slug';
import { HEADLINE_MAX, HEADLINE_WARN, STANDFIRST_MAX } from '@/lib/validation/limits';
import { FeaturedImage } from './image-tools';

export type EditableMeta = RevisionMeta;

export interface EditorOptions {
  sections: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  staff: { id: string; name: string }[];
}

interface Props {
  meta: EditableMeta;
  options: EditorOptions;
  disabled: boolean;
  /** The story is live: a new address waits for the next published update. */
  published: boolean;
  onChange(meta: EditableMeta): void;
}

const inputClass =
  'mt-1 block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm disabled:opacity-60';

function toggle(list: string[], id: string) {
  return list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
}

export function MetadataPanel({ meta, options, disabled, published, onChange }: Props) {
  const set = <K extends keyof EditableMeta>(key: K, value: EditableMeta[K]) =>
    onChange({ ...meta, [key]: value });
  const long = meta.headline.length > HEADLINE_WARN;

  return (
    <div className="space-y-4 text-sm">
      <div>
        <label htmlFor="meta-headline" className="block font-medium">
          Headline
        </label>
        <textarea
          id="meta-headline"
          rows={2}
          maxLength={HEADLINE_MAX}
          disabled={disabled}
          value={meta.headline}
          onChange={(event) => set('headline', event.target.value.replace(/\n/g, ' '))}
          aria-describedby="meta-headline-count"
          className={`${inputClass} font-serif text-lg font-bold`}
        />
        <p
          id="meta-headline-count"
          className={`mt-1 text-xs ${long ? 'text-accent' : 'text-muted'}`}
          aria-live="polite"
        >
          {meta.headline.length}/{HEADLINE_MAX}
          {long ? ` — search engines cut headlines past ${HEADLINE_WARN} characters` : ''}
        </p>
      </div>

      <div>
        <label htmlFor="meta-standfirst" className="block font-medium">
          Standfirst
        </label>
        <textarea
          id="meta-standfirst"
          rows={3}
          maxLength={STANDFIRST_MAX}
          disabled={disabled}
          value={meta.standfirst}
          onChange={(event) => set('standfirst', event.target.value)}
          aria-describedby="meta-standfirst-count"
          className={inputClass}
        />
        <p id="meta-standfirst-count" className="mt-1 text-xs text-muted">
          {meta.standfirst.length}/{STANDFIRST_MAX} · the summary in feeds and link previews
        </p>
      </div>

      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="meta-dateline" className="block font-medium">
            Dateline
          </label>
          <input
            id="meta-dateline"
            disabled={disabled}
            maxLength={100}
            placeholder="Washington D.C."
            value={meta.dateline}
            onChange={(event) => set('dateline', event.target.value)}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="meta-priority" className="block font-medium">
            Priority
          </label>
          <select
            id="meta-priority"
            disabled={disabled}
            value={meta.priority}
            onChange={(event) => set('priority', event.target.value as EditableMeta['priority'])}
            className={inputClass}
          >
            <option value="routine">Routine</option>
            <option value="urgent">Urgent</option>
            <option value="flash">Flash</option>
          </select>
        </div>
      </div>

      <div>
        <label htmlFor="meta-section" className="block font-medium">
          Section
        </label>
        <select
          id="meta-section"
          disabled={disabled}
          value={meta.sectionId ?? ''}
          onChange={(event) => set('sectionId', event.target.value || null)}
          className={inputClass}
        >
          <option value="">— choose before submitting —</option>
          {options.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="meta-slug" className="block font-medium">
          Address
        </label>
        <input
          id="meta-slug"
          disabled={disabled}
          maxLength={80}
          value={meta.slug}
          placeholder={slugify(meta.headline)}
          onChange={(event) => set('slug', event.target.value.toLowerCase())}
          aria-describedby="meta-slug-hint"
          className={`${inputClass} font-mono`}
        />
        <p id="meta-slug-hint" className="mt-1 text-xs text-muted">
          {published
            ? 'Published: a new address takes effect with the next published update, and the old one redirects.'
            : `/news/${meta.slug || slugify(meta.headline) || '…'}`}
        </p>
      </div>

      <CheckboxGroup
        legend="Authors"
        options={options.staff}
        chosen={meta.authorIds}
        disabled={disabled}
        onToggle={(id) => set('authorIds', toggle(meta.authorIds, id))}
        scroll
      />
      <CheckboxGroup
        legend="Tags"
        options={options.tags}
        chosen={meta.tagIds}
        disabled={disabled}
        onToggle={(id) => set('tagIds', toggle(meta.tagIds, id))}
      />
      <FeaturedImage
        mediaId={meta.featuredMediaId}
        disabled={disabled}
        onChange={(id) => set('featuredMediaId', id)}
      />
    </div>
  );
}

function CheckboxGroup({
  legend,
  options,
  chosen,
  disabled,
  onToggle,
  scroll = false,
}: {
  legend: string;
  options: { id: string; name: string }[];
  chosen: string[];
  disabled: boolean;
  onToggle(id: string): void;
  scroll?: boolean;
}) {
  return (
    <fieldset disabled={disabled}>
      <legend className="font-medium">{legend}</legend>
      <div
        className={
          scroll
            ? 'mt-1 max-h-32 space-y-0.5 overflow-y-auto'
            : 'mt-1 flex flex-wrap gap-x-3 gap-y-0.5'
        }
      >
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={() => onToggle(option.id)}
            />
            {option.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
