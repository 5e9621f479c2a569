// Writing the handbook to disk: the engine renders, this adapter writes pages, assets and linked files,
// runs the search index, and publishes the result by swapping a complete staging folder into place, so a
// failed build never leaves a half-written site behind.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LanguageService } from '../../engine';
import { createHandbook, PATHS, type Handbook, type RebuildPlan } from '../../engine/handbook';
import { pathOf } from '../fileWorkspace';
import { FAVICON_SVG, HANDBOOK_CSS, SEARCH_JS } from './assets';
import { writeSearchIndex } from './pagefind';

/** Marks a folder as written by `werkzeugkoffer build`; only such a folder (or an empty one) is replaced. */
export const MARKER = '.werkzeugkoffer-handbuch';

export class OutputError extends Error {}

export interface SiteOptions {
  /** The output folder (e.g. dist/handbook). */
  out: string;
  /** Public URL of the site, for sitemap.xml and the 404 page. */
  baseUrl?: string;
  /** Build the search index (default true). */
  search?: boolean;
}

export interface SiteResult {
  handbook: Handbook;
  pages: number;
  files: number;
  renderMs: number;
  searchMs: number;
}

function writeFile(root: string, path: string, content: string | Buffer): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function writeAssets(root: string, handbook: Handbook): number {
  writeFile(root, PATHS.css, HANDBOOK_CSS);
  writeFile(root, PATHS.js, SEARCH_JS);
  writeFile(root, PATHS.favicon, FAVICON_SVG);
  let copied = 0;
  for (const [uri, path] of handbook.model.files) {
    const source = pathOf(uri);
    if (!statSync(source, { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    copyFileSync(source, join(root, path));
    copied++;
  }
  return copied + 3;
}

/** Refuses to replace a folder that holds anything but an earlier build (a typo in --out must not delete work). */
export function assertReplaceable(out: string): void {
  const stat = statSync(out, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) throw new OutputError(`${out} ist kein Verzeichnis.`);
  if (readdirSync(out).length === 0 || existsSync(join(out, MARKER))) return;
  throw new OutputError(`${out} enthält Dateien, die nicht aus einem früheren „werkzeugkoffer build“ stammen. Wählen Sie mit --out ein leeres oder neues Verzeichnis.`);
}

/** Renders every page, writes the whole site into a staging folder and swaps it into `options.out`. */
export async function buildSite(service: LanguageService, options: SiteOptions): Promise<SiteResult> {
  const out = resolve(options.out);
  assertReplaceable(out);
  const staging = `${out}.neu-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const started = performance.now();
    const handbook = createHandbook(service.index, { baseUrl: options.baseUrl });
    const paths = handbook.paths();
    for (const path of paths) writeFile(staging, path, handbook.render(path));
    const files = writeAssets(staging, handbook);
    writeFileSync(join(staging, MARKER), 'Von „werkzeugkoffer build“ geschrieben; wird beim nächsten Build ersetzt.\n');
    const renderMs = performance.now() - started;
    const search = options.search === false ? { ms: 0 } : await writeSearchIndex(staging);
    publish(staging, out);
    return { handbook, pages: paths.length - 1, files, renderMs, searchMs: search.ms };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function publish(staging: string, out: string): void {
  const old = `${out}.alt-${process.pid}`;
  mkdirSync(dirname(out), { recursive: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}

export interface RebuildResult extends RebuildPlan {
  ms: number;
}

/**
 * After the documents in `changed` changed in the service's index: writes the pages that show them (and
 * the sitemap when pages came or went) into the published folder, removes pages that no longer exist.
 */
export function rebuildPages(handbook: Handbook, out: string, changed: Iterable<string>): RebuildResult {
  const started = performance.now();
  const plan = handbook.update(changed);
  for (const path of plan.write) writeFile(out, path, handbook.render(path));
  for (const path of plan.remove) rmSync(join(out, path), { force: true });
  if (plan.write.length || plan.remove.length) writeAssets(out, handbook);
  return { ...plan, ms: performance.now() - started };
}
