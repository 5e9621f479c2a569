// The check reads headings, sections and links from micromark's events; the handbook renders the mdast tree.
// Both must agree, or the editor and the published handbook would disagree about an anchor or a link.
import { describe, expect, it } from 'vitest';
import { markdownCorpus, specExamples } from '../testing/markdownCorpus';
import { bodyFromTree } from '../testing/treeReading';
import { bodyFromEvents } from './markdownEvents';

const fromTree = (text: string, bodyStart = 0) => bodyFromTree(text, bodyStart);

describe('the event reading agrees with the tree reading', () => {
  it.each(specExamples.map((example) => [example.number, example.section, example.markdown] as const))(
    'CommonMark example %i (%s)',
    (_number, _section, markdown) => {
      expect(bodyFromEvents(markdown, 0)).toEqual(fromTree(markdown));
    },
  );

  const corpus = markdownCorpus();
  it.each(corpus.map((file) => [file.name, file] as const))('%s', (_name, { text, bodyStart }) => {
    expect(bodyFromEvents(text, bodyStart)).toEqual(fromTree(text, bodyStart));
  });

  it('covers the real toolbox', () => {
    expect(corpus.filter((file) => file.inToolbox).length).toBeGreaterThan(60);
  });

  const cases: [string, string][] = [
    ['a setext heading with a hard break', 'Erste\\\nZweite  \nDritte\n======\n\ntext'],
    ['entities and escapes in a heading', '## Fragen &amp; Antworten &#169; &#x41; \\*nicht\\* &bogus;\n'],
    ['an image and inline code in a heading', '## Bild ![Alt *text*](bild.png "Titel") und `code`\n'],
    ['links inside an image label are no links', '![a [b](inner.md) c](outer.png)\n'],
    ['reference links and their definitions', '[Text][ref] [kurz] ![bild][ref]\n\n[ref]: <ziel mit leer.md> "T"\n[kurz]: kurz.md\n'],
    ['autolinks and e-mail autolinks', '## Kontakt <https://bamf.de> <info@example.org>\n\n<mailto:a@b.de>\n'],
    ['CRLF line endings', '## Ziel\r\n\r\nText mit [Link](a.md)\r\n\r\n## Schritte\r\n\r\n1. eins\r\n2. zwei\r\n'],
    ['tabs and nested blocks', '## A\n\n>\t## zitiert\n>\t[x](y.md)\n\n-\t## im Punkt\n\t1. nummeriert\n\n## B\n'],
    ['an empty section and an ordered list after a deeper heading', '## Leer\n## Voll\n### Unter\n\n1. a\n'],
    ['percent-encoded and entity-encoded destinations', '[a](%C3%A4.md) [b](&auml;.md) [c](<a b.md>) [d](a\\)b.md)\n'],
    ['html blocks and inline html', '<div>\n## nicht\n</div>\n\n## Ja <b>fett</b>\n'],
  ];
  it.each(cases)('%s', (_name, markdown) => {
    expect(bodyFromEvents(markdown, 0)).toEqual(fromTree(markdown));
  });

  it('forgets one document’s link definitions before the next (the parser is reused)', () => {
    // With a definition, `[ref]` is a reference and only its label is heading text; without one it stays text.
    expect(bodyFromEvents('## Über [ref]\n\n[ref]: ziel.md\n', 0).headings[0]!.text).toBe('Über ref');
    const next = '## Über [ref]\n';
    expect(bodyFromEvents(next, 0).headings[0]!.text).toBe('Über [ref]');
    expect(bodyFromEvents(next, 0)).toEqual(fromTree(next));
  });

  it('keeps offsets into the whole document when the body starts after frontmatter', () => {
    const text = '---\nid: x\n---\n## Ziel\n\n[Link](ziel.md)\n';
    const bodyStart = text.indexOf('## Ziel');
    const body = bodyFromEvents(text, bodyStart);
    expect(body).toEqual(fromTree(text, bodyStart));
    expect(body.headings[0]).toMatchObject({ text: 'Ziel', slug: 'ziel', start: bodyStart, end: bodyStart + 7 });
    expect(text.slice(body.links[0]!.urlStart, body.links[0]!.urlEnd)).toBe('ziel.md');
  });
});
