// At most 100 findings of one code per rule and document, and one finding that says how many more there are.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic';
import { eckpunkt, instrument, plan } from '../testing/fixtures';
import { workspace } from '../testing/memoryWorkspace';
import { limitFindings, MAX_FINDINGS_PER_CODE, omittedMessage, withinLimit } from './findingLimit';

const P = 'plaene/plan-test.md';

/** A plan of `count` measures, each with an owner of the wrong type and an unknown key. */
function brokenPlan(count: number): string {
  const measure = '  - instrument: terminsystem\n    owner: 5\n    start: 2026-06\n    due: 2026-12\n    status: geplant\n    farbe: blau\n';
  return plan(measure.repeat(count));
}

function findings(text: string): Diagnostic[] {
  const ws = workspace({ 'eckpunkte/binnenorganisation.md': eckpunkt('binnenorganisation'), 'instrumente/terminsystem.md': instrument(), [P]: text });
  return ws.diagnostics(P);
}

const lineOfNth = (text: string, needle: string, nth: number) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  return text.slice(0, at).split('\n').length - 1;
};

describe('the limit of findings per code', () => {
  it('keeps the first 100 of each code in order and puts one finding for the rest where the first left-out one stands', () => {
    const text = brokenPlan(150);
    const all = findings(text);
    for (const [code, needle] of [['WK401', 'owner: 5'], ['WK403', 'farbe: blau']] as const) {
      const ofCode = all.filter((d) => d.code === code);
      expect(ofCode).toHaveLength(MAX_FINDINGS_PER_CODE + 1);
      expect(ofCode.map((d) => d.range.start.line)).toEqual(Array.from({ length: 101 }, (_, i) => lineOfNth(text, needle, i)));
      const summary = ofCode.at(-1)!;
      expect(summary.severity).toBe('error');
      expect(summary.data).toEqual({ omitted: 50 });
      expect(summary.message).toBe(omittedMessage(code, 50));
    }
    expect(omittedMessage('WK403', 50)).toBe(
      'Hier und danach stehen 50 weitere Meldungen der Art „Unbekanntes Feld“, die nicht einzeln gezeigt werden ' +
        '(je Dokument höchstens 100 einer Art). Sind die gezeigten behoben, erscheinen die nächsten.',
    );
  });

  it('says nothing more at exactly 100, and speaks of one finding in the singular at 101', () => {
    expect(findings(brokenPlan(100)).filter((d) => d.code === 'WK403')).toHaveLength(100);
    expect(findings(brokenPlan(100)).some((d) => d.data?.omitted !== undefined)).toBe(false);
    const [summary] = findings(brokenPlan(101)).filter((d) => d.data?.omitted !== undefined && d.code === 'WK403');
    expect(summary!.message).toMatch(/^Hier und danach steht eine weitere Meldung der Art „Unbekanntes Feld“, die nicht einzeln gezeigt wird /);
  });

  it('counts a summary a rule made itself as what it stands for, not as one more finding', () => {
    const finding = (code: string, line: number, data?: Diagnostic['data']): Diagnostic => ({
      uri: 'file:///x.md', range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity: 'warning', code, message: `m${line}`, ...(data ? { data } : {}),
    });
    const own = [...Array.from({ length: 100 }, (_, i) => finding('WK801', i)), finding('WK801', 100, { omitted: 7 })];
    expect(limitFindings(own)).toBe(own);
    const many = [...Array.from({ length: 103 }, (_, i) => finding('WK801', i)), finding('WK902', 200)];
    const limited = limitFindings(many);
    expect(limited.map((d) => [d.code, d.range.start.line, d.data?.omitted])).toEqual([
      ...Array.from({ length: 100 }, (_, i) => ['WK801', i, undefined]),
      ['WK902', 200, undefined],
      ['WK801', 100, 3],
    ]);
    expect(limited.at(-1)!.severity).toBe('warning');
  });

  it('keeps items without a code whatever their number', () => {
    const { kept, omitted } = withinLimit(Array.from({ length: 400 }, (_, i) => i), (i) => (i % 3 === 0 ? 'A' : undefined));
    expect(kept).toHaveLength(266 + 100);
    expect(kept.filter((i) => i % 3 === 0).at(-1)).toBe(297);
    expect([...omitted]).toEqual([['A', { first: 300, count: 34 }]]);
  });
});
