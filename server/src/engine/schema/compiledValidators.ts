// The validators of the shipped schemas, compiled at build time. In the source (the tests) there are none and the
// registry compiles with ajv; the bundles' build loads ajv's standalone code of `standaloneValidators()`
// (./standalone.ts) in place of this module (scripts/esbuildOptions.mjs), whose exports are the validators by key.
import type { PrecompiledValidators } from './registry';

const compiledValidators: PrecompiledValidators = {};
export default compiledValidators;
