// Bundles the benchmark (TypeScript) and runs it: `npm run bench`. BENCH_SIZES=25,1000 limits the sizes.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { common, vendorBundles } from './esbuildOptions.mjs';

// The plan reports of the benchmark render charts: dist/bench.js loads them from dist/vendor/ like the CLI.
await Promise.all([build({ ...common, entryPoints: ['scripts/bench/bench.ts'], outfile: 'dist/bench.js' }), ...vendorBundles().map((vendor) => build(vendor))]);
const result = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.js'], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
