// The plan commands read the part of the toolbox a plan rests on — its instruments, Eckpunkte and cases — and not
// the other plans, the questions, the offers or the pages.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanContext, loadToolbox } from '../server/src/cli/commands/planFiles';
import { KINDS, PLAN_CONTEXT_KINDS } from '../server/src/engine';
import planSchema from '../schemas/plan.schema.json';
import commonSchema from '../schemas/common.schema.json';

const TOOLBOX = join(__dirname, '..', 'toolbox');

describe('the toolbox as the plan commands read it', () => {
  it('holds every instrument, Eckpunkt and case, and nothing else', () => {
    const context = loadPlanContext(TOOLBOX);
    const whole = loadToolbox(TOOLBOX);
    for (const kind of PLAN_CONTEXT_KINDS) expect(context.index.ofKind(kind).map((d) => d.uri).sort(), kind).toEqual(whole.index.ofKind(kind).map((d) => d.uri).sort());
    const kinds = new Set([...context.index.all()].map((d) => d.kind));
    expect([...kinds].sort()).toEqual([...PLAN_CONTEXT_KINDS].sort());
    expect(whole.index.ofKind('frage').length).toBeGreaterThan(10);
    expect(Object.keys(KINDS).filter((kind) => !PLAN_CONTEXT_KINDS.includes(kind as never))).toEqual(['site', 'plan', 'page', 'frage', 'angebot']);
  });

  it('covers every kind a plan refers to (instruments, and criteria of the Eckpunkte)', () => {
    const refs = [...JSON.stringify(planSchema).matchAll(/common\.schema\.json#\/\$defs\/(\w+)/g)].map((m) => m[1]!);
    const defs = commonSchema.$defs as Record<string, { 'x-ref'?: string }>;
    const kinds = new Set(refs.map((name) => defs[name]?.['x-ref']).filter((kind): kind is string => kind !== undefined));
    expect([...kinds].sort()).toEqual(['criterion', 'instrument']);
    // A criterion is defined in an Eckpunkt's checklist.
    expect(PLAN_CONTEXT_KINDS).toEqual(expect.arrayContaining(['instrument', 'eckpunkt']));
  });
});
