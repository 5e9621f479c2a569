// Foundation checks of the real toolbox content: every file parses, validates against the schema of
// its kind, references resolve to documents of the right kind, and the counts of the model project hold.
// The engine's rules take these over; until then they are the contract the content is written against.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const toolboxDir = join(root, 'toolbox');
const schemaDir = join(root, 'schemas');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

interface Doc {
  file: string;
  data: Record<string, any>;
  body: string;
}

const docs: Doc[] = walk(toolboxDir).map((file) => {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${relative(root, file)}: no frontmatter`);
  return { file: relative(root, file), data: parse(match[1]!), body: match[2]! };
});

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addVocabulary(['x-ref', 'x-defines', 'x-sections', 'enumDescriptions']);
const schemaFiles = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'));
const schemas = Object.fromEntries(schemaFiles.map((f) => [f.replace('.schema.json', ''), JSON.parse(readFileSync(join(schemaDir, f), 'utf8'))]));
for (const schema of Object.values(schemas)) ajv.addSchema(schema);

const byKind = (kind: string) => docs.filter((d) => d.data.kind === kind);
const ids = new Map(docs.map((d) => [d.data.id as string, d]));
const criteria = new Set(byKind('eckpunkt').flatMap((d) => (d.data.criteria as { id: string }[]).map((c) => c.id)));

describe('toolbox content', () => {
  it.each(docs.map((d) => [d.file, d] as const))('%s validates against its schema', (_file, doc) => {
    const validate = ajv.getSchema(schemas[doc.data.kind]?.$id);
    expect(validate, `unknown kind ${doc.data.kind}`).toBeDefined();
    const ok = validate!(doc.data);
    expect(validate!.errors ?? [], JSON.stringify(validate!.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('ids are unique and match the file names', () => {
    expect(ids.size).toBe(docs.length);
    for (const doc of docs) expect(doc.file.endsWith(`/${doc.data.id}.md`), doc.file).toBe(true);
  });

  it('the counts of the model project hold', () => {
    expect(byKind('eckpunkt')).toHaveLength(5);
    expect(byKind('instrument')).toHaveLength(25);
    expect(byKind('case').length).toBeGreaterThanOrEqual(15);
    expect(byKind('site').filter((d) => d.data.role === 'modellstandort')).toHaveLength(10);
    expect(byKind('plan').length).toBeGreaterThanOrEqual(2);
    expect(criteria.size).toBeGreaterThanOrEqual(20);
    for (const e of byKind('eckpunkt')) expect(e.data.criteria.length).toBeGreaterThanOrEqual(3);
    for (const e of byKind('eckpunkt')) expect(byKind('instrument').some((i) => i.data.eckpunkt === e.data.id), e.file).toBe(true);
  });

  it('every reference resolves to a document of the right kind', () => {
    const problems: string[] = [];
    const expectKind = (doc: Doc, id: string, kind: string) => {
      if (kind === 'criterion') {
        if (!criteria.has(id)) problems.push(`${doc.file}: unknown criterion ${id}`);
      } else if (ids.get(id)?.data.kind !== kind) problems.push(`${doc.file}: ${id} is not a ${kind}`);
    };
    for (const doc of docs) {
      const d = doc.data;
      for (const id of d.addresses ?? []) expectKind(doc, id, 'criterion');
      for (const id of [...(d.requires ?? []), ...(d.related ?? [])]) expectKind(doc, id, 'instrument');
      if (d.kind !== 'eckpunkt' && d.eckpunkt) expectKind(doc, d.eckpunkt, 'eckpunkt');
      for (const id of d.sites ?? []) expectKind(doc, id, 'site');
      if (d.kind !== 'plan') for (const id of d.instruments ?? []) expectKind(doc, id, 'instrument');
      if (d.partner_of) expectKind(doc, d.partner_of, 'site');
      for (const id of Object.keys(d.assessment ?? {})) expectKind(doc, id, 'criterion');
      for (const m of d.measures ?? []) expectKind(doc, m.instrument, 'instrument');
    }
    expect(problems).toEqual([]);
  });

  it('every criterion is addressed by at least one instrument', () => {
    const addressed = new Set(byKind('instrument').flatMap((d) => d.data.addresses as string[]));
    expect([...criteria].filter((c) => !addressed.has(c))).toEqual([]);
  });

  it('every relative link points to an existing toolbox file', () => {
    const files = new Set(docs.map((d) => d.file));
    const broken: string[] = [];
    for (const doc of docs) {
      for (const [, target] of doc.body.matchAll(/\]\((?!https?:|mailto:|#)([^)#\s]+)(#[^)\s]*)?\)/g)) {
        const resolved = relative(root, join(root, doc.file, '..', target!));
        if (!files.has(resolved)) broken.push(`${doc.file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(docs.map((d) => [d.file, d] as const))('%s has the sections its schema requires, none empty', (_file, doc) => {
    const sections: { heading: string; format?: string }[] = schemas[doc.data.kind]?.['x-sections'] ?? [];
    const headings = [...doc.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
    expect(headings.filter((h) => sections.some((s) => s.heading === h))).toEqual(sections.map((s) => s.heading));
    for (const section of sections) {
      const start = doc.body.indexOf(`## ${section.heading}\n`);
      const rest = doc.body.slice(start + section.heading.length + 4);
      const content = rest.split(/^## /m)[0]!.trim();
      expect(content.length, `${section.heading} is empty`).toBeGreaterThan(0);
      if (section.format === 'ordered-list') expect(content, `${section.heading} is no numbered list`).toMatch(/^1\. /m);
    }
  });

  it('no private e-mail address or phone number appears in published text', () => {
    for (const doc of docs) {
      expect(doc.body, doc.file).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(doc.body, doc.file).not.toMatch(/(\+49|\b0\d{2,4})[ /-]?\d{3,}[ -]?\d{2,}/);
    }
  });
});
