// Document symbols (the Kopfbereich with its keys, the headings nested by level) and workspace symbols
// (every document by title and id) against the in-memory fixture toolbox.
import { describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { CASE, ECK, fixtureText, fixtureToolbox, PLAN, SP, TS } from '../testing/fixtureToolbox';
import { ROOT, uri, workspace } from '../testing/memoryWorkspace';
import { range } from '../testing/positions';

const TS_TEXT = fixtureText(TS);
const shared = workspace(fixtureToolbox());
const symbolsOf = (text: string, path = TS) => workspace({ ...fixtureToolbox(), [path]: text }).service.documentSymbols(uri(path));
const outline = (list: DocumentSymbol[]): unknown[] => list.map((s) => [s.name, s.kind, s.range, s.selectionRange, outline(s.children ?? [])]);

describe('document symbols', () => {
  it('the Kopfbereich with its keys, then the headings nested by level', () => {
    const text = TS_TEXT.replace('2. Zeitfenster festlegen.\n', '2. Zeitfenster festlegen.\n\n### Technik\n\nEin Buchungssystem.\n');
    const [head, ...headings] = symbolsOf(text);
    expect({ ...head!, children: undefined }).toEqual({ name: 'Kopfbereich', detail: 'Instrument', kind: SymbolKind.Namespace, range: range(0, 0, 20, 0), selectionRange: range(0, 0, 0, 3), children: undefined });
    expect(head!.children!.map((c) => [c.name, c.kind, c.range, c.selectionRange])).toEqual([
      ['kind', SymbolKind.Property, range(1, 0, 1, 16), range(1, 0, 1, 4)],
      ['id', SymbolKind.Property, range(2, 0, 2, 16), range(2, 0, 2, 2)],
      ['title', SymbolKind.Property, range(3, 0, 3, 19), range(3, 0, 3, 5)],
      ['eckpunkt', SymbolKind.Property, range(4, 0, 4, 28), range(4, 0, 4, 8)],
      ['summary', SymbolKind.Property, range(5, 0, 5, 102), range(5, 0, 5, 7)],
      ['addresses', SymbolKind.Property, range(6, 0, 9, 0), range(6, 0, 6, 9)],
      ['phase', SymbolKind.Property, range(9, 0, 11, 0), range(9, 0, 9, 5)],
      ['effort', SymbolKind.Property, range(11, 0, 11, 14), range(11, 0, 11, 6)],
      ['duration_weeks', SymbolKind.Property, range(12, 0, 12, 18), range(12, 0, 12, 14)],
      ['requires', SymbolKind.Property, range(13, 0, 15, 0), range(13, 0, 13, 8)],
      ['related', SymbolKind.Property, range(15, 0, 17, 0), range(15, 0, 15, 7)],
      ['sources', SymbolKind.Property, range(17, 0, 19, 0), range(17, 0, 17, 7)],
    ]);
    expect(outline(headings)).toEqual([
      ['Ziel', SymbolKind.Module, range(21, 0, 23, 28), range(21, 0, 21, 7), []],
      ['Ausgangslage', SymbolKind.Module, range(25, 0, 27, 26), range(25, 0, 25, 15), []],
      ['Umsetzungsschritte', SymbolKind.Module, range(29, 0, 36, 19), range(29, 0, 29, 21), [
        ['Technik', SymbolKind.String, range(34, 0, 36, 19), range(34, 0, 34, 11), []],
      ]],
      ['Erfolgsfaktoren', SymbolKind.Module, range(38, 0, 40, 21), range(38, 0, 38, 18), []],
      ['Stolpersteine', SymbolKind.Module, range(42, 0, 44, 36), range(42, 0, 42, 16), []],
      ['Beispiele aus der Praxis', SymbolKind.Module, range(46, 0, 48, 94), range(46, 0, 46, 27), []],
    ]);
  });

  it('names the kind of each document in the Kopfbereich', () => {
    const details = [ECK, SP, PLAN, CASE].map((p) => shared.service.documentSymbols(uri(p))[0]!.detail);
    expect(details).toEqual(['Eckpunkt', 'Instrument', 'Maßnahmenplan', 'Praxisbeispiel']);
  });

  it('a document without a frontmatter: only its headings, a level-1 heading holding the level-2 ones', () => {
    expect(outline(symbolsOf('# Titel\n\nText\n\n## Zwei\n', 'seiten/ohne.md'))).toEqual([
      ['Titel', SymbolKind.Module, range(0, 0, 4, 7), range(0, 0, 0, 7), [
        ['Zwei', SymbolKind.Module, range(4, 0, 4, 7), range(4, 0, 4, 7), []],
      ]],
    ]);
  });

  it('a heading without text is named "(ohne Titel)"', () => {
    expect(symbolsOf(TS_TEXT.replace('## Ziel', '##')).map((s) => s.name)).toEqual(['Kopfbereich', '(ohne Titel)', 'Ausgangslage', 'Umsetzungsschritte', 'Erfolgsfaktoren', 'Stolpersteine', 'Beispiele aus der Praxis']);
  });

  it('still lists the keys when the YAML is broken, and nothing for a frontmatter that is not closed', () => {
    const [head] = symbolsOf(TS_TEXT.replace('title: Terminsystem', 'title: [Terminsystem'));
    expect(head!.name).toBe('Kopfbereich');
    expect(head!.children!.map((c) => c.name)).toContain('effort');
    expect(symbolsOf('---\nkind: instrument\nid: neu\n')).toEqual([]);
  });

  it('an empty document or an unknown one: none', () => {
    expect(symbolsOf('')).toEqual([]);
    expect(shared.service.documentSymbols(uri('instrumente/gibt-es-nicht.md'))).toEqual([]);
  });
});

describe('workspace symbols', () => {
  const symbols = (query: string) =>
    shared.service.workspaceSymbols(query).map((s) => [s.name, s.kind, s.containerName, 'range' in s.location ? { path: s.location.uri.slice(ROOT.length + 1), range: s.location.range } : undefined]);

  it('by title and by id, case-insensitive, sorted by title, located on the id', () => {
    expect(symbols('termin')).toEqual([
      ['Terminsystem', SymbolKind.Class, 'Instrument · terminsystem', { path: TS, range: range(2, 4, 2, 16) }],
      ['Weimar: Termine am Servicepoint', SymbolKind.File, 'Praxisbeispiel · weimar-servicepoint', { path: CASE, range: range(2, 4, 2, 23) }],
    ]);
    expect(symbols('plan-beisp')).toEqual([['Maßnahmenplan Beispielstadt', SymbolKind.File, 'Maßnahmenplan · plan-beispiel', { path: PLAN, range: range(2, 4, 2, 17) }]]);
    expect(symbols('SERVICE').map((s) => s[0])).toEqual(['Servicepoint', 'Weimar: Termine am Servicepoint']);
    expect(symbols('maßnahmen').map((s) => s[0])).toEqual(['Maßnahmenplan Beispielstadt']);
  });

  it('every document for an empty query, Eckpunkte as packages and instruments as classes', () => {
    expect(symbols('').map((s) => [s[0], s[1]])).toEqual([
      ['Binnenorganisation', SymbolKind.Package],
      ['Maßnahmenplan Beispielstadt', SymbolKind.File],
      ['Servicepoint', SymbolKind.Class],
      ['Terminsystem', SymbolKind.Class],
      ['Weimar: Termine am Servicepoint', SymbolKind.File],
    ]);
  });

  it('nothing for a query that matches no title or id, and criteria are no workspace symbols', () => {
    expect(symbols('gibt-es-nicht')).toEqual([]);
    expect(symbols('bo-warte')).toEqual([]);
  });

  it('leaves out a document without an id', () => {
    const ws = workspace({ ...fixtureToolbox(), 'seiten/ohne.md': '---\nkind: page\ntitle: Ohne Kennung\n---\n' });
    expect(ws.service.workspaceSymbols('ohne')).toEqual([]);
  });
});
