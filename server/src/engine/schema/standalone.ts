// The validators of the shipped schemas as ajv's standalone code (https://ajv.js.org/standalone.html): a CommonJS
// module whose exports are the validators by `validatorKey`. The bundles' build loads it in place of
// ./compiledValidators (scripts/esbuildOptions.mjs), so no process or worker thread compiles the schemas at start.
// Only the build and the tests import this module.
import standaloneCode from 'ajv/dist/standalone';
import { planSchemaParts } from '../plan/input';
import { BUILTIN_SCHEMAS, schemaCompiler, SchemaRegistry, validatorKey } from './registry';

/** What gets compiled: every kind's document, and the parts of the plan schema the plan commands check input against. */
function precompiledRefs(): Record<string, string> {
  const registry = new SchemaRegistry(BUILTIN_SCHEMAS);
  const refs: Record<string, string> = {};
  for (const kind of registry.kinds) refs[validatorKey(kind)] = registry.schemaOf(kind)!.$id!;
  const plan = registry.schemaOf('plan')!.$id!;
  for (const path of planSchemaParts(registry)) refs[validatorKey('plan', path)] = `${plan}#${path}`;
  return refs;
}

/** The module's source; it requires ajv's runtime helpers and ajv-formats' formats, which the bundle then holds. */
export function standaloneValidators(): string {
  const ajv = schemaCompiler(BUILTIN_SCHEMAS, { source: true });
  return standaloneCode(ajv, precompiledRefs());
}
