// The file-system adapter of the engine's Workspace: lists Markdown files under roots, reads them as
// UTF-8 (refusing binaries and invalid encodings with a located reason), and answers whether files exist.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { URI } from 'vscode-uri';
import { decodeText, toolboxRootOf, type DocumentContent, type Workspace } from '../engine';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'out']);

export function uriOf(path: string): string {
  return URI.file(path).toString();
}

export function pathOf(uri: string): string {
  return URI.parse(uri).fsPath;
}

/** Every `*.md` file under `root` (a directory or a single file), sorted for stable output. */
export function markdownFiles(root: string): string[] {
  // lstat first: a dangling link is still a file the user named, and gets reported as unreadable.
  const link = lstatSync(root, { throwIfNoEntry: false });
  if (!link) return [];
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat || stat.isFile()) return [root];
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.toLowerCase().endsWith('.md') && (entry.isFile() || entry.isSymbolicLink())) found.push(path);
    }
  };
  walk(root);
  return found;
}

export function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The toolbox folder a path belongs to (the engine's policy, see `toolboxRootOf`), or undefined. */
export function findToolboxRoot(path: string, folderName?: string): string | undefined {
  const root = toolboxRootOf(uriOf(path), (uri) => isDirectory(pathOf(uri)), folderName);
  return root === undefined ? undefined : pathOf(root);
}

/** The toolbox of a path, or — outside any toolbox — the folder itself (or the folder of a file). */
export function toolboxRootOrFolder(path: string, folderName?: string): string {
  return findToolboxRoot(path, folderName) ?? (isDirectory(path) ? path : dirname(path));
}

export function readDocument(path: string): DocumentContent {
  try {
    // No stat first: reading a directory fails with EISDIR, and a check reads thousands of files.
    return decodeText(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { error: 'Das ist ein Verzeichnis, keine Datei.' };
    return { error: code === 'EACCES' ? 'Die Datei kann nicht gelesen werden (keine Leseberechtigung).' : `Die Datei kann nicht gelesen werden (${code ?? String(error)}).` };
  }
}

export function createFileWorkspace(roots: string[]): Workspace {
  return {
    list: () => roots.flatMap(markdownFiles).map(uriOf),
    read: (uri) => readDocument(pathOf(uri)),
    exists: (uri) => existsSync(pathOf(uri)),
  };
}
