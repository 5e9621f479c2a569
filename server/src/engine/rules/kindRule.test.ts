import { describe, expect, it } from 'vitest';
import { eckpunkt, instrument } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

const E = eckpunkt('e', ['e-a', 'e-b', 'e-c']);
const KINDS = '„eckpunkt“, „instrument“, „case“, „site“, „plan“, „page“, „frage“, „angebot“';

describe('kind rule', () => {
  it('accepts every known kind', () => {
    const ws = workspace({ 'e.md': E, 'terminsystem.md': instrument() });
    expect(ws.diagnostics('e.md').filter((d) => d.code.startsWith('WK3'))).toEqual([]);
    expect(ws.diagnostics('terminsystem.md').filter((d) => d.code.startsWith('WK3'))).toEqual([]);
  });

  it('reports a missing kind on the opening fence, listing the kinds', () => {
    const ws = workspace({ 'e.md': E.replace('kind: eckpunkt\n', '') });
    const findings = ws.diagnostics('e.md', Codes.kindMissing);
    expect(findings.map(at)).toEqual([`${Codes.kindMissing} 0:0-0:3`]);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toBe(`Das Feld „kind“ fehlt. Es bestimmt die Dokumentart: ${KINDS}.`);
    expect(ws.diagnostics('e.md', Codes.kindUnknown)).toEqual([]);
  });

  it('reports a missing kind after a byte order mark on the fence, not on the mark', () => {
    const ws = workspace({ 'e.md': `\uFEFF${E.replace('kind: eckpunkt\n', '')}` });
    expect(ws.diagnostics('e.md', Codes.kindMissing).map(at)).toEqual([`${Codes.kindMissing} 0:1-0:4`]);
  });

  it('reports an empty kind as missing, on the key', () => {
    const text = '---\nkind:\nid: x\ntitle: Ein Titel\n---\n';
    const ws = workspace({ 'x.md': text });
    expect(ws.diagnostics('x.md', Codes.kindMissing).map(at)).toEqual([span(Codes.kindMissing, text, 'kind')]);
    expect(ws.diagnostics('x.md', Codes.kindUnknown)).toEqual([]);
  });

  it('reports an unknown kind on its value with a did-you-mean', () => {
    const text = E.replace('kind: eckpunkt', 'kind: instrumnt');
    const findings = workspace({ 'e.md': text }).diagnostics('e.md', Codes.kindUnknown);
    expect(findings.map(at)).toEqual([span(Codes.kindUnknown, text, 'instrumnt')]);
    expect(findings[0]!.message).toBe(`Unbekannte Dokumentart „instrumnt“. Erlaubt sind ${KINDS}. Meinten Sie „instrument“?`);
    expect(findings[0]!.data?.suggestions).toEqual(['instrument']);
  });

  it('suggests the lower-case kind for a capitalised one', () => {
    const text = E.replace('kind: eckpunkt', 'kind: Eckpunkt');
    const findings = workspace({ 'e.md': text }).diagnostics('e.md', Codes.kindUnknown);
    expect(findings.map(at)).toEqual([span(Codes.kindUnknown, text, 'Eckpunkt', 'kind:')]);
    expect(findings[0]!.message).toContain('Meinten Sie „eckpunkt“?');
  });

  it('offers no suggestion for a kind that resembles none', () => {
    const text = E.replace('kind: eckpunkt', 'kind: rezept');
    const findings = workspace({ 'e.md': text }).diagnostics('e.md', Codes.kindUnknown);
    expect(findings.map(at)).toEqual([span(Codes.kindUnknown, text, 'rezept')]);
    expect(findings[0]!.message).not.toContain('Meinten Sie');
    expect(findings[0]!.data?.suggestions).toEqual([]);
  });

  it('does not validate a document of unknown kind against any schema', () => {
    const ws = workspace({ 'e.md': E.replace('kind: eckpunkt', 'kind: instrumnt') });
    expect(ws.diagnostics('e.md').filter((d) => d.code.startsWith('WK4'))).toEqual([]);
  });

  it('leaves a frontmatter that is not a mapping to the YAML rule', () => {
    const ws = workspace({ 'e.md': '---\n- kind: eckpunkt\n---\n' });
    expect(ws.diagnostics('e.md').filter((d) => d.code.startsWith('WK3'))).toEqual([]);
  });
});
