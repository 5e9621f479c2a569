// The bundles validate with ajv's standalone code of the shipped schemas, the tests with validators ajv compiles at
// run time: both must find the same errors, word for word, since the rules place and word their findings from them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../parse/document';
import { planSchemaParts } from '../plan/input';
import { BUILTIN_SCHEMAS, SchemaRegistry, validatorKey, type PathSegment, type PrecompiledValidators } from './registry';
import { standaloneValidators } from './standalone';

const TOOLBOX = join(__dirname, '../../../../toolbox');

/** The standalone code evaluated as the CommonJS module the build bundles. */
function loadStandalone(code: string): PrecompiledValidators {
  const module = { exports: {} as PrecompiledValidators };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(__filename));
  return module.exports;
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : []);
}

/** Defects a value can be given without knowing its schema: wrong types, typos, empty or malformed texts, bounds. */
function defectsOf(value: unknown): unknown[] {
  if (typeof value === 'string') return [`${value}x`, 'kein gültiger Wert', '', 'mailto:', '2026-13-45', 42, null];
  if (typeof value === 'number') return [-1, 1_000_000, 1.5, 'zwölf'];
  if (typeof value === 'boolean') return ['ja'];
  if (Array.isArray(value)) return value.length ? [[], [...value, value[0]], 'eine Liste als Text', [42]] : [[42], 'eine Liste als Text'];
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const without = (key: string) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
    return [
      ...keys.map(without),
      // A misspelt key: unknown under its wrong name, missing under its right one.
      ...keys.map((key) => ({ ...without(key), [key.slice(0, -1)]: (value as Record<string, unknown>)[key] })),
      { ...value, unbekanntesFeld: 1 },
      ['eine Zuordnung als Liste'],
    ];
  }
  return ['statt leer'];
}

/** Every value in `data` with its path; of a list only the first item, which the rest repeat in shape. */
function* valuesOf(data: unknown, path: PathSegment[] = []): Generator<PathSegment[]> {
  yield path;
  if (Array.isArray(data)) for (const [index, item] of data.slice(0, 1).entries()) yield* valuesOf(item, [...path, index]);
  else if (data && typeof data === 'object') for (const [key, item] of Object.entries(data)) yield* valuesOf(item, [...path, key]);
}

function withValue(data: unknown, path: PathSegment[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(data) as Record<PathSegment, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<PathSegment, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

/** Every defect at every value of `data`. */
function* defective(data: unknown): Generator<unknown> {
  for (const path of valuesOf(data)) {
    let value: unknown = data;
    for (const segment of path) value = (value as Record<PathSegment, unknown>)[segment];
    for (const defect of defectsOf(value)) yield withValue(data, path, defect);
  }
}

/**
 * An error for comparison: the standalone code holds copies of the schemas, so `schema` and `parentSchema` are
 * compared as JSON (once per object: the errors share them); everything else as it is.
 */
function comparable(errors: ErrorObject[] | null | undefined, json: WeakMap<object, string>) {
  const text = (schema: unknown) => {
    if (!schema || typeof schema !== 'object') return schema;
    let cached = json.get(schema);
    if (cached === undefined) json.set(schema, (cached = JSON.stringify(schema)));
    return cached;
  };
  return (errors ?? []).map((error) => ({ ...error, schema: text(error.schema), parentSchema: text(error.parentSchema) }));
}

describe('the precompiled validators', () => {
  let runtime: SchemaRegistry;
  let precompiled: SchemaRegistry;
  let compiledCode: PrecompiledValidators;
  const documents = new Map<string, Record<string, unknown>>();

  beforeAll(() => {
    compiledCode = loadStandalone(standaloneValidators());
    runtime = new SchemaRegistry(BUILTIN_SCHEMAS);
    precompiled = new SchemaRegistry(BUILTIN_SCHEMAS, compiledCode);
    for (const file of markdownFiles(TOOLBOX)) {
      const { data } = parseDocument(`file://${file}`, readFileSync(file, 'utf8'), runtime);
      if (data) documents.set(file.slice(TOOLBOX.length + 1), data);
    }
  });

  it('exist for every kind and every part of the plan schema the plan commands check, and are ajv’s standalone code', () => {
    const keys = [...runtime.kinds.map((kind) => validatorKey(kind)), ...planSchemaParts(runtime).map((path) => validatorKey('plan', path))];
    expect(Object.keys(compiledCode).sort()).toEqual(keys.sort());
    for (const key of keys) {
      expect(compiledCode[key], key).toBeTypeOf('function');
      // ajv marks what it compiles at run time with its schema environment; the standalone functions have none.
      expect((compiledCode[key] as { schemaEnv?: unknown }).schemaEnv, key).toBeUndefined();
    }
    expect(runtime.validator('plan')).toHaveProperty('schemaEnv');
    expect(precompiled.validator('plan')).toBe(compiledCode.plan);
  });

  it('accept every document of the real toolbox, as the validators compiled at run time do', () => {
    expect(documents.size).toBeGreaterThan(100);
    expect(new Set([...documents.values()].map((data) => data.kind))).toEqual(new Set(runtime.kinds));
    for (const [file, data] of documents) {
      const kind = String(data.kind);
      expect(runtime.validator(kind)!(data), file).toBe(true);
      expect(precompiled.validator(kind)!(data), file).toBe(true);
    }
  });

  it('find the same errors as the validators compiled at run time in the real documents with injected defects', () => {
    const json = new WeakMap<object, string>();
    const keywords = new Set<string>();
    const formats = new Set<string>();
    let invalid = 0;
    for (const [file, data] of documents) {
      const kind = String(data.kind);
      const atRuntime = runtime.validator(kind)!;
      const standalone = precompiled.validator(kind)!;
      for (const document of defective(data)) {
        const valid = atRuntime(document);
        expect(standalone(document), file).toBe(valid);
        if (valid) continue;
        invalid++;
        expect(comparable(standalone.errors, json), file).toEqual(comparable(atRuntime.errors, json));
        for (const error of atRuntime.errors!) {
          keywords.add(error.keyword);
          if (error.keyword === 'format') formats.add(String(error.params.format));
        }
      }
    }
    expect(invalid).toBeGreaterThan(10_000);
    for (const keyword of ['type', 'enum', 'const', 'required', 'additionalProperties', 'pattern', 'format', 'minLength', 'minimum', 'maximum', 'minItems', 'uniqueItems', 'anyOf']) {
      expect(keywords, keyword).toContain(keyword);
    }
    expect([...formats].sort()).toEqual(['date', 'email', 'uri']);
  });

  it('check the parts of the plan schema (the plan commands’ input) as the validators compiled at run time do', () => {
    const json = new WeakMap<object, string>();
    const plan = documents.get('plaene/plan-stadt-musterstadt.md')!;
    const measure = (plan.measures as Record<string, unknown>[]).find((m) => Array.isArray(m.updates) && m.updates.length)!;
    const update = (measure.updates as Record<string, unknown>[])[0]!;
    const criterion = Object.keys(plan.assessment as object)[0]!;
    const samples: Record<string, unknown> = {
      '/properties/id': plan.id,
      '/properties/title': plan.title,
      '/properties/assessed': plan.assessed,
      '/properties/planning/properties/start': (plan.planning as Record<string, unknown>).start,
      '/properties/planning/properties/capacity': (plan.planning as Record<string, unknown>).capacity,
      '/properties/planning/properties/limit': 8,
      '/properties/measures/items/properties/updates/items': update,
      '/properties/agency': plan.agency,
      '/properties/assessment/additionalProperties': (plan.assessment as Record<string, unknown>)[criterion],
      '/properties/assessment/propertyNames': criterion,
    };
    const parts = planSchemaParts(runtime);
    let invalid = 0;
    for (const path of parts) {
      const key = path.split('/').at(-1)!;
      const sample = samples[path] ?? update[key] ?? 'ein Text';
      const atRuntime = runtime.validatorAt('plan', path)!;
      const standalone = precompiled.validatorAt('plan', path)!;
      expect(standalone, path).toBe(compiledCode[validatorKey('plan', path)]);
      for (const value of [sample, ...defective(sample)]) {
        const valid = atRuntime(value);
        expect(standalone(value), path).toBe(valid);
        if (!valid) invalid++;
        expect(comparable(standalone.errors, json), path).toEqual(comparable(atRuntime.errors, json));
      }
    }
    expect(invalid).toBeGreaterThan(parts.length * 3);
  });
});
