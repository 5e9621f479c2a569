// The real toolbox, checked by the engine itself (the same rules as the editor and CI): it is clean, and the
// counts of the model project hold.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, type LanguageService } from '../server/src/engine';
import { criteriaOf } from '../server/src/engine/plan';
import { createFileWorkspace } from '../server/src/node/fileWorkspace';

let service: LanguageService;

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([join(__dirname, '..', 'toolbox')]) });
  service.indexWorkspace();
});

describe('the real toolbox', () => {
  it('has no error, no warning and no note in any document', () => {
    const findings = service.uris().flatMap((uri) => service.diagnostics(uri).map((d) => `${uri.split('/toolbox/')[1]}:${d.range.start.line + 1} ${d.code} ${d.message}`));
    expect(findings).toEqual([]);
  });

  it('holds the five Eckpunkte with at least three criteria each and at least twenty in all', () => {
    const eckpunkte = service.index.ofKind('eckpunkt');
    expect(eckpunkte.map((e) => e.id).sort()).toEqual(['binnenorganisation', 'erscheinungsbild', 'kompetenzen', 'selbstverstaendnis', 'vernetzung']);
    for (const e of eckpunkte) expect((e.data!.criteria as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect(criteriaOf(service.index).length).toBeGreaterThanOrEqual(20);
  });

  it('holds 25 instruments spread over all five Eckpunkte', () => {
    const instruments = service.index.ofKind('instrument');
    expect(instruments).toHaveLength(25);
    expect(new Set(instruments.map((i) => i.data!.eckpunkt)).size).toBe(5);
  });

  it('holds at least 15 best-practice cases, the 10 model sites with their partner offices, and two example plans', () => {
    expect(service.index.ofKind('case').length).toBeGreaterThanOrEqual(15);
    const sites = service.index.ofKind('site');
    expect(sites.filter((s) => s.data!.role === 'modellstandort')).toHaveLength(10);
    expect(sites.filter((s) => s.data!.role === 'partnerbehoerde')).toHaveLength(6);
    expect(service.index.ofKind('plan')).toHaveLength(2);
  });
});
