import { describe, expect, it } from 'vitest';
import { pathologicalInputs } from '../testing/pathological';
import { NOT_RENDERED, renderMarkdown, URL_ATTRIBUTES } from './markdown';

// Raw HTML that tries to make the page load something through an attribute the renderer does not rewrite.
const URL_PAYLOADS: [string, string][] = [
  ['picture/source srcset', '<picture><source srcset="https://example.invalid/a.png 1x"><img src="bild.png" alt="Bild"></picture>'],
  ['source media srcset', '<picture><source media="(min-width: 1px)" srcset="//example.invalid/b.png"><img alt="B"></picture>'],
  ['img srcset', '<img srcset="https://example.invalid/c.png 2x" alt="C">'],
  ['img longdesc', '<img src="bild.png" longdesc="https://example.invalid/d" alt="D">'],
  ['video poster', '<video poster="https://example.invalid/e.png"></video>'],
  ['table background', '<table background="https://example.invalid/f.png"><tr><td>x</td></tr></table>'],
  ['link ping', '<a href="https://example.org/" ping="https://example.invalid/g">Ping</a>'],
  ['quote cite', '<q cite="https://example.invalid/h">Zitat</q> <blockquote cite="https://example.invalid/i">Block</blockquote>'],
  ['del/ins cite', '<del cite="https://example.invalid/j">alt</del><ins cite="https://example.invalid/k">neu</ins>'],
  ['svg xlink:href', '<svg><image xlink:href="https://example.invalid/l.png"></image></svg>'],
  ['button formaction', '<button formaction="https://example.invalid/m">Los</button>'],
  ['form action', '<form action="https://example.invalid/n"><input type="checkbox"></form>'],
  ['div itemtype', '<div itemscope itemtype="https://example.invalid/o">Mikrodaten</div>'],
  ['img usemap', '<img src="bild.png" usemap="#karte" alt="P">'],
];

describe('sanitizer: URL-bearing attributes', () => {
  for (const [name, payload] of URL_PAYLOADS) {
    it(`drops every URL-bearing attribute it does not rewrite (${name})`, () => {
      const html = renderMarkdown(`Text\n\n${payload}\n`);
      expect(html).not.toContain('example.invalid');
      expect(html).not.toMatch(/\s(srcset|longdesc|poster|background|ping|cite|xlink:href|formaction|action|itemtype|usemap)=/i);
      expect(html).not.toMatch(/<(picture|source)\b/);
    });
  }

  it('keeps the rewritten attributes: href on links, src on images (picture keeps its img)', () => {
    const html = renderMarkdown('<picture><source srcset="https://example.invalid/a.png"><img src="bild.png" alt="Bild"></picture> <a href="https://example.org/">Link</a>');
    expect(html).toContain('<img src="bild.png" alt="Bild">');
    expect(html).toContain('<a href="https://example.org/">Link</a>');
  });

  it('the list names srcset, poster, xlink:href, formaction, ping and background', () => {
    for (const name of ['srcSet', 'poster', 'xLinkHref', 'formAction', 'ping', 'background', 'cite', 'longDesc']) expect(URL_ATTRIBUTES.has(name)).toBe(true);
  });
});

describe('a text over the Markdown budget', () => {
  it('is not handed to remark: the preview and the export show a note in its place (WK106 in the check)', () => {
    for (const name of ['nestedListMarkers', 'nestedBlockQuotes', 'unclosedLinks', 'emphasisRuns']) {
      const text = pathologicalInputs.find((input) => input.name === name)!.generate(100_000);
      const body = text.slice(text.indexOf('\n---\n') + 5);
      expect(renderMarkdown(body), name).toBe(`<p class="nicht-dargestellt">${NOT_RENDERED}</p>`);
    }
    expect(renderMarkdown('Ein *kurzer* Text.')).toBe('<p>Ein <em>kurzer</em> Text.</p>');
  });
});
