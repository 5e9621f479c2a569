// The search index: Pagefind (German stemming) indexes the written pages and writes its files beside them.
// Its binary comes from the npm package of the platform (`@pagefind/linux-x64`, an optional dependency),
// run as a command: nothing is downloaded and no service is contacted.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';

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
    const child = spawn(binary, ['--site', siteDir, '--output-path', outputPath, '--glob', '**/*.html', '--force-language', 'de'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
