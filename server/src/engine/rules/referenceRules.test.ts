import { describe, expect, it } from 'vitest';
import { caseDocument, eckpunkt, instrument, plan } from '../testing/fixtures';
import { at, span, workspace } from '../testing/memoryWorkspace';
import { Codes } from './codes';

const ECKPUNKT = { 'eckpunkte/binnenorganisation.md': eckpunkt() };

/** The findings of the reference rules (WK6xx): targets, requires cycles, related mutual. */
function referenceFindings(files: Record<string, string>, path: string) {
  return workspace(files).diagnostics(path).filter((d) => d.code.startsWith('WK6'));
}

describe('reference rules', () => {
  it('reports nothing when every reference resolves', () => {
    const files = {
      ...ECKPUNKT,
      'instrumente/terminsystem.md': instrument({ related: ['servicepoint'] }),
      'instrumente/servicepoint.md': instrument({ id: 'servicepoint', requires: ['terminsystem'], related: ['terminsystem'] }),
      'praxis/weimar-servicepoint.md': caseDocument('weimar-servicepoint', ['terminsystem', 'servicepoint']),
      'plaene/plan-test.md': plan('  - instrument: terminsystem\n    owner: Leitung\n    start: 2026-06\n    due: 2026-12\n    status: geplant\n'),
    };
    const ws = workspace(files);
    for (const path of Object.keys(files)) expect(ws.diagnostics(path).filter((d) => d.code.startsWith('WK6')), path).toEqual([]);
  });

  describe('unresolved references', () => {
    it('reports an unknown instrument on the value with a did-you-mean', () => {
      const text = caseDocument('weimar-servicepoint', ['terminsystm']);
      const findings = referenceFindings({ ...ECKPUNKT, 'instrumente/terminsystem.md': instrument(), 'praxis/weimar-servicepoint.md': text }, 'praxis/weimar-servicepoint.md');
      expect(findings.map(at)).toEqual([span(Codes.refUnresolved, text, 'terminsystm')]);
      expect(findings[0]!.severity).toBe('error');
      expect(findings[0]!.message).toBe('Verweis ins Leere: Es gibt kein Instrument mit der Kennung „terminsystm“. Meinten Sie „terminsystem“?');
      expect(findings[0]!.data?.suggestions).toEqual(['terminsystem']);
    });

    it('uses the masculine article for a missing Standort', () => {
      const text = caseDocument().replace('partners:', 'sites:\n  - weimar\npartners:');
      const findings = referenceFindings({ ...ECKPUNKT, 'instrumente/terminsystem.md': instrument(), 'praxis/weimar-servicepoint.md': text }, 'praxis/weimar-servicepoint.md');
      expect(findings.map(at)).toEqual([span(Codes.refUnresolved, text, 'weimar', 'sites:')]);
      expect(findings[0]!.message).toBe('Verweis ins Leere: Es gibt keinen Standort mit der Kennung „weimar“.');
    });

    it('reports a reference to a document of the wrong kind', () => {
      const text = caseDocument('weimar-servicepoint', ['binnenorganisation']);
      const findings = referenceFindings({ ...ECKPUNKT, 'praxis/weimar-servicepoint.md': text }, 'praxis/weimar-servicepoint.md');
      expect(findings.map(at)).toEqual([span(Codes.refWrongKind, text, 'binnenorganisation')]);
      expect(findings[0]!.message).toBe('„binnenorganisation“ ist ein Eckpunkt; hier wird ein Instrument erwartet.');
    });

    it('suggests an instrument of the right kind for a reference of the wrong kind', () => {
      const text = caseDocument('weimar-servicepoint', ['servicepoints']);
      const files = {
        ...ECKPUNKT,
        'instrumente/servicepoint.md': instrument({ id: 'servicepoint' }),
        'praxis/servicepoints.md': caseDocument('servicepoints', ['servicepoint']),
        'praxis/weimar-servicepoint.md': text,
      };
      const findings = referenceFindings(files, 'praxis/weimar-servicepoint.md');
      expect(findings.map(at)).toEqual([span(Codes.refWrongKind, text, 'servicepoints')]);
      expect(findings[0]!.message).toBe('„servicepoints“ ist ein Praxisbeispiel; hier wird ein Instrument erwartet. Meinten Sie „servicepoint“?');
    });

    it('reports an unknown criterion with a did-you-mean', () => {
      const text = instrument({ addresses: ['bo-wartezeiten', 'bo-wartezeit'] });
      const findings = referenceFindings({ ...ECKPUNKT, 'instrumente/terminsystem.md': text }, 'instrumente/terminsystem.md');
      expect(findings.map(at)).toEqual([span(Codes.refUnresolved, text, 'bo-wartezeit', '  - bo-wartezeit\n')]);
      expect(findings[0]!.message).toBe('Unbekanntes Kriterium „bo-wartezeit“: Kein Eckpunkt definiert ein Kriterium mit dieser Kennung. Meinten Sie „bo-wartezeiten“?');
    });

    it('reports an unknown criterion used as an assessment key on the key', () => {
      const text = plan('', '  bo-wartezeitn: { status: 2, relevance: 5 }\n');
      const findings = referenceFindings({ ...ECKPUNKT, 'plaene/plan-test.md': text }, 'plaene/plan-test.md');
      expect(findings.map(at)).toEqual([span(Codes.refUnresolved, text, 'bo-wartezeitn')]);
      expect(findings[0]!.message).toContain('Meinten Sie „bo-wartezeiten“?');
    });
  });

  describe('requires cycles', () => {
    const cycle = {
      ...ECKPUNKT,
      'instrumente/erstberatung.md': instrument({ id: 'erstberatung', requires: ['servicepoint'] }),
      'instrumente/servicepoint.md': instrument({ id: 'servicepoint', requires: ['terminsystem'] }),
      'instrumente/terminsystem.md': instrument({ id: 'terminsystem', requires: ['erstberatung'] }),
      'instrumente/lotsen.md': instrument({ id: 'lotsen', requires: ['erstberatung'] }),
    };

    it('reports a cycle of three at the requires entry in each of the three', () => {
      const ws = workspace(cycle);
      const expected: [string, string, string][] = [
        ['instrumente/erstberatung.md', 'servicepoint', 'erstberatung → servicepoint → terminsystem → erstberatung'],
        ['instrumente/servicepoint.md', 'terminsystem', 'servicepoint → terminsystem → erstberatung → servicepoint'],
        ['instrumente/terminsystem.md', 'erstberatung', 'terminsystem → erstberatung → servicepoint → terminsystem'],
      ];
      for (const [path, target, chain] of expected) {
        const findings = ws.diagnostics(path, Codes.requiresCycle);
        expect(findings.map(at), path).toEqual([span(Codes.requiresCycle, cycle[path as keyof typeof cycle], target, 'requires:')]);
        expect(findings[0]!.severity).toBe('error');
        expect(findings[0]!.message).toBe(`Zirkuläre Voraussetzung: ${chain}. Ein Instrument kann nicht (auch nicht über andere) Voraussetzung für sich selbst sein.`);
      }
    });

    it('does not report an instrument that only requires a member of the cycle', () => {
      expect(workspace(cycle).diagnostics('instrumente/lotsen.md', Codes.requiresCycle)).toEqual([]);
    });

    it('reports an instrument that requires itself', () => {
      const text = instrument({ requires: ['terminsystem'] });
      const findings = workspace({ ...ECKPUNKT, 'instrumente/terminsystem.md': text }).diagnostics('instrumente/terminsystem.md', Codes.requiresCycle);
      expect(findings.map(at)).toEqual([span(Codes.requiresCycle, text, 'terminsystem', 'requires:')]);
      expect(findings[0]!.message).toContain('terminsystem → terminsystem.');
    });

    it('accepts a chain without a cycle', () => {
      const ws = workspace({ ...cycle, 'instrumente/terminsystem.md': instrument({ id: 'terminsystem' }) });
      for (const path of Object.keys(cycle)) expect(ws.diagnostics(path, Codes.requiresCycle), path).toEqual([]);
    });
  });

  describe('related', () => {
    it('warns only on the side that lists a one-sided relation', () => {
      const a = instrument({ id: 'terminsystem', related: ['servicepoint'] });
      const ws = workspace({ ...ECKPUNKT, 'instrumente/terminsystem.md': a, 'instrumente/servicepoint.md': instrument({ id: 'servicepoint' }) });
      const findings = ws.diagnostics('instrumente/terminsystem.md', Codes.relatedNotMutual);
      expect(findings.map(at)).toEqual([span(Codes.relatedNotMutual, a, 'servicepoint', 'related:')]);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.message).toBe('„servicepoint“ ist als verwandt eingetragen, nennt „terminsystem“ aber nicht unter „related“. Verwandtschaft gilt in beide Richtungen.');
      expect(ws.diagnostics('instrumente/servicepoint.md', Codes.relatedNotMutual)).toEqual([]);
    });

    it('accepts a mutual relation', () => {
      const ws = workspace({
        ...ECKPUNKT,
        'instrumente/terminsystem.md': instrument({ id: 'terminsystem', related: ['servicepoint'] }),
        'instrumente/servicepoint.md': instrument({ id: 'servicepoint', related: ['terminsystem'] }),
      });
      expect(ws.diagnostics('instrumente/terminsystem.md', Codes.relatedNotMutual)).toEqual([]);
      expect(ws.diagnostics('instrumente/servicepoint.md', Codes.relatedNotMutual)).toEqual([]);
    });
  });
});
