// What a reference, a link or an id points at — shared by hover, definition, references and rename.
import { describe, expect, it } from 'vitest';
import { caseDocument, eckpunkt, instrument } from '../testing/fixtures';
import { ECK, fixtureText, fixtureToolbox, SP, TS } from '../testing/fixtureToolbox';
import { uri, workspace } from '../testing/memoryWorkspace';
import { positionOf, range } from '../testing/positions';
import { LineIndex } from '../text/lineIndex';
import { idRange, linkTarget, referenceTarget, symbolAt } from './targets';

const TS_TEXT = fixtureText(TS);
const { service } = workspace(fixtureToolbox());
const offsetOf = (text: string, needle: string, shift = 0, after?: string) => new LineIndex(text).offsetAt(positionOf(text, needle, shift, after));

describe('referenceTarget', () => {
  it('a document id: the id value in the target document', () => {
    const target = referenceTarget({ target: 'servicepoint', targetKind: 'instrument' }, service.index);
    expect([target?.document.uri, target?.range]).toEqual([uri(SP), range(2, 4, 2, 16)]);
  });

  it('a criterion: its definition in the Eckpunkt', () => {
    const target = referenceTarget({ target: 'bo-erstkontakt', targetKind: 'criterion' }, service.index);
    expect([target?.document.uri, target?.range]).toEqual([uri(ECK), range(10, 8, 10, 22)]);
  });

  it('nothing for an unknown id, and a criterion is never found among document ids (nor the other way round)', () => {
    expect(referenceTarget({ target: 'gibt-es-nicht', targetKind: 'instrument' }, service.index)).toBeUndefined();
    expect(referenceTarget({ target: 'servicepoint', targetKind: 'criterion' }, service.index)).toBeUndefined();
    expect(referenceTarget({ target: 'bo-erstkontakt', targetKind: 'instrument' }, service.index)).toBeUndefined();
  });

  it('prefers the document of the declared kind when two documents share an id', () => {
    const ws = workspace({
      'eckpunkte/binnenorganisation.md': eckpunkt(),
      'praxis/terminsystem.md': caseDocument('terminsystem'),
      'instrumente/terminsystem.md': instrument(),
    });
    expect(referenceTarget({ target: 'terminsystem', targetKind: 'instrument' }, ws.service.index)?.document.uri).toBe(uri('instrumente/terminsystem.md'));
    expect(referenceTarget({ target: 'terminsystem', targetKind: 'case' }, ws.service.index)?.document.uri).toBe(uri('praxis/terminsystem.md'));
  });

  it('falls back to a document of another kind, so that hover and definition still lead somewhere', () => {
    const target = referenceTarget({ target: 'binnenorganisation', targetKind: 'instrument' }, service.index);
    expect(target?.document.uri).toBe(uri(ECK));
  });
});

describe('idRange', () => {
  it('the id value, or the start of the document when there is none', () => {
    expect(idRange(service.document(uri(TS))!)).toEqual(range(2, 4, 2, 16));
    const ws = workspace({ 'seiten/ohne.md': '---\nkind: page\ntitle: Ohne\n---\n' });
    expect(idRange(ws.service.document(uri('seiten/ohne.md'))!)).toEqual(range(0, 0, 0, 0));
  });
});

describe('linkTarget', () => {
  const linkIn = (text: string, needle: string) => {
    const ws = workspace({ ...fixtureToolbox(), [TS]: text });
    const document = ws.service.document(uri(TS))!;
    const link = document.body.links.find((l) => l.url === needle)!;
    expect(link, needle).toBeDefined();
    return linkTarget(document, link, ws.service.index);
  };
  const withLink = (url: string) => TS_TEXT.replace('servicepoint.md#ziel', url);

  it('a link with an anchor: the heading in the target document', () => {
    const target = linkIn(TS_TEXT, 'servicepoint.md#ziel');
    expect([target?.document.uri, target?.range, target?.heading?.text]).toEqual([uri(SP), range(18, 0, 18, 7), 'Ziel']);
  });

  it('a percent-encoded anchor is decoded before it is matched against the headings', () => {
    const text = withLink('#%C3%BCberblick').replace('## Stolpersteine', '## Überblick');
    const target = linkIn(text, '#%C3%BCberblick');
    expect([target?.document.uri, target?.heading?.slug]).toEqual([uri(TS), 'überblick']);
  });

  it('a malformed or unknown anchor leads to the start of the target document', () => {
    const target = linkIn(withLink('servicepoint.md#%E0%A4%A'), 'servicepoint.md#%E0%A4%A');
    expect([target?.document.uri, target?.range, target?.heading]).toEqual([uri(SP), range(0, 0, 0, 0), undefined]);
    expect(linkIn(withLink('servicepoint.md#gibt-es-nicht'), 'servicepoint.md#gibt-es-nicht')?.range).toEqual(range(0, 0, 0, 0));
  });

  it('nothing for a file that is no document, nor for a web address', () => {
    expect(linkIn(withLink('gibt-es-nicht.md'), 'gibt-es-nicht.md')).toBeUndefined();
    expect(linkIn(withLink('https://example.org/servicepoint.md'), 'https://example.org/servicepoint.md')).toBeUndefined();
  });
});

describe('symbolAt', () => {
  const document = () => service.document(uri(TS))!;

  it('a reference: the id it names, with its kind and span', () => {
    const start = offsetOf(TS_TEXT, 'servicepoint', 0, 'related:');
    expect(symbolAt(document(), start + 3)).toEqual({ id: 'servicepoint', kind: 'instrument', start, end: start + 12 });
    expect(symbolAt(document(), offsetOf(TS_TEXT, 'bo-ablaeufe', 2))).toMatchObject({ id: 'bo-ablaeufe', kind: 'criterion' });
  });

  it('the document\'s own id, and a criterion definition', () => {
    const start = offsetOf(TS_TEXT, 'terminsystem');
    expect(symbolAt(document(), start)).toEqual({ id: 'terminsystem', kind: 'instrument', start, end: start + 12 });
    const eck = fixtureText(ECK);
    expect(symbolAt(service.document(uri(ECK))!, offsetOf(eck, 'bo-ablaeufe', 2))).toMatchObject({ id: 'bo-ablaeufe', kind: 'criterion' });
  });

  it('nothing on a key, in the body, or on an id of a document without a kind', () => {
    expect(symbolAt(document(), offsetOf(TS_TEXT, 'effort', 2))).toBeUndefined();
    expect(symbolAt(document(), offsetOf(TS_TEXT, 'Lange', 2))).toBeUndefined();
    const text = '---\nid: ohne-art\ntitle: Ohne Art\n---\n';
    const ws = workspace({ 'seiten/ohne-art.md': text });
    expect(symbolAt(ws.service.document(uri('seiten/ohne-art.md'))!, offsetOf(text, 'ohne-art', 2))).toBeUndefined();
  });
});
