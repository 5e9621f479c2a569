import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { builtinSchemas, SchemaRegistry, type SchemaNode } from './registry';

const SCHEMA_DIR = join(__dirname, '../../../../schemas');

describe('SchemaRegistry', () => {
  it('compiles the validator of every shipped kind under strict mode, once', () => {
    const schemas = builtinSchemas();
    expect(schemas.kinds.sort()).toEqual(['angebot', 'case', 'eckpunkt', 'frage', 'instrument', 'page', 'plan', 'site']);
    for (const kind of schemas.kinds) {
      const validate = schemas.validator(kind);
      expect(validate, kind).toBeTypeOf('function');
      expect(schemas.validator(kind)).toBe(validate);
    }
    expect(schemas.validator('unbekannt')).toBeUndefined();
  });

  it('every shipped schema is valid against the JSON Schema 2020-12 meta-schema (the registry skips this check)', () => {
    const ajv = new Ajv2020({ strict: false });
    const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'));
    expect(files.length).toBe(9);
    for (const file of files) {
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'));
      expect(ajv.validateSchema(schema), `${file}: ${ajv.errorsText()}`).toBe(true);
    }
    expect(ajv.validateSchema({ type: 'strnig' })).toBe(false);
  });

  it('tells which parts of a schema hold references or definitions, so that the walk collecting them passes over the rest', () => {
    const schemas = builtinSchemas();
    const plan = schemas.rootOf('plan')!;
    const below = (path: (string | number)[]) => path.reduce<{ node: SchemaNode; base: string } | undefined>((at, segment) => at && schemas.childOf(at, segment), plan)!;
    expect(schemas.holdsAnnotations(plan)).toBe(true);
    // `measures[].instrument` refers to an instrument; the owner and the assessment's status beside it refer to nothing.
    expect(schemas.holdsAnnotations(below(['measures', 0]))).toBe(true);
    expect(schemas.holdsAnnotations(below(['measures', 0, 'instrument']))).toBe(true);
    expect(schemas.holdsAnnotations(below(['measures', 0, 'owner']))).toBe(false);
    // The assessment's keys are criteria (`propertyNames`); the values under them hold no reference.
    expect(schemas.holdsAnnotations(below(['assessment']))).toBe(true);
    expect(schemas.holdsAnnotations(below(['assessment', 'se-k1']))).toBe(false);
  });

  it('decides a schema that contains itself, counting it as holding annotations (a walk too many, never a reference too few)', () => {
    const recursive: SchemaNode = { $id: 'https://example.test/tree.json', type: 'object', properties: { kind: { const: 'tree' }, child: { $ref: '#' }, note: { type: 'string' } } };
    const registry = new SchemaRegistry([recursive]);
    const root = registry.rootOf('tree')!;
    expect(registry.holdsAnnotations(root)).toBe(true);
    expect(registry.holdsAnnotations(registry.childOf(root, 'note')!)).toBe(false);
    const referring: SchemaNode = { $id: 'https://example.test/list.json', type: 'object', properties: { kind: { const: 'list' }, items: { type: 'array', items: { $ref: '#/$defs/entry' } } }, $defs: { entry: { type: 'object', properties: { target: { type: 'string', 'x-ref': 'instrument' } } } } };
    const lists = new SchemaRegistry([referring]);
    expect(lists.holdsAnnotations(lists.childOf(lists.rootOf('list')!, 'items')!)).toBe(true);
    // Boolean subschemas (`true`: anything, `false`: nothing) mark no reference, wherever they stand.
    const open: SchemaNode = { $id: 'https://example.test/open.json', type: 'object', properties: { kind: { const: 'open' }, a: { type: 'string' } }, oneOf: [{ properties: { a: true as unknown as SchemaNode, b: false as unknown as SchemaNode } }] };
    const opens = new SchemaRegistry([open]);
    expect(opens.holdsAnnotations(opens.rootOf('open')!)).toBe(false);
    expect(opens.holdsAnnotations({ node: true as unknown as SchemaNode, base: open.$id! })).toBe(false);
  });

  it('compiles on first use: a schema with an unknown keyword fails when its validator is asked for', () => {
    const broken: SchemaNode = { $id: 'https://example.test/broken.json', type: 'object', properties: { kind: { const: 'broken' }, x: { type: 'string', maxLenght: 3 } } };
    const registry = new SchemaRegistry([broken]);
    expect(registry.kinds).toEqual(['broken']);
    expect(() => registry.validator('broken')).toThrow(/maxLenght/);
  });
});
