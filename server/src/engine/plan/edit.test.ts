import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { assessment, toolbox } from '../testing/planToolbox';
import { buildPlan } from './builder';
import { planDocumentText } from './document';
import { addMeasure } from './edit';
import { instrumentsOf } from './model';

describe('addMeasure: only the new measure is added, byte for byte around it', () => {
  const ws = toolbox();
  const { plan } = buildPlan({ agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' }, assessed: '2026-11-20', assessment, start: '2027-01', capacity: 2, limit: 1 }, ws.service.index);
  const missing = [...instrumentsOf(ws.service.index).keys()].find((id) => !plan.measures.some((m) => m.instrument === id))!;
  const edited = planDocumentText(plan)
    .replace(/^assessment:\n/m, 'assessment: # Stand und Relevanz\n')
    .replace(/^ {2}k-a: \{ status: (\d), relevance: (\d) \}$/m, '  k-a:\n    status: $1\n    relevance: $2')
    .replace(/^title: (.*)$/m, 'title: "$1"');

  for (const eol of ['\n', '\r\n']) {
    it(`keeps every other line as it was (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const before = edited.replace(/\n/g, eol);
      const after = addMeasure(before, missing, ws.service.index);
      expect(after.replace(/\r\n/g, '').includes('\n')).toBe(eol === '\n');
      const parts = diffArrays(before.split(eol), after.split(eol));
      expect(parts.filter((p) => p.removed)).toEqual([]);
      const added = parts.filter((p) => p.added).flatMap((p) => p.value);
      expect(added[0]).toBe(`  - instrument: ${missing}`);
      expect(added).toContain('    origin: manuell');
      expect(added.every((line) => line.startsWith('    ') || line.startsWith('  - '))).toBe(true);
    });
  }
});
