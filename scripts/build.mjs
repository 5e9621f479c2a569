// Bundles the CLI, the language server and the VS Code extension with esbuild (CommonJS, Node 20).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { common as shared, vendorBundles } from './esbuildOptions.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const common = {
  ...shared,
  sourcemap: true,
  define: { WERKZEUGKOFFER_VERSION: JSON.stringify(version) },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // bin/werkzeugkoffer.js loads dist/cli.js through it: Node's modules only, small enough to cost nothing itself.
  { entryPoints: ['server/src/node/startup/codeCache.ts'], outfile: 'dist/codeCache.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // The worker threads of the CLI and the server parse large toolboxes with the engine alone.
  { entryPoints: ['server/src/node/parallel/analyzeWorker.ts'], outfile: 'dist/analyzeWorker.js' },
  { entryPoints: ['server/src/node/handbook/renderWorker.ts'], outfile: 'dist/renderWorker.js' },
  { entryPoints: ['server/src/node/portfolio/portfolioWorker.ts'], outfile: 'dist/portfolioWorker.js' },
  { entryPoints: ['extension/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((entry) => existsSync(entry.entryPoints[0]));

const vendors = vendorBundles();
await Promise.all([...entries.map((entry) => build({ ...common, ...entry })), ...vendors.map((vendor) => build(vendor))]);
if (!watch) console.log(`built ${[...entries, ...vendors].map((e) => e.outfile).join(', ')}`);
