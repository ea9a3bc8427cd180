'use client';
import { useState } from 'react';
import type { RevisionMeta } from '@/db/schema';
import { Field, SelectField, TextArea } from '@/components/ui/field';
import { MAX_SLUG_LENGTH, slugify } from '@/lib/slug';
import { DATELINE_MAX, HEADLINE_MAX, HEADLINE_WARN, STANDFIRST_MAX } from '@/lib/validation/limits';
import { FeaturedImage } from './images/featured-image';
import { TagPicker } from './tag-picker';

export type EditableMeta = RevisionMeta;

export interface EditorOptions {
  sections: { id: string; name: string }[];
  /** The names of the story's own tags; the picker finds the others (GET /api/tags). */
  tags: { id: string; name: string }[];
  staff: { id: string; name: string }[];
  /** Where the story's address starts: `/news/`, or `/ru/news/` for a story in Russian. */
  newsPath?: string;
}

interface Props {
  storyId: string;
  meta: EditableMeta;
  options: EditorOptions;
  disabled: boolean;
  /** The story is live: a new address waits for the next published update. */
  published: boolean;
  onChange(meta: EditableMeta): void;
}

function toggle(list: string[], id: string) {
  return list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
}

export function MetadataPanel({ storyId, meta, options, disabled, published, onChange }: Props) {
  const [knownTags, setKnownTags] = useState(options.tags);
  const set = <K extends keyof EditableMeta>(key: K, value: EditableMeta[K]) =>
    onChange({ ...meta, [key]: value });

  return (
    <div className="space-y-4 text-sm">
      <TextArea
        label="Headline"
        id="meta-headline"
        rows={2}
        maxLength={HEADLINE_MAX}
        disabled={disabled}
        value={meta.headline}
        onChange={(event) => set('headline', event.target.value.replace(/\n/g, ' '))}
        count={{
          length: meta.headline.length,
          max: HEADLINE_MAX,
          warnAt: HEADLINE_WARN,
          warning: `search engines cut headlines past ${HEADLINE_WARN} characters`,
        }}
        className="font-serif text-lg font-bold"
      />

      <TextArea
        label="Standfirst"
        id="meta-standfirst"
        rows={3}
        maxLength={STANDFIRST_MAX}
        disabled={disabled}
        value={meta.standfirst}
        onChange={(event) => set('standfirst', event.target.value)}
        count={{
          length: meta.standfirst.length,
          max: STANDFIRST_MAX,
          note: 'the summary in feeds and link previews',
        }}
      />

      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Dateline"
          id="meta-dateline"
          disabled={disabled}
          maxLength={DATELINE_MAX}
          placeholder="Washington D.C."
          value={meta.dateline}
          onChange={(event) => set('dateline', event.target.value)}
        />
        <SelectField
          label="Priority"
          id="meta-priority"
          disabled={disabled}
          value={meta.priority}
          onChange={(event) => set('priority', event.target.value as EditableMeta['priority'])}
        >
          <option value="routine">Routine</option>
          <option value="urgent">Urgent</option>
          <option value="flash">Flash</option>
        </SelectField>
      </div>

      <SelectField
        label="Section"
        id="meta-section"
        disabled={disabled}
        value={meta.sectionId ?? ''}
        onChange={(event) => set('sectionId', event.target.value || null)}
      >
        <option value="">— choose before submitting —</option>
        {options.sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.name}
          </option>
        ))}
      </SelectField>

      <Field
        label="Address"
        id="meta-slug"
        disabled={disabled}
        maxLength={MAX_SLUG_LENGTH}
        value={meta.slug}
        placeholder={slugify(meta.headline)}
        onChange={(event) => set('slug', event.target.value.toLowerCase())}
        hint={
          published
            ? 'Published: a new address takes effect with the next published update, and the old one redirects.'
            : `${options.newsPath ?? '/news/'}${meta.slug || slugify(meta.headline) || '…'}`
        }
        className="font-mono"
      />

      <CheckboxGroup
        legend="Authors"
        options={options.staff}
        chosen={meta.authorIds}
        disabled={disabled}
        onToggle={(id) => set('authorIds', toggle(meta.authorIds, id))}
        scroll
      />
      <TagPicker
        storyId={storyId}
        chosen={meta.tagIds}
        known={knownTags}
        disabled={disabled}
        onChange={(tagIds, known) => {
          setKnownTags(known);
          set('tagIds', tagIds);
        }}
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
          <label key={option.id} className="flex min-h-6 items-center gap-1.5">
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
