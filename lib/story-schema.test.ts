import { describe, expect, it } from 'vitest';
import { validateBody } from './story-schema';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (text: string, marks?: unknown[]) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});
const link = (href: string) => [{ type: 'link', attrs: { href } }];

describe('validateBody', () => {
  it('accepts every node of the story format', () => {
    const body = doc(
      p('Lead paragraph.'),
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Heading' }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Sub' }] },
      { type: 'blockquote', content: [p('A quote.')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('One')] }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [p('First')] }] },
      { type: 'horizontalRule' },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'italic', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' site', marks: link('https://example.org') },
          { type: 'text', text: ' mail', marks: link('mailto:desk@dateline.test') },
        ],
      },
    );
    expect(validateBody(body).content).toHaveLength(8);
  });

  it.each([
    ['an unknown node', doc({ type: 'iframe', attrs: { src: 'https://evil.test' } })],
    ['a script node', doc({ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] })],
    ['an unknown mark', doc(p('x', [{ type: 'code' }]))],
    ['a heading level outside 2-3', doc({ type: 'heading', attrs: { level: 1 }, content: [] })],
    ['text directly in the document', doc({ type: 'text', text: 'loose' })],
    ['a javascript: link', doc(p('x', link('javascript:alert(1)')))],
    ['a mixed-case javascript: link', doc(p('x', link('JaVaScRiPt:alert(1)')))],
    ['a link hiding a tab', doc(p('x', link('java\tscript:alert(1)')))],
    ['a data: link', doc(p('x', link('data:text/html,<b>x</b>')))],
    ['a scheme-less link', doc(p('x', link('//evil.test')))],
    ['an image from elsewhere', doc({ type: 'image', attrs: { src: 'http://evil.test/a.png' } })],
    [
      'a __proto__ key',
      JSON.parse('{"type":"doc","content":[{"type":"paragraph","__proto__":{"x":1}}]}'),
    ],
    ['not a document', { type: 'paragraph' }],
    ['nothing', null],
  ])('refuses %s', (_name, body) => {
    expect(() => validateBody(body)).toThrow(expect.objectContaining({ code: 'invalid' }));
  });

  it('refuses a body over 2 MB', () => {
    const big = doc(...Array.from({ length: 3000 }, () => p('x'.repeat(1000))));
    expect(() => validateBody(big)).toThrow('too large');
  });

  it('refuses a body nested deeper than 50', () => {
    let node: unknown = p('deep');
    for (let i = 0; i < 60; i++) node = { type: 'blockquote', content: [node] };
    expect(() => validateBody(doc(node))).toThrow('nested too deeply');
  });

  it('drops attributes the format does not know', () => {
    const body = validateBody(
      doc({ type: 'paragraph', attrs: { onclick: 'alert(1)', class: 'x' }, content: [] }),
    );
    expect(JSON.stringify(body)).not.toContain('onclick');
  });
});
