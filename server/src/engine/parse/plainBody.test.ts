// The line reading must give exactly what micromark's events give wherever it answers; elsewhere it must decline.
import { describe, expect, it } from 'vitest';
import { markdownCorpus, specExamples } from '../testing/markdownCorpus';
import { bodyFromEvents } from './markdownEvents';
import { plainBody } from './plainBody';

/** The line reading's answer, checked against the events; undefined where it declines. */
function agreed(markdown: string, bodyStart = 0) {
  const plain = plainBody(markdown, bodyStart);
  if (plain) expect(plain).toEqual(bodyFromEvents(markdown, bodyStart));
  return plain;
}

describe('plain Markdown read line by line', () => {
  it('reads headings, sections, lists and links with their offsets', () => {
    const text = '---\nid: x\n---\n## Ziel\n\nText mit [Link](ziel.md#schritte) und ![Bild](b.png).\n\n## Schritte\n\n1. eins\n2. zwei\n';
    const bodyStart = text.indexOf('## Ziel');
    const body = agreed(text, bodyStart)!;
    expect(body.headings.map((h) => [h.depth, h.text, h.slug, text.slice(h.start, h.end)])).toEqual([
      [2, 'Ziel', 'ziel', '## Ziel'],
      [2, 'Schritte', 'schritte', '## Schritte'],
    ]);
    expect(body.links.map((l) => [l.kind, l.url, text.slice(l.start, l.end), text.slice(l.urlStart, l.urlEnd)])).toEqual([
      ['link', 'ziel.md#schritte', '[Link](ziel.md#schritte)', 'ziel.md#schritte'],
      ['image', 'b.png', '![Bild](b.png)', 'b.png'],
    ]);
    expect(body.sections.map((s) => [s.heading.text, s.empty, s.hasOrderedList])).toEqual([
      ['Ziel', false, false],
      ['Schritte', false, true],
    ]);
  });

  it('gives umlauts and repeated headings the anchors the handbook gives them', () => {
    const body = agreed('## Über uns\n\n## Über uns\n\n# Maßnahmen (2026)\n')!;
    expect(body.headings.map((h) => h.slug)).toEqual(['über-uns', 'über-uns-1', 'maßnahmen-2026']);
  });

  it('keeps nested items, continuation lines and lazy lines in their top-level list', () => {
    const markdown = '## A\n\n1. eins\n   - unter [x](x.md)\n   Fortsetzung\nfaul\n2. zwei\n\n   Absatz im Punkt\n- neue Liste\n\nAbsatz\n';
    const body = agreed(markdown)!;
    expect(body.links.map((l) => l.url)).toEqual(['x.md']);
    expect(body.sections[0]).toMatchObject({ empty: false, hasOrderedList: true });
  });

  it('reads a block quote of one paragraph, with its links, as one top-level block', () => {
    const markdown = '## A\n\nText\n> „Zitat“ mit [Link](z.md)\n> weiter\n\n> zweites\n\n## B\n\n> Ende';
    const body = agreed(markdown)!;
    expect(body.links.map((l) => [l.url, markdown.slice(l.start, l.end)])).toEqual([['z.md', '[Link](z.md)']]);
    expect(body.sections.map((s) => [s.heading.text, s.empty])).toEqual([['A', false], ['B', false]]);
  });

  it('lets a bullet list and an ordered list from 1 interrupt a paragraph', () => {
    expect(agreed('## A\nText\n- Punkt\n')).toBeDefined();
    expect(agreed('## A\nText\n1. Punkt\n')).toBeDefined();
  });

  // A hang guard, not a timing: one pass takes a tenth of a second, searching every line for brackets up to
  // the end of the body would take minutes.
  it('reads a long body in one pass', { timeout: 20_000 }, () => {
    const markdown = `## Lang\n\n${'Eine Zeile ohne Klammern.\n'.repeat(500_000)}\n[Ende](ende.md)\n`;
    const body = plainBody(markdown, 0)!;
    expect(body.links.map((l) => [l.url, markdown.slice(l.start, l.end)])).toEqual([['ende.md', '[Ende](ende.md)']]);
  });

  it.each([
    ['bullets', '- '],
    ['ordered markers', '1. '],
    ['quote markers', '> '],
  ])('declines a line of 20,000 nested %s without running out of stack', (_name, marker) => {
    expect(plainBody(`${marker.repeat(20_000)}x\n`, 0)).toBeUndefined();
  });

  it.each([
    ['an ordered list from 2 after a paragraph (a lazy line)', 'Text\n2. Punkt\n'],
    ['an ordered item after a bullet item (a lazy line)', '- a\n3. b\n'],
    ['a setext underline', 'Titel\n---\n'],
    ['a thematic break', 'a\n\n***\n'],
    ['indented code', 'a\n\n    code\n'],
    ['an indented line outside a list', 'a\n  b\n'],
    ['a heading inside an item', '- a\n  ## b\n'],
    ['a nested item deeper than the item content', '- a\n    - b\n'],
    ['a fenced code block', '```\n[x](y)\n```\n'],
    ['a nested block quote', '> > [x](y.md)\n'],
    ['a quote marker without a space', '>[x](y.md)\n'],
    ['an empty quote line', '> a\n>\n> b\n'],
    ['a lazy line after a quote', '> a\nb\n'],
    ['a heading inside a quote', '> ## a\n'],
    ['a list inside a quote', '> - a\n'],
    ['a quote inside a list item', '- a\n\n  > b\n'],
    ['a quote right after an item', '- a\n> b\n'],
    ['inline code', 'a `[x](y)` b\n'],
    ['an escape', 'a \\[x](y)\n'],
    ['an entity', '## Fragen &amp; Antworten\n'],
    ['an autolink or HTML', 'a <https://x.de>\n'],
    ['a reference link', '[x][y]\n\n[y]: z.md\n'],
    ['a shortcut bracket', 'a [x] b\n'],
    ['a link with a title', '[x](y.md "T")\n'],
    ['a link with parentheses in the destination', '[x](y(1).md)\n'],
    ['a heading with emphasis', '## Das *Ziel*\n'],
    ['a heading with a closing sequence', '## Ziel ##\n'],
    ['a heading with trailing spaces', '## Ziel  \n'],
    ['an empty item', '## A\n-\n'],
    ['an empty item with a plus', '## A\n\n+\n'],
    ['an empty ordered item', '## A\n\n1.\n'],
    ['a plus bullet', '+ a\n'],
    ['an ordered item with a parenthesis', '1) a\n'],
    ['a tab', '-\ta\n'],
    ['CRLF line endings', '## A\r\n\r\nb\r\n'],
  ])('declines %s', (_name, markdown) => {
    expect(plainBody(markdown, 0)).toBeUndefined();
  });

  it.each(specExamples.map((example) => [example.number, example.section, example.markdown] as const))(
    'agrees on CommonMark example %i (%s)',
    (_number, _section, markdown) => {
      agreed(markdown);
    },
  );

  it('agrees on the real toolbox and the fixtures, and reads nearly all of the toolbox', () => {
    const corpus = markdownCorpus();
    const toolbox = corpus.filter((file) => file.inToolbox);
    for (const { text, bodyStart } of corpus) agreed(text, bodyStart);
    expect(toolbox.length).toBeGreaterThan(60);
    expect(toolbox.filter(({ text, bodyStart }) => plainBody(text, bodyStart)).length / toolbox.length).toBeGreaterThan(0.9);
  });

  it('agrees on generated documents mixing lines inside and outside the subset', () => {
    // Lines chosen to meet every branch: items, nesting, lazy lines, interruptions, links next to near-links;
    // most documents are made of lines inside the subset, a few get one from outside it.
    const inside = [
      '', '', '## Ziel', '# Über uns', '### Schritt 1', '## Ziel', 'Text mit [Link](a.md#ziel) am Ende.', 'Fließtext **fett** und _kursiv_.',
      '- Punkt', '- [Instrument](../instrumente/x.md), erklärt', '1. eins', '2. zwei', '10. zehn', '   - unter', '  - unter', '   Fortsetzung',
      '  Fortsetzung', '    vier', 'faul weiter', '![Bild](b.png) Text', '- **Ziel:** Text', '2026 begann es.', '1.5 Tage', '*Hinweis* am Anfang',
      '-- zwei', '  2. unter', '   1. tief', '     - sehr tief', '  ', 'Ende!', '## Wer? Was! (kurz)', '> Zitat', '> „Zitat“ mit [Link](z.md)', '  > eingerückt',
    ];
    const outside = [
      '---', '***', '===', '-', '+', '1.', '+ plus', '* stern', '    Code', '> > tief', '>', '>ohne', '> - Punkt', '```', '[a]: b.md', '[kurz]', 'a](b)', '[a](b c)',
      '#hashtag', '####### sieben', '## Ziel ##', '- - -', '1) klammer', '## [Link](l.md)', 'Text\tTab', '## A &amp; B', '  ## Unter', '   ## Unter', '   ---',
    ];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let read = 0;
    const pick = (from: string[]) => from[Math.floor(random() * from.length)]!;
    for (let doc = 0; doc < 20_000; doc++) {
      const count = 1 + Math.floor(random() * 12);
      const markdown = Array.from({ length: count }, () => pick(random() < 0.03 ? outside : inside)).join('\n') + (random() < 0.5 ? '\n' : '');
      if (agreed(markdown)) read++;
    }
    // Enough documents fall inside the subset for the comparison to mean something.
    expect(read).toBeGreaterThan(3_000);
  });

  it('agrees on random strings of Markdown punctuation', () => {
    const pieces = ['#', '## ', '-', '- ', '*', '+', '1', '1. ', '2. ', '.', ')', '(', '[', ']', '](', '!', '_', '=', ' ', '   ', '\n', '\n\n', 'a', 'ä', 'x.md', '\u00a0', '>', '> ', '\n> '];
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let read = 0;
    let quotes = 0;
    for (let doc = 0; doc < 30_000; doc++) {
      const length = 1 + Math.floor(random() * 30);
      let markdown = '';
      for (let piece = 0; piece < length; piece++) markdown += pieces[Math.floor(random() * pieces.length)];
      if (agreed(markdown)) {
        read++;
        if (/^> /m.test(markdown)) quotes++;
      }
    }
    expect(read).toBeGreaterThan(3_000);
    // Block quotes the line reading answers for are among them, compared like the rest.
    expect(quotes).toBeGreaterThan(300);
  });
});
