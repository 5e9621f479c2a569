// Options every esbuild bundle of the project shares (CLI, language server, worker, extension, bench).
import { build as esbuild } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `import text from './file.css?raw'`: the file's content as a string, as Vite does in the tests. */
const rawText = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(dirname(args.importer), args.path.slice(0, -'?raw'.length)), namespace: 'raw-text' }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text', watchFiles: [args.path] }));
  },
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaFolder = resolve(root, 'server/src/engine/schema');

/**
 * Runs `standaloneValidators()` of server/src/engine/schema/standalone.ts: bundled to memory (it is TypeScript and
 * imports the registry and the schemas) and evaluated as a CommonJS module.
 */
async function generateValidators() {
  const { outputFiles } = await esbuild({ entryPoints: [resolve(schemaFolder, 'standalone.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports.standaloneValidators();
}

/** Once per build process, however many bundles it builds. */
let generatedValidators;

/**
 * `engine/schema/compiledValidators.ts` becomes ajv's standalone code of the shipped schemas, so the bundles validate
 * without compiling the schemas at every start and in every worker thread; the tests import the empty source module.
 */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]schema[\\/]compiledValidators\.ts$/ }, async () => {
      generatedValidators ??= generateValidators();
      return { contents: await generatedValidators, loader: 'js', resolveDir: schemaFolder };
    });
  },
};

/**
 * Libraries only a rendering needs (charts, hyphenation in tables), each bundle file built once into dist/vendor/
 * and required by the dynamic `import()` that asks for it: inlined, their 2.4 MB would be read and compiled at
 * every start of the CLI and the language server, also by the commands that render nothing. Module → the file
 * and the name of the export that holds the module's namespace.
 */
export const vendorModules = {
  vega: { file: 'charts.js', exportName: 'vega' },
  'vega-lite': { file: 'charts.js', exportName: 'vegaLite' },
  'hyphen/de': { file: 'hyphen-de.js', exportName: 'hyphenDe' },
  'pdf-lib': { file: 'pdf.js', exportName: 'pdfLib' },
};

/** The esbuild options of every vendor file (dist/vendor/charts.js, …): one entry re-exporting its modules. */
export function vendorBundles() {
  const files = [...new Set(Object.values(vendorModules).map(({ file }) => file))];
  return files.map((file) => ({
    ...common,
    // The vendor modules themselves, not their vendor files, go in.
    plugins: [rawText],
    stdin: {
      contents: Object.entries(vendorModules)
        .filter(([, vendor]) => vendor.file === file)
        .map(([module, { exportName }]) => `export * as ${exportName} from ${JSON.stringify(module)};`)
        .join('\n'),
      resolveDir: '.',
      sourcefile: `vendor/${file}`,
    },
    outfile: `dist/vendor/${file}`,
  }));
}

/** `import('vega')` and the other vendor modules: the export of their vendor file, required when the import runs. */
const vendorImports = {
  name: 'vendor-imports',
  setup(build) {
    const names = Object.keys(vendorModules).map((name) => name.replace(/[.\/-]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'vendor-import' }));
    // The bundles lie in dist/, beside dist/vendor/: the path stays relative to the bundle that requires it.
    build.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor-import' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'vendor-import' }, (args) => {
      const { file, exportName } = vendorModules[args.path];
      return { contents: `module.exports = require(${JSON.stringify(`./vendor/${file}`)}).${exportName};`, loader: 'js' };
    });
  },
};

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  plugins: [rawText, precompiledValidators, vendorImports],
  // Vega's Node entry of vega-canvas awaits the optional native `canvas` package at top level, which a
  // CommonJS bundle cannot hold. Charts are rendered to SVG only, so the browser entry (no canvas) serves.
  alias: {
    'vega-canvas': './node_modules/vega-canvas/build/vega-canvas.browser.js',
    // yaml's Node build reads process.env.LOG_TOKENS for every token (about 200 ns each, a quarter of parsing a
    // plan's frontmatter); its browser build is the same code without that debugging switch.
    yaml: './node_modules/yaml/browser/index.js',
    // js-yaml's ES module build parses three times slower in V8 than its CommonJS build of the same source (600
    // plan frontmatters, 22 MB: 1.8–2.7 s against 0.5–1.1 s, interleaved runs), which the portfolio feels first.
    'js-yaml': './node_modules/js-yaml/dist/js-yaml.cjs.js',
  },
};
