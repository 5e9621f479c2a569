// The bundles as they are built and shipped (tests/setup/build.ts builds them): the render-only libraries (charts,
// hyphenation, the PDF outline reader) lie in dist/vendor/, out of the bundles every start reads and compiles, and the .vsix carries them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const dist = (file: string) => join(root, 'dist', file);
const START_BUNDLES = ['cli.js', 'server.js', 'analyzeWorker.js', 'renderWorker.js', 'portfolioWorker.js', 'extension.js'];

/** The vendor files a bundle requires, as the paths in its text (`./vendor/charts.js`). */
function vendorRequires(bundle: string): string[] {
  return [...new Set([...readFileSync(dist(bundle), 'utf8').matchAll(/require\("(\.\/vendor\/[^"]+)"\)/g)].map((m) => m[1]!))].sort();
}

describe('the render-only libraries', () => {
  it('are not inlined into any bundle that starts', () => {
    for (const bundle of START_BUNDLES) {
      const text = readFileSync(dist(bundle), 'utf8');
      expect(text, bundle).not.toMatch(/node_modules\/(?:vega|vega-lite|hyphen|pdf-lib)\//);
    }
  });

  it('are required from dist/vendor/ by the CLI and the language server, which render, and by the PDF printers', () => {
    expect(vendorRequires('cli.js')).toEqual(['./vendor/charts.js', './vendor/hyphen-de.js', './vendor/pdf.js']);
    expect(vendorRequires('server.js')).toEqual(['./vendor/charts.js', './vendor/hyphen-de.js']);
    expect(vendorRequires('extension.js')).toEqual(['./vendor/pdf.js']);
  });

  it('give the modules the engine imports', () => {
    const charts = require(dist('vendor/charts.js')) as { vega: Record<string, unknown>; vegaLite: Record<string, unknown> };
    expect(typeof charts.vega.View).toBe('function');
    expect(typeof charts.vegaLite.compile).toBe('function');
    const hyphen = require(dist('vendor/hyphen-de.js')) as { hyphenDe: { hyphenateSync: (word: string) => string } };
    expect(hyphen.hyphenDe.hyphenateSync('Ausländerbehörde')).toBe('Aus\u00adlän\u00adder\u00adbe\u00adhör\u00adde');
    const pdf = require(dist('vendor/pdf.js')) as { pdfLib: Record<string, unknown> };
    expect(typeof pdf.pdfLib.PDFDocument).toBe('function');
  });

  it('are packaged into the .vsix with every bundle that requires them', () => {
    const listed = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    const files = listed.stdout.split('\n').map((line) => line.trim());
    for (const bundle of START_BUNDLES.filter((name) => files.includes(`dist/${name}`))) {
      for (const vendor of vendorRequires(bundle)) expect(files, `${bundle} requires ${vendor}`).toContain(`dist/${vendor.slice(2)}`);
    }
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/server.js', 'dist/vendor/charts.js', 'dist/vendor/hyphen-de.js', 'dist/vendor/pdf.js']));
    // The worker threads the packaged bundles start: without its file a pool quietly falls back to one thread.
    expect(files).toEqual(expect.arrayContaining(['dist/analyzeWorker.js', 'dist/renderWorker.js', 'dist/portfolioWorker.js']));
  });
});
