import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Field, SelectField, TextArea } from './field';

describe('Field', () => {
  it('labels its input with a real <label for>, its id made from its name', () => {
    const html = renderToStaticMarkup(<Field label="Display name" name="displayName" />);
    expect(html).toContain('<label for="field-displayName"');
    expect(html).toContain('id="field-displayName"');
    expect(html).toContain('name="displayName"');
    expect(html).not.toContain('aria-describedby');
    expect(html).not.toContain('aria-invalid');
  });

  it('ties the hint and the error to the control, and marks it invalid', () => {
    const html = renderToStaticMarkup(
      <Field label="Handle" name="handle" hint="Your author page." error="Too short." />,
    );
    expect(html).toContain('aria-describedby="field-handle-hint field-handle-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('<p id="field-handle-hint" class="mt-1 text-xs text-muted">');
    expect(html).toContain('<p id="field-handle-error" class="mt-1 text-xs text-accent">');
  });

  it('counts characters, warning past its threshold, and announces only a count that warns', () => {
    const calm = renderToStaticMarkup(
      <TextArea label="Standfirst" id="s" count={{ length: 3, max: 400, note: 'in feeds' }} />,
    );
    expect(calm).toContain('aria-describedby="s-count"');
    expect(calm).toContain('>3/400 · in feeds</p>');
    expect(calm).not.toContain('aria-live');
    const warned = renderToStaticMarkup(
      <TextArea
        label="Headline"
        id="h"
        count={{ length: 120, max: 200, warnAt: 110, warning: 'too long for search' }}
      />,
    );
    expect(warned).toContain('class="mt-1 text-xs text-accent" aria-live="polite"');
    expect(warned).toContain('>120/200 — too long for search</p>');
  });

  it('adds its own classes to the shared look, and draws menus with their options', () => {
    const html = renderToStaticMarkup(
      <SelectField label="Role" id="role" className="font-mono">
        <option value="editor">Editor</option>
      </SelectField>,
    );
    expect(html).toMatch(/<select id="role" class="mt-1 block w-full [^"]* font-mono"/);
    expect(html).toContain('<option value="editor">Editor</option>');
  });

  it('refuses a field with neither id nor name, which no label could point at', () => {
    expect(() => renderToStaticMarkup(<Field label="Lost" />)).toThrow(/id or a name/);
  });
});
