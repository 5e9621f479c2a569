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

  it('compiles on first use: a schema with an unknown keyword fails when its validator is asked for', () => {
    const broken: SchemaNode = { $id: 'https://example.test/broken.json', type: 'object', properties: { kind: { const: 'broken' }, x: { type: 'string', maxLenght: 3 } } };
    const registry = new SchemaRegistry([broken]);
    expect(registry.kinds).toEqual(['broken']);
    expect(() => registry.validator('broken')).toThrow(/maxLenght/);
  });
});
