// Test support: an in-memory workspace and a language service over it. Not part of any bundle.
import { createLanguageService, type LanguageService } from '../languageService';
import type { Diagnostic } from '../diagnostic';

export const ROOT = 'file:///ws/toolbox';

export function uri(path: string): string {
  return `${ROOT}/${path}`;
}

export interface TestWorkspace {
  service: LanguageService;
  files: Map<string, string>;
  /** Diagnostics of one file (path relative to the toolbox root). */
  diagnostics(path: string, code?: string): Diagnostic[];
  /** Replaces one file's text and returns the affected paths. */
  edit(path: string, text: string): string[];
}

/**
 * A language service over the given files (paths relative to the toolbox root); `extraFiles` exist but are no
 * documents (paths relative to the root, or `file:` URIs outside it).
 */
export function workspace(files: Record<string, string>, extraFiles: string[] = [], options: { today?: () => string } = {}): TestWorkspace {
  const store = new Map(Object.entries(files).map(([path, text]) => [uri(path), text]));
  const others = new Set(extraFiles.map((path) => (path.startsWith('file:') ? path : uri(path))));
  const service = createLanguageService({
    workspace: {
      list: () => store.keys(),
      read: (u) => (store.has(u) ? { text: store.get(u)! } : { error: 'nicht gefunden' }),
      exists: (u) => store.has(u) || others.has(u),
      contains: (u) => u.startsWith(`${ROOT}/`),
    },
    today: options.today,
  });
  service.indexWorkspace();
  return {
    service,
    files: store,
    diagnostics(path, code) {
      const all = service.diagnostics(uri(path));
      return code ? all.filter((d) => d.code === code) : all;
    },
    edit(path, text) {
      store.set(uri(path), text);
      return service.update(uri(path), { text }).map((u) => u.slice(ROOT.length + 1));
    },
  };
}

/** Compact form of a diagnostic for exact assertions: `code line:col-line:col` (0-based, as in LSP). */
export function at(d: Diagnostic): string {
  return `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** The 0-based line and column of the first occurrence of `needle` in `text` (after `after`, if given). */
export function find(text: string, needle: string, after?: string): { line: number; character: number } {
  const from = after ? text.indexOf(after) : 0;
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** `code line:col-line:col` for the span of `needle` in `text`. */
export function span(code: string, text: string, needle: string, after?: string): string {
  const start = find(text, needle, after);
  return `${code} ${start.line}:${start.character}-${start.line}:${start.character + needle.length}`;
}
