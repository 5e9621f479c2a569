// The search index: Pagefind (its npm package ships the binary; German stemming) indexes the written pages
// and writes its files beside them. Nothing is downloaded and no service is contacted.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchIndexResult {
  pages: number;
  ms: number;
}

/** Indexes every page of `siteDir` that marks its searchable part (`data-pagefind-body`), in German. */
export async function writeSearchIndex(siteDir: string, outputPath = join(siteDir, 'pagefind')): Promise<SearchIndexResult> {
  const started = performance.now();
  // An ES module: kept external by the bundler and loaded with a real dynamic import.
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
    if (!index) throw new Error(`Pagefind konnte keinen Index anlegen: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: '**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // The handbook brings its own search interface; Pagefind's prebuilt UI files are not published.
    for (const file of readdirSync(outputPath)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(file)) rmSync(join(outputPath, file));
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
