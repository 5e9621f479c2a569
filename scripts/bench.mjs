// Bundles the benchmark (TypeScript) and runs it: `npm run bench`. BENCH_SIZES=25,1000 limits the sizes.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { common } from './esbuildOptions.mjs';

await build({ ...common, entryPoints: ['scripts/bench/bench.ts'], outfile: 'dist/bench.js' });
const result = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.js'], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
