import { describe, expect, it } from 'vitest';
import type { RelatedInformation } from '../diagnostic';
import { caseDocument, eckpunkt, instrument } from '../testing/fixtures';
import { at, span, uri, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

/** `path line:col-line:col` of a related location, for exact assertions. */
function where(related: RelatedInformation): string {
  const { start, end } = related.range;
  return `${related.uri.slice(uri('').length)} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** `path line:col-line:col` of `needle` in `text` (after `after`). */
function located(path: string, text: string, needle: string, after?: string): string {
  return `${path} ${span('', text, needle, after).trim()}`;
}

describe('id rule', () => {
  describe('unique ids', () => {
    it('accepts distinct ids', () => {
      const ws = workspace({ 'instrumente/terminsystem.md': instrument(), 'praxis/weimar-servicepoint.md': caseDocument() });
      expect(ws.diagnostics('instrumente/terminsystem.md', Codes.idDuplicate)).toEqual([]);
      expect(ws.diagnostics('praxis/weimar-servicepoint.md', Codes.idDuplicate)).toEqual([]);
    });

    it('reports a duplicate id in both files, each pointing at the other’s id value', () => {
      const first = instrument();
      const second = caseDocument('terminsystem');
      const ws = workspace({ 'instrumente/terminsystem.md': first, 'praxis/terminsystem.md': second });

      const [a, ...restA] = ws.diagnostics('instrumente/terminsystem.md', Codes.idDuplicate);
      const [b, ...restB] = ws.diagnostics('praxis/terminsystem.md', Codes.idDuplicate);
      expect(restA).toEqual([]);
      expect(restB).toEqual([]);
      expect(at(a!)).toBe(span(Codes.idDuplicate, first, 'terminsystem', 'id:'));
      expect(at(b!)).toBe(span(Codes.idDuplicate, second, 'terminsystem', 'id:'));
      expect(a!.severity).toBe('error');
      expect(a!.message).toBe('Die Kennung „terminsystem“ ist nicht eindeutig: Sie kommt noch in einem weiteren Dokument vor.');
      expect(a!.related!.map(where)).toEqual([located('praxis/terminsystem.md', second, 'terminsystem', 'id:')]);
      expect(b!.related!.map(where)).toEqual([located('instrumente/terminsystem.md', first, 'terminsystem', 'id:')]);
      expect(a!.related![0]!.message).toBe('Ebenfalls „terminsystem“');
    });

    it('counts and relates every other holder of the id', () => {
      const ws = workspace({
        'instrumente/terminsystem.md': instrument(),
        'praxis/terminsystem.md': caseDocument('terminsystem'),
        'standorte/terminsystem.md': caseDocument('terminsystem'),
      });
      const [finding] = ws.diagnostics('instrumente/terminsystem.md', Codes.idDuplicate);
      expect(finding!.message).toContain('in 2 weiteren Dokumenten');
      expect(finding!.related!.map((r) => r.uri).sort()).toEqual([uri('praxis/terminsystem.md'), uri('standorte/terminsystem.md')]);
    });
  });

  describe('id and file name', () => {
    it('accepts an id equal to the file name', () => {
      expect(workspace({ 'instrumente/terminsystem.md': instrument() }).diagnostics('instrumente/terminsystem.md', Codes.idFileName)).toEqual([]);
    });

    it('warns on the id value when the id differs from the file name', () => {
      const text = instrument();
      const findings = workspace({ 'instrumente/termin.md': text }).diagnostics('instrumente/termin.md', Codes.idFileName);
      expect(findings.map(at)).toEqual([span(Codes.idFileName, text, 'terminsystem', 'id:')]);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message).toBe('Die Kennung „terminsystem“ weicht vom Dateinamen „termin.md“ ab. Benennen Sie die Datei in „terminsystem.md“ um oder passen Sie die Kennung an.');
      expect(findings[0]!.data).toEqual({ suggestions: ['termin'], expectedFileName: 'terminsystem.md' });
    });

    it('does not compare an id that is not a text', () => {
      const text = instrument().replace('id: terminsystem', 'id: 42');
      expect(workspace({ 'instrumente/terminsystem.md': text }).diagnostics('instrumente/terminsystem.md', Codes.idFileName)).toEqual([]);
    });
  });

  describe('criterion ids', () => {
    it('accepts distinct criterion ids across Eckpunkte', () => {
      const ws = workspace({ 'eckpunkte/a.md': eckpunkt('a', ['x-1', 'x-2', 'x-3']), 'eckpunkte/b.md': eckpunkt('b', ['y-1', 'y-2', 'y-3']) });
      expect(ws.diagnostics('eckpunkte/a.md', Codes.criterionDuplicate)).toEqual([]);
      expect(ws.diagnostics('eckpunkte/b.md', Codes.criterionDuplicate)).toEqual([]);
    });

    it('reports a criterion id defined in two Eckpunkte in both, each relating the other', () => {
      const a = eckpunkt('a', ['x-1', 'x-2', 'x-3']);
      const b = eckpunkt('b', ['y-1', 'x-2', 'y-2']);
      const ws = workspace({ 'eckpunkte/a.md': a, 'eckpunkte/b.md': b });

      const inA = ws.diagnostics('eckpunkte/a.md', Codes.criterionDuplicate);
      const inB = ws.diagnostics('eckpunkte/b.md', Codes.criterionDuplicate);
      expect(inA.map(at)).toEqual([span(Codes.criterionDuplicate, a, 'x-2')]);
      expect(inB.map(at)).toEqual([span(Codes.criterionDuplicate, b, 'x-2')]);
      expect(inA[0]!.message).toBe('Die Kennung des Kriteriums „x-2“ ist nicht eindeutig.');
      expect(inA[0]!.related!.map(where)).toEqual([located('eckpunkte/b.md', b, 'x-2')]);
      expect(inB[0]!.related!.map(where)).toEqual([located('eckpunkte/a.md', a, 'x-2')]);
    });

    it('reports a criterion id repeated within one Eckpunkt at both places', () => {
      const a = eckpunkt('a', ['x-1', 'x-2', 'x-1']);
      const findings = workspace({ 'eckpunkte/a.md': a }).diagnostics('eckpunkte/a.md', Codes.criterionDuplicate);
      const firstAt = span(Codes.criterionDuplicate, a, 'x-1');
      const secondAt = span(Codes.criterionDuplicate, a, 'x-1', 'x-2');
      expect(findings.map(at)).toEqual([firstAt, secondAt]);
      expect(findings[0]!.related!.map(where)).toEqual([located('eckpunkte/a.md', a, 'x-1', 'x-2')]);
      expect(findings[1]!.related!.map(where)).toEqual([located('eckpunkte/a.md', a, 'x-1')]);
    });
  });
});
