// The bundles' build puts the standalone validators in place of the registry's empty `compiledValidators`
// (scripts/esbuildOptions.mjs): a registry bundled with the project's options validates without compiling.
import { build, type BuildOptions } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemaRegistry } from '../server/src/engine/schema/registry';

const ROOT = join(__dirname, '..');
const SCHEMA_FOLDER = join(ROOT, 'server/src/engine/schema');

/** ajv marks what it compiles at run time with its schema environment; the standalone functions have none. */
function compiledAtRunTime(validate: unknown): boolean {
  return (validate as { schemaEnv?: unknown }).schemaEnv !== undefined;
}

describe('the bundled schema registry', () => {
  let bundled: { builtinSchemas: () => SchemaRegistry; planSchemaParts: (schemas: SchemaRegistry) => string[] };

  beforeAll(async () => {
    const { common } = (await import(pathToFileURL(join(ROOT, 'scripts/esbuildOptions.mjs')).href)) as { common: BuildOptions };
    const entry = "export { builtinSchemas } from './registry';\nexport { planSchemaParts } from '../plan/input';\n";
    const { outputFiles } = await build({ ...common, stdin: { contents: entry, resolveDir: SCHEMA_FOLDER, loader: 'ts' }, write: false, sourcemap: false });
    const module = { exports: {} as typeof bundled };
    new Function('module', 'exports', 'require', outputFiles![0]!.text)(module, module.exports, createRequire(__filename));
    bundled = module.exports;
  });

  it('holds every kind’s validator and the plan commands’ parts precompiled', () => {
    const schemas = bundled.builtinSchemas();
    expect(schemas.kinds.length).toBe(8);
    for (const kind of schemas.kinds) expect(compiledAtRunTime(schemas.validator(kind)), kind).toBe(false);
    for (const path of bundled.planSchemaParts(schemas)) expect(compiledAtRunTime(schemas.validatorAt('plan', path)), path).toBe(false);
    const validate = schemas.validator('instrument')!;
    expect(validate({ kind: 'instrument', effort: 'mitel' })).toBe(false);
    expect(validate.errors!.find((error) => error.instancePath === '/effort')).toMatchObject({ keyword: 'enum', params: { allowedValues: ['niedrig', 'mittel', 'hoch'] } });
  });

  it('still compiles a part nobody precompiled, on first use', () => {
    const validate = bundled.builtinSchemas().validatorAt('plan', '/properties/kind');
    expect(compiledAtRunTime(validate)).toBe(true);
    expect(validate!('plan')).toBe(true);
    expect(validate!('instrument')).toBe(false);
  });
});
