// The skeleton of a new document: kind, id and title first, every required field with an empty placeholder
// that the rules flag until it is filled in, every required section in order — and nothing the author did
// not cause (no YAML error, no missing field, no missing section).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureToolbox } from '../testing/fixtureToolbox';
import { workspace } from '../testing/memoryWorkspace';
import { builtinSchemas } from '../schema/registry';
import { documentSkeleton } from './skeleton';

const schemas = builtinSchemas();

/** The skeleton of `kind` as a document of the fixture toolbox, with its findings. */
function newDocument(kind: string) {
  const id = `neu-${kind}`;
  const path = `neu/${id}.md`;
  const text = documentSkeleton(kind, id, 'Neues Dokument', schemas);
  return { text, findings: workspace({ ...fixtureToolbox(), [path]: text }).diagnostics(path) };
}

/** The lines (first, last) of each top-level key of the frontmatter. */
function keyLines(text: string): Map<string, [number, number]> {
  const lines = text.split('\n');
  const close = lines.indexOf('---', 1);
  const starts = lines.slice(0, close).flatMap((line, i) => (/^[a-z_]+:/.test(line) ? [[line.slice(0, line.indexOf(':')), i] as const] : []));
  return new Map(starts.map(([key, line], i) => [key, [line, (starts[i + 1]?.[1] ?? close) - 1]]));
}

describe('document skeleton', () => {
  it('of an instrument, exactly', () => {
    expect(documentSkeleton('instrument', 'neu', 'Neues Dokument', schemas)).toBe(
      '---\nkind: instrument\nid: neu\ntitle: Neues Dokument\neckpunkt: ""\nsummary: ""\naddresses: []\nphase: []\neffort: ""\nduration_weeks: ""\nsources:\n  - title: ""\n---\n\n'
      + '## Ziel\n\n\n\n## Ausgangslage\n\n\n\n## Umsetzungsschritte\n\n1. \n\n## Erfolgsfaktoren\n\n\n\n## Stolpersteine\n\n\n\n## Beispiele aus der Praxis\n\n\n',
    );
  });

  it('of a plan: nested required objects and the first measure, and no body sections', () => {
    expect(documentSkeleton('plan', 'neu', 'Neues Dokument', schemas)).toBe(
      '---\nkind: plan\nid: neu\ntitle: Neues Dokument\nagency:\n  name: ""\n  bundesland: ""\nassessed: ""\nassessment: {}\nmeasures:\n  - instrument: ""\n    owner: ""\n    start: ""\n    due: ""\n    status: ""\n---\n\n',
    );
  });

  it('of every kind: kind, id and title first, then each required field; the required sections in their order', () => {
    for (const kind of schemas.kinds) {
      const text = documentSkeleton(kind, `neu-${kind}`, 'Neues Dokument', schemas);
      const data = parse(text.slice(4, text.indexOf('\n---\n'))) as Record<string, unknown>;
      const required = schemas.at(kind, [])!.required ?? [];
      expect(Object.keys(data).slice(0, 3), kind).toEqual(['kind', 'id', 'title']);
      expect(data, kind).toMatchObject({ kind, id: `neu-${kind}`, title: 'Neues Dokument' });
      expect(Object.keys(data).sort(), kind).toEqual([...new Set(['kind', 'id', 'title', ...required])].sort());
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings, kind).toEqual(schemas.sections(kind).map((s) => s.heading));
    }
  });

  it('of every kind: no YAML or frontmatter error, no missing field or section — and a finding for each placeholder', () => {
    for (const kind of schemas.kinds) {
      const { text, findings } = newDocument(kind);
      // An empty choice (`answered_by: {}`) is a placeholder: its WK404 stands on the „{}“ and says what to choose.
      const lineTexts = text.split('\n');
      const onEmptyChoice = (d: (typeof findings)[number]) => d.code === 'WK404' && lineTexts[d.range.start.line]!.slice(d.range.start.character, d.range.end.character) === '{}';
      for (const d of findings.filter((f) => !onEmptyChoice(f))) expect(d.code, `${kind}: ${d.code}`).not.toMatch(/^WK(1\d\d|2\d\d|3\d\d|404|50\d|701|702)$/);
      const lines = keyLines(text);
      for (const key of schemas.at(kind, [])!.required ?? []) {
        if (['kind', 'id', 'title'].includes(key)) continue;
        const [first, last] = lines.get(key)!;
        expect(findings.some((d) => d.range.start.line >= first && d.range.start.line <= last), `${kind}: ${key}`).toBe(true);
      }
    }
  });

  it('quotes a title that YAML would misread', () => {
    const text = documentSkeleton('page', 'impressum', 'Impressum: Angaben nach § 5 DDG', schemas);
    expect(text.split('\n').slice(0, 4)).toEqual(['---', 'kind: page', 'id: impressum', 'title: "Impressum: Angaben nach § 5 DDG"']);
    expect(parse(text.slice(4, text.indexOf('\n---\n'))).title).toBe('Impressum: Angaben nach § 5 DDG');
  });

  it('refuses an unknown kind with a German message', () => {
    expect(() => documentSkeleton('gibt-es-nicht', 'neu', 'Neu', schemas)).toThrow('Unbekannte Dokumentart „gibt-es-nicht“.');
  });
});
