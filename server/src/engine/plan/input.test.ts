import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_SCHEMAS, SchemaRegistry } from '../schema/registry';
import { readAssessmentFile } from './assessmentFile';
import { checkAssessed, checkId, checkMeasureUpdate, checkPlanInput, checkTitle, planSchemaParts } from './input';
import type { Criterion } from './model';

describe('planSchemaParts', () => {
  it('names every part of the plan schema the plan commands and the assessment file validate against (the build precompiles those)', () => {
    const schemas = new SchemaRegistry(BUILTIN_SCHEMAS);
    const validatorAt = vi.spyOn(schemas, 'validatorAt');
    const input = {
      agency: { name: 'Ausländerbehörde Test', bundesland: 'Hessen' },
      assessed: '2026-01-15',
      assessment: { 'sv-beratung': { status: 2, relevance: 3 } },
      start: '2026-03',
      capacity: 3,
      limit: 8,
      id: 'plan-test',
      title: 'Maßnahmenplan Test',
      edition: { status: 'entwurf', version: '0.1', date: '2026-01-20' },
    };
    expect(checkPlanInput(schemas, input).limit).toBe(8);
    expect(checkId(schemas, 'plan-test')).toBe('plan-test');
    expect(checkTitle(schemas, 'Maßnahmenplan Test')).toBe('Maßnahmenplan Test');
    expect(checkAssessed(schemas, '2026-01-15')).toBe('2026-01-15');
    const update = { date: '2026-05-04', status: 'laufend', note: 'Erste Termine vergeben.', milestone: 'Terminsystem eingeführt', value: 12 };
    expect(checkMeasureUpdate(schemas, update)).toEqual(update);
    const file = readAssessmentFile('sv-beratung: { status: 3, relevance: 1 }\n', [{ id: 'sv-beratung' }] as Criterion[], schemas);
    expect(file.problems).toEqual([]);

    const asked = new Set(validatorAt.mock.calls.map(([kind, path]) => `${kind}#${path}`));
    const named = planSchemaParts(schemas).map((path) => `plan#${path}`);
    expect(asked.size).toBe(named.length);
    expect([...asked].sort()).toEqual([...named].sort());
  });
});
