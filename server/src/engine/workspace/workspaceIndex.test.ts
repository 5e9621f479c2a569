import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../languageService';
import { Codes } from '../rules/codes';
import { caseDocument, eckpunkt, instrument, instrumentBody, plan } from '../testing/fixtures';
import { at, ROOT, span, uri, workspace, type TestWorkspace } from '../testing/memoryWorkspace';
import { Utils, URI } from 'vscode-uri';
import { xorshift } from '../testing/random';
import { fileStem } from './workspaceIndex';

const E = 'eckpunkte/binnenorganisation.md';
const T = 'instrumente/terminsystem.md';
const S = 'instrumente/servicepoint.md';
const L = 'instrumente/lotsen.md';
const W = 'instrumente/willkommen.md';
const U = 'instrumente/unbeteiligt.md';
const C = 'praxis/weimar-servicepoint.md';
const P = 'plaene/plan-test.md';

/**
 * terminsystem is required by servicepoint (which lotsen requires in turn), referred to by the case,
 * and linked to by willkommen; unbeteiligt has nothing to do with it. All instruments address the
 * criteria of the one Eckpunkt.
 */
function files(): Record<string, string> {
  return {
    [E]: eckpunkt(),
    [T]: instrument(),
    [S]: instrument({ id: 'servicepoint', requires: ['terminsystem'] }),
    [L]: instrument({ id: 'lotsen', requires: ['servicepoint'] }),
    [W]: instrument({ id: 'willkommen', body: instrumentBody.replace('Weimar.', 'Siehe [Termine](terminsystem.md#ziel).') }),
    [U]: instrument({ id: 'unbeteiligt' }),
    [C]: caseDocument('weimar-servicepoint', ['terminsystem']),
  };
}

function remove(ws: TestWorkspace, path: string): string[] {
  ws.files.delete(uri(path));
  return ws.service.remove(uri(path)).map((u) => u.slice(ROOT.length + 1));
}

describe('workspace index', () => {
  it('starts from a workspace without findings', () => {
    const ws = workspace(files());
    for (const path of Object.keys(files())) expect(ws.diagnostics(path), path).toEqual([]);
  });

  describe('edit', () => {
    it('returns the document itself first, then exactly the documents that depend on it', () => {
      const ws = workspace(files());
      const affected = ws.edit(T, files()[T]!.replace('Lange Schlangen.', 'Sehr lange Schlangen.'));
      expect(affected[0]).toBe(T);
      // servicepoint requires it and lotsen transitively, the case refers to it, willkommen links to it,
      // and the Eckpunkt defines the criteria it addresses (their coverage may change).
      expect(affected.slice(1).sort()).toEqual([E, L, S, W, C].sort());
      expect(affected).not.toContain(U);
    });

    it('returns only the Eckpunkt of its criteria for an instrument nobody depends on', () => {
      const ws = workspace(files());
      expect(ws.edit(U, files()[U]!.replace('Lange Schlangen.', 'Sehr lange Schlangen.'))).toEqual([U, E]);
    });

    it('returns every plan when an Eckpunkt changes', () => {
      const ws = workspace({ ...files(), [P]: plan('') });
      expect(ws.edit(E, eckpunkt()).slice(1)).toContain(P);
    });

    it('returns the referrers of the old id when an id is renamed; they follow the file name, the id’s drift is the one finding', () => {
      const ws = workspace(files());
      const renamed = files()[T]!.replace('id: terminsystem', 'id: terminplanung');
      const affected = ws.edit(T, renamed);
      expect(affected).toEqual(expect.arrayContaining([S, C, L]));
      expect(ws.diagnostics(C)).toEqual([]);
      expect(ws.diagnostics(S)).toEqual([]);
      expect(ws.diagnostics(T).map(at)).toEqual([span(Codes.idFileName, renamed, 'terminplanung')]);
    });

    it('makes the referrers dangle once the file of the old id is gone too', () => {
      const ws = workspace(files());
      ws.edit(T, files()[T]!.replace('id: terminsystem', 'id: terminplanung'));
      ws.edit('instrumente/terminplanung.md', files()[T]!.replace('id: terminsystem', 'id: terminplanung'));
      expect(ws.service.remove(uri(T))).toEqual(expect.arrayContaining([uri(C), uri(S)]));
      expect(ws.diagnostics(C, Codes.refUnresolved).map(at)).toEqual([span(Codes.refUnresolved, files()[C]!, 'terminsystem')]);
      expect(ws.diagnostics(S, Codes.refUnresolved).map(at)).toEqual([span(Codes.refUnresolved, files()[S]!, 'terminsystem', 'requires:')]);
    });

    it('returns a referrer when an edit fixes the reference, and re-checking it clears the finding', () => {
      const broken: Record<string, string> = { ...files(), [T]: files()[T]!.replace('id: terminsystem', 'id: terminsytem') };
      const ws = workspace(broken);
      expect(ws.diagnostics(T).map(at)).toEqual([span(Codes.idFileName, broken[T]!, 'terminsytem')]);

      const affected = ws.edit(T, files()[T]!);
      expect(affected).toContain(C);
      expect(affected).toContain(S);
      for (const path of affected) expect(ws.diagnostics(path), path).toEqual([]);
    });

    it('returns the linking document when a heading changes, and re-checking it finds the broken anchor', () => {
      const ws = workspace(files());
      const affected = ws.edit(T, files()[T]!.replace('## Ziel', '## Zielsetzung'));
      expect(affected).toContain(W);
      expect(ws.diagnostics(W, Codes.linkAnchorMissing).map(at)).toEqual([span(Codes.linkAnchorMissing, files()[W]!, '#ziel')]);
    });

    it('returns the other members of a cycle when one of them breaks it', () => {
      const cycle = { ...files(), [T]: instrument({ requires: ['lotsen'] }) };
      const ws = workspace(cycle);
      for (const path of [T, S, L]) expect(ws.diagnostics(path, Codes.requiresCycle), path).toHaveLength(1);

      const affected = ws.edit(T, files()[T]!);
      expect(affected).toEqual(expect.arrayContaining([T, S, L]));
      for (const path of [T, S, L]) expect(ws.diagnostics(path, Codes.requiresCycle), path).toEqual([]);
    });

    it('suggests from the ids as they are after each edit (the id lists are kept between changes only)', () => {
      const typo = caseDocument('weimar-servicepoint', ['terminsytem']);
      const ws = workspace({ ...files(), [C]: typo });
      const suggestions = () => ws.diagnostics(C, Codes.refUnresolved).map((d) => d.data?.suggestions);
      expect(suggestions()).toEqual([['terminsystem']]);
      ws.edit(T, instrument({ id: 'terminplaner' }));
      ws.edit(C, typo);
      expect(suggestions()).toEqual([[]]);
      ws.edit(U, instrument({ id: 'terminsysteme' }));
      ws.edit(C, typo);
      expect(suggestions()).toEqual([['terminsysteme']]);
    });

    it('returns the other holder of a duplicate id when the duplicate goes away', () => {
      const ws = workspace({ ...files(), 'praxis/terminsystem.md': caseDocument('terminsystem') });
      expect(ws.diagnostics(T, Codes.idDuplicate)).toHaveLength(1);
      const affected = ws.edit('praxis/terminsystem.md', caseDocument('terminsystem-praxis'));
      expect(affected).toContain(T);
      expect(ws.diagnostics(T, Codes.idDuplicate)).toEqual([]);
    });
  });

  describe('delete', () => {
    it('makes references to a deleted document dangle and returns their documents', () => {
      const ws = workspace(files());
      const affected = remove(ws, T);
      expect(affected[0]).toBe(T);
      expect(affected.slice(1).sort()).toEqual([E, L, S, W, C].sort());
      expect(ws.diagnostics(C, Codes.refUnresolved).map(at)).toEqual([span(Codes.refUnresolved, files()[C]!, 'terminsystem')]);
      expect(ws.diagnostics(S, Codes.refUnresolved).map(at)).toEqual([span(Codes.refUnresolved, files()[S]!, 'terminsystem', 'requires:')]);
      expect(ws.diagnostics(W, Codes.linkTargetMissing).map(at)).toEqual([span(Codes.linkTargetMissing, files()[W]!, 'terminsystem.md#ziel')]);
      expect(ws.diagnostics(T)).toEqual([]);
      expect(ws.service.uris()).not.toContain(uri(T));
    });

    it('makes a criterion unaddressed when the only instrument addressing it is deleted', () => {
      const ws = workspace({ [E]: eckpunkt(), [T]: instrument() });
      expect(ws.diagnostics(E, Codes.criterionUnaddressed)).toEqual([]);
      expect(remove(ws, T)).toEqual([T, E]);
      expect(ws.diagnostics(E, Codes.criterionUnaddressed)).toHaveLength(3);
    });
  });

  describe('loading', () => {
    it('adopts documents checked elsewhere without asking for dependents, and the index is the same as after edits', () => {
      const loaded = workspace({});
      const edited = workspace({});
      for (const [path, text] of Object.entries(files())) {
        const { document, local } = analyzeDocument(uri(path), text);
        expect(loaded.service.adopt(document, local, { loading: true })).toEqual([uri(path)]);
        edited.edit(path, text);
      }
      // Adopted in an order where a referrer (the case) comes last: a normal adopt would name it among the dependents.
      for (const path of [E, T, S, L, W, U, C]) {
        expect(loaded.diagnostics(path).map(at), path).toEqual(edited.diagnostics(path).map(at));
      }
      // Loaded documents take part in later changes as usual.
      expect(loaded.edit(T, files()[T]!.replace('id: terminsystem', 'id: terminplanung')).slice(1).sort()).toEqual([C, E, L, S, W].sort());
      expect(loaded.diagnostics(T, Codes.idFileName)).toHaveLength(1);
    });

    it('replaces a document loaded twice and answers with the version it replaced', () => {
      const ws = workspace(files());
      const first = ws.service.document(uri(T))!;
      const { document } = analyzeDocument(uri(T), files()[T]!.replace('id: terminsystem', 'id: terminplanung'));
      expect(ws.service.index.load(document)).toBe(first);
      expect(ws.service.index.byId('terminsystem')).toBeUndefined();
      expect(ws.service.index.byId('terminplanung')?.uri).toBe(uri(T));
    });
  });
});

describe('fileStem', () => {
  it.each([
    ['file:///t/instrumente/a.md', 'a'],
    ['file:///t/A.MD', 'A'],
    ['file:///t/%C3%A4rger.md', 'ärger'],
    ['file:///t/x%23y.md', 'x#y'],
    ['git:/t/a.md?%7B%22ref%22%7D', 'a'],
    ['file:///t/a.md#frag', 'a'],
    ['file://host/share/b.md', 'b'],
    ['file:///t/a.md.md', 'a.md'],
    ['untitled:Untitled-1', 'Untitled-1'],
    ['x:/a?b/c.md', 'a'],
    ['file://host', ''],
    ['file://host/', ''],
  ])('of %s is „%s“, decoded and without a query or fragment', (input, stem) => {
    expect(fileStem(input)).toBe(stem);
  });

  it('is what vscode-uri reads as the name, for 20,000 random URIs', () => {
    const random = xorshift(20261207);
    const pieces = ['file:', 'git:', 'x:', '//', '/', 'host', 'a', 'B', '.md', '.MD', '%C3%A4', '%2F', '%', '?', '#', '?q', '#f', ' ', 'ä', ':', '.', '..'];
    for (let i = 0; i < 20000; i++) {
      const uri = Array.from({ length: 1 + random(8) }, () => pieces[random(pieces.length)]!).join('');
      let expected: string;
      try {
        expected = Utils.basename(URI.parse(uri)).replace(/\.md$/i, '');
      } catch {
        continue;
      }
      expect({ uri, stem: fileStem(uri) }).toEqual({ uri, stem: expected });
    }
  });
});
