// Bundles the benchmark (TypeScript) and runs it: `npm run bench`. BENCH_SIZES=25,1000 limits the sizes.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({ entryPoints: ['scripts/bench/bench.ts'], outfile: 'dist/bench.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
const result = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.js'], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
