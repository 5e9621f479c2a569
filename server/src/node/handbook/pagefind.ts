// The search index: Pagefind (German stemming) indexes the written pages and writes its files beside them.
// Its binary comes from the npm package of the platform (`@pagefind/linux-x64`, an optional dependency),
// run as a command: nothing is downloaded and no service is contacted.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { SEARCHABLE_ATTRIBUTE } from '../../engine';

export interface SearchIndexResult {
  pages: number;
  ms: number;
}

export class SearchIndexError extends Error {}

/** The Pagefind binary: `PAGEFIND_BINARY_PATH`, else the one the platform package installed. */
export function pagefindBinary(): string {
  if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
  const os = platform() === 'win32' ? 'windows' : platform();
  const executable = os === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  try {
    return require.resolve(`@pagefind/${os}-${arch()}/bin/${executable}`);
  } catch {
    throw new SearchIndexError(`Für die Suche fehlt Pagefind für ${os}-${arch()} (npm-Paket @pagefind/${os}-${arch()}). Installieren Sie es mit npm oder nennen Sie die Programmdatei in PAGEFIND_BINARY_PATH.`);
  }
}

/** Indexes every page of `siteDir` that marks its searchable part (`data-pagefind-body`), in German. */
export async function writeSearchIndex(siteDir: string, outputPath = join(siteDir, 'pagefind')): Promise<SearchIndexResult> {
  const started = performance.now();
  const binary = pagefindBinary();
  rmSync(outputPath, { recursive: true, force: true });
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(binary, ['--site', siteDir, '--output-path', outputPath, '--glob', searchGlob(siteDir), '--force-language', 'de'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += String(chunk)));
    child.stderr.on('data', (chunk) => (text += String(chunk)));
    child.on('error', (error) => reject(new SearchIndexError(`Pagefind konnte nicht gestartet werden: ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new SearchIndexError(`Pagefind ist mit Code ${code} beendet: ${text.trim().split('\n').slice(-5).join(' ')}`))));
  });
  if (!existsSync(join(outputPath, 'pagefind-entry.json'))) throw new SearchIndexError(`Pagefind hat keinen Index geschrieben: ${output.trim().split('\n').slice(-5).join(' ')}`);
  // The handbook brings its own search interface; Pagefind's prebuilt UI files are not published.
  for (const file of readdirSync(outputPath)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(file)) rmSync(join(outputPath, file));
  const pages = Number(/Indexed (\d+) pages?/i.exec(output)?.[1] ?? /(\d+) pages? found/i.exec(output)?.[1] ?? 0);
  return { pages, ms: performance.now() - started };
}

const SEARCHABLE = Buffer.from(SEARCHABLE_ATTRIBUTE);
/** The names a brace glob takes as they are: no glob syntax to escape. */
const PLAIN_NAME = /^[\w.-]+$/;

/**
 * The pages Pagefind reads: every folder of the site whole, and of the pages at the top only those with a
 * searchable part. Pagefind parses every page its glob names, also one it leaves out of the index: on a finished
 * site (the preview refreshes the index after a change) the print page, the whole toolbox on one page (100 MB at
 * 10,000 documents) took it longer than all other pages together: 24 s with it, 16 s without, for the same
 * index. The build writes the print page under another name while Pagefind runs.
 */
export function searchGlob(siteDir: string): string {
  const parts: string[] = [];
  const entries = readdirSync(siteDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (!PLAIN_NAME.test(entry.name)) return '**/*.html';
    if (entry.isDirectory()) parts.push(`${entry.name}/**/*.html`);
    else if (entry.isFile() && entry.name.endsWith('.html') && fileContains(join(siteDir, entry.name), SEARCHABLE)) parts.push(entry.name);
  }
  return parts.length ? `{${parts.join(',')}}` : '**/*.html';
}

/** Whether the file's bytes contain `needle`, read a chunk at a time; a file that cannot be read is left to Pagefind. */
function fileContains(path: string, needle: Buffer): boolean {
  const chunk = Buffer.allocUnsafe(1024 * 1024);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return true;
  }
  try {
    // Each read goes after the last needle.length − 1 bytes of the one before, so a needle across two reads is found.
    let kept = 0;
    for (;;) {
      const read = readSync(fd, chunk, kept, chunk.length - kept, null);
      if (read === 0) return false;
      const length = kept + read;
      if (chunk.subarray(0, length).includes(needle)) return true;
      kept = Math.min(needle.length - 1, length);
      chunk.copy(chunk, 0, length - kept, length);
    }
  } finally {
    closeSync(fd);
  }
}
