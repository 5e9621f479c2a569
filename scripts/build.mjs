// Bundles the CLI, the language server and the VS Code extension with esbuild (CommonJS, Node 20).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { WERKZEUGKOFFER_VERSION: JSON.stringify(version) },
  // Vega's Node entry of vega-canvas awaits the optional native `canvas` package at top level, which a
  // CommonJS bundle cannot hold. Charts are rendered to SVG only, so the browser entry (no canvas) serves.
  alias: {
    'vega-canvas': './node_modules/vega-canvas/build/vega-canvas.browser.js',
    // yaml's Node build reads process.env.LOG_TOKENS for every token (about 200 ns each, a quarter of parsing a
    // plan's frontmatter); its browser build is the same code without that debugging switch.
    yaml: './node_modules/yaml/browser/index.js',
  },
};

const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // The worker threads of the CLI and the server parse large toolboxes with the engine alone.
  { entryPoints: ['server/src/node/analyzeWorker.ts'], outfile: 'dist/analyzeWorker.js' },
  { entryPoints: ['extension/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((entry) => existsSync(entry.entryPoints[0]));

await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
if (!watch) console.log(`built ${entries.map((e) => e.outfile).join(', ')}`);
