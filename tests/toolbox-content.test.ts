// The real toolbox, checked by the engine itself (the same rules as the editor and CI): it is clean, the
// counts of the model project hold, and the content pages agree with the documents they describe.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLanguageService, type LanguageService } from '../server/src/engine';
import { resolveLink } from '../server/src/engine/workspace/workspaceIndex';
import { criteriaOf } from '../server/src/engine/plan';
import instrumentSchema from '../schemas/instrument.schema.json';
import { createFileWorkspace } from '../server/src/node/fileWorkspace';

let service: LanguageService;

beforeAll(() => {
  service = createLanguageService({ workspace: createFileWorkspace([join(__dirname, '..', 'toolbox')]) });
  service.indexWorkspace();
});

describe('the real toolbox', () => {
  it('has no error and no note in any document, and one warning on purpose: the example plan’s overdue measure', () => {
    const findings = service.uris().flatMap((uri) => service.diagnostics(uri).map((d) => `${uri.split('/toolbox/')[1]}:${d.range.start.line + 1} ${d.code}`));
    expect(findings).toEqual(['plaene/plan-stadt-musterstadt.md:307 WK1010']);
  });

  it('holds the five Eckpunkte with at least three criteria each and at least twenty in all', () => {
    const eckpunkte = service.index.ofKind('eckpunkt');
    expect(eckpunkte.map((e) => e.id).sort()).toEqual(['binnenorganisation', 'erscheinungsbild', 'kompetenzen', 'selbstverstaendnis', 'vernetzung']);
    for (const e of eckpunkte) expect((e.data!.criteria as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect(criteriaOf(service.index).length).toBeGreaterThanOrEqual(20);
  });

  it('quotes every Eckpunkt in the project’s wording and marks as the checklist’s own only the three criteria seed 004 prints', () => {
    for (const e of service.index.ofKind('eckpunkt')) expect(String(e.data!.wording), e.id).toMatch(/^[A-ZÄÖÜ].{40,}\.$/);
    expect(criteriaOf(service.index).filter((c) => c.origin === 'checkliste').map((c) => c.id)).toEqual(['sv-ermessen', 'sv-beratung', 'sv-fuehrung']);
    expect(criteriaOf(service.index).every((c) => c.origin === 'checkliste' || c.origin === 'werkzeugkoffer')).toBe(true);
  });

  it('holds 25 instruments spread over all five Eckpunkte', () => {
    const instruments = service.index.ofKind('instrument');
    expect(instruments).toHaveLength(25);
    expect(new Set(instruments.map((i) => i.data!.eckpunkt)).size).toBe(5);
  });

  it('holds at least 26 best-practice cases, the 10 model sites with their partner offices, and two example plans', () => {
    expect(service.index.ofKind('case').length).toBeGreaterThanOrEqual(26);
    const sites = service.index.ofKind('site');
    expect(sites.filter((s) => s.data!.role === 'modellstandort')).toHaveLength(10);
    expect(sites.filter((s) => s.data!.role === 'partnerbehoerde')).toHaveLength(6);
    expect(service.index.ofKind('plan')).toHaveLength(2);
  });

  it('holds the pages of the handbook: start page, the two content pages and the legal pages, each purpose once', () => {
    const purposes = service.index.ofKind('page').map((p) => p.data!.purpose as string).sort();
    expect(purposes).toEqual(['barrierefreiheit', 'impressum', 'modellprojekt', 'phasenmodell', 'start']);
  });

  it('the phase model has a section for every phase an instrument can name, and names an instrument under a phase only if the instrument has that phase', () => {
    const page = service.index.ofKind('page').find((p) => p.data!.purpose === 'phasenmodell')!;
    const phases = instrumentSchema.properties.phase.items.enum;
    const sections = page.body.sections.map((s) => s.heading.slug);
    for (const phase of phases) expect(sections).toContain(phase);
    const checked: string[] = [];
    for (const section of page.body.sections.filter((s) => phases.includes(s.heading.slug))) {
      const links = page.body.links.filter((l) => l.urlStart > section.contentStart && l.urlStart < section.contentEnd);
      for (const link of links) {
        const target = resolveLink(page.uri, link.url);
        const instrument = target && service.index.get(target.uri);
        if (instrument?.kind !== 'instrument') continue;
        expect(instrument.data!.phase as string[], `${instrument.id} under „${section.heading.text}“`).toContain(section.heading.slug);
        checked.push(instrument.id!);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(10);
  });

  it('the page about the model project links every model site and partner office', () => {
    const page = service.index.ofKind('page').find((p) => p.data!.purpose === 'modellprojekt')!;
    const linked = new Set(page.body.links.map((l) => resolveLink(page.uri, l.url)).map((t) => t && service.index.get(t.uri)?.id));
    for (const site of service.index.ofKind('site')) expect(linked, site.id).toContain(site.id);
  });
});
