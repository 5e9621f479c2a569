// Document links, folding ranges and inlay hints against the in-memory fixture toolbox.
import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver-types';
import { CASE, ECK, fixtureText, fixtureToolbox, PLAN, SP, TS } from '../testing/fixtureToolbox';
import { uri, workspace } from '../testing/memoryWorkspace';
import { range } from '../testing/positions';

const TS_TEXT = fixtureText(TS);
const CRITERIA = {
  'bo-wartezeiten': 'Wartezeiten sind kurz und planbar; Termine sind leicht zu bekommen.',
  'bo-erstkontakt': 'Eine zentrale Anlaufstelle nimmt Anliegen entgegen und leitet weiter.',
  'bo-ablaeufe': 'Die Sachbearbeitung arbeitet ohne ständige Unterbrechungen.',
};
const shared = workspace(fixtureToolbox());
const withText = (path: string, text: string) => workspace({ ...fixtureToolbox(), [path]: text });

describe('document links', () => {
  it('body links (anchors to their heading line) and frontmatter references', () => {
    expect(shared.service.documentLinks(uri(TS))).toEqual([
      { range: range(44, 15, 44, 47), target: uri(CASE), tooltip: 'Weimar: Termine am Servicepoint' },
      { range: range(44, 72, 44, 92), target: `${uri(SP)}#L19`, tooltip: 'Servicepoint' },
      { range: range(4, 10, 4, 28), target: `${uri(ECK)}#L3`, tooltip: 'Binnenorganisation' },
      { range: range(7, 4, 7, 18), target: `${uri(ECK)}#L8`, tooltip: 'Binnenorganisation' },
      { range: range(8, 4, 8, 15), target: `${uri(ECK)}#L14`, tooltip: 'Binnenorganisation' },
      { range: range(14, 4, 14, 16), target: `${uri(SP)}#L3`, tooltip: 'Servicepoint' },
      { range: range(16, 4, 16, 16), target: `${uri(SP)}#L3`, tooltip: 'Servicepoint' },
    ]);
  });

  it('criteria as the keys of a plan assessment, and the instruments of its measures', () => {
    expect(shared.service.documentLinks(uri(PLAN))).toEqual([
      { range: range(9, 2, 9, 16), target: `${uri(ECK)}#L8`, tooltip: 'Binnenorganisation' },
      { range: range(10, 2, 10, 16), target: `${uri(ECK)}#L11`, tooltip: 'Binnenorganisation' },
      { range: range(11, 2, 11, 13), target: `${uri(ECK)}#L14`, tooltip: 'Binnenorganisation' },
      { range: range(13, 16, 13, 28), target: `${uri(SP)}#L3`, tooltip: 'Servicepoint' },
      { range: range(18, 16, 18, 28), target: `${uri(TS)}#L3`, tooltip: 'Terminsystem' },
    ]);
  });

  it('a link to a heading of the document itself; a link whose anchor names no heading goes to the file', () => {
    const text = TS_TEXT.replace('servicepoint.md#ziel', '#stolpersteine').replace('../praxis/weimar-servicepoint.md', '../praxis/weimar-servicepoint.md#gibt-es-nicht');
    expect(withText(TS, text).service.documentLinks(uri(TS)).slice(0, 2)).toEqual([
      { range: range(44, 15, 44, 61), target: `${uri(CASE)}`, tooltip: 'Weimar: Termine am Servicepoint' },
      { range: range(44, 86, 44, 100), target: `${uri(TS)}#L39`, tooltip: 'Terminsystem' },
    ]);
  });

  it('a link to a missing file stays a link, without a tooltip; a web link and an unresolved id are none', () => {
    const text = TS_TEXT.replace('servicepoint.md#ziel', 'gibt-es-nicht.md').replace('../praxis/weimar-servicepoint.md', 'https://example.org/weimar').replace('  - servicepoint\nrelated', '  - servicepont\nrelated');
    const links = withText(TS, text).service.documentLinks(uri(TS));
    expect(links.slice(0, 1)).toEqual([{ range: range(44, 66, 44, 82), target: uri('instrumente/gibt-es-nicht.md'), tooltip: undefined }]);
    expect(links.map((l) => l.range.start.line)).toEqual([44, 4, 7, 8, 16]);
  });

  it('none in an empty or an unknown document', () => {
    expect(withText(TS, '').service.documentLinks(uri(TS))).toEqual([]);
    expect(shared.service.documentLinks(uri('instrumente/gibt-es-nicht.md'))).toEqual([]);
  });
});

describe('folding ranges', () => {
  it('the frontmatter and each section', () => {
    expect(shared.service.foldingRanges(uri(TS))).toEqual([
      { startLine: 0, endLine: 19, kind: 'region' },
      { startLine: 21, endLine: 23 },
      { startLine: 25, endLine: 27 },
      { startLine: 29, endLine: 32 },
      { startLine: 34, endLine: 36 },
      { startLine: 38, endLine: 40 },
      { startLine: 42, endLine: 44 },
    ]);
  });

  it('nested headings fold inside the section above them, without the blank lines before the next', () => {
    const text = '# A\n\nText\n\n## B\n\nMehr\n\n### C\n\nx\n\n## D\n\nEnde\n';
    expect(withText('seiten/ohne.md', text).service.foldingRanges(uri('seiten/ohne.md'))).toEqual([
      { startLine: 0, endLine: 14 },
      { startLine: 4, endLine: 10 },
      { startLine: 8, endLine: 10 },
      { startLine: 12, endLine: 14 },
    ]);
  });

  it('nothing for a heading without content below it, and none in an empty document', () => {
    const text = TS_TEXT.replace('\n\nKurze, planbare Wartezeiten.', '');
    expect(withText(TS, text).service.foldingRanges(uri(TS)).map((r) => r.startLine)).toEqual([0, 23, 27, 32, 36, 40]);
    expect(withText(TS, '').service.foldingRanges(uri(TS))).toEqual([]);
  });
});

describe('inlay hints', () => {
  const hint = (line: number, character: number, label: string): InlayHint => ({ position: { line, character }, label: ` ${label}`, kind: 1, paddingLeft: true });
  const lines = (from: number, to: number) => range(from, 0, to, 0);
  // Labels longer than 40 characters are cut to 39 and an ellipsis.
  const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

  it('after referenced ids: the title, or the criterion text (shortened)', () => {
    expect(short(CRITERIA['bo-ablaeufe'])).toBe('Die Sachbearbeitung arbeitet ohne ständ…');
    expect(shared.service.inlayHints(uri(TS), lines(0, 50))).toEqual([
      hint(4, 28, 'Binnenorganisation'),
      hint(7, 18, short(CRITERIA['bo-wartezeiten'])),
      hint(8, 15, short(CRITERIA['bo-ablaeufe'])),
      hint(14, 16, 'Servicepoint'),
      hint(16, 16, 'Servicepoint'),
    ]);
  });

  it('a title of 40 characters stays whole, one of 41 is cut', () => {
    const titled = (title: string) => withText(SP, fixtureText(SP).replace('title: Servicepoint', `title: "${title}"`)).service.inlayHints(uri(TS), lines(14, 14));
    expect(titled('Servicepoint: eine Anlaufstelle für alle')).toEqual([hint(14, 16, 'Servicepoint: eine Anlaufstelle für alle')]);
    expect(titled('Servicepoint: eine Anlaufstelle für alles')).toEqual([hint(14, 16, 'Servicepoint: eine Anlaufstelle für all…')]);
  });

  it('only in the requested lines, the first and the last included', () => {
    expect(shared.service.inlayHints(uri(TS), lines(13, 15))).toEqual([hint(14, 16, 'Servicepoint')]);
    expect(shared.service.inlayHints(uri(TS), lines(14, 16))).toEqual([hint(14, 16, 'Servicepoint'), hint(16, 16, 'Servicepoint')]);
  });

  it('after the criteria of a plan assessment and the instruments of its measures', () => {
    expect(shared.service.inlayHints(uri(PLAN), lines(0, 30))).toEqual([
      hint(9, 16, short(CRITERIA['bo-wartezeiten'])),
      hint(10, 16, short(CRITERIA['bo-erstkontakt'])),
      hint(11, 13, short(CRITERIA['bo-ablaeufe'])),
      hint(13, 28, 'Servicepoint'),
      hint(18, 28, 'Terminsystem'),
    ]);
  });

  it('none after an id that resolves to nothing, and none in the Eckpunkt that defines the criteria', () => {
    const text = TS_TEXT.replace('  - servicepoint\nrelated', '  - servicepont\nrelated');
    expect(withText(TS, text).service.inlayHints(uri(TS), lines(13, 15))).toEqual([]);
    expect(shared.service.inlayHints(uri(ECK), lines(0, 30))).toEqual([]);
  });
});
