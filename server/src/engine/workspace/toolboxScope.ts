// Which documents a host (the language server) checks: the Markdown files under a toolbox root, and any other
// Markdown file that declares a Werkzeugkoffer kind while it is open (a plan saved elsewhere). Roots and
// documents are compared by their decoded paths, so differently encoded URIs of one file agree; a path with
// `.` or `..` segments is never under a root, whatever its prefix says.
import { URI } from 'vscode-uri';
import { declaresKind } from '../vocabulary';

export interface ToolboxScope {
  /** Whether the file lies under one of the toolbox roots (a Markdown file: a toolbox document). */
  underRoots(uri: string): boolean;
  /** Whether the host checks this document: under a root, or (given its text) declaring a kind. */
  includes(uri: string, text?: string): boolean;
}

export function toolboxScope(rootUris: string[]): ToolboxScope {
  const roots = rootUris.map((root) => URI.parse(root)).map((root) => ({ scheme: root.scheme, authority: root.authority, path: root.path.replace(/\/$/, '') }));
  const isMarkdown = (uri: string) => uri.toLowerCase().endsWith('.md');
  const underRoots = (uri: string) => {
    if (!isMarkdown(uri)) return false;
    const parsed = URI.parse(uri);
    // `.`/`..` segments (also percent-encoded) would lead out of a root that the path seems to lie under.
    if (parsed.path.split('/').some((segment) => segment === '.' || segment === '..')) return false;
    return roots.some((root) => root.scheme === parsed.scheme && root.authority === parsed.authority && (parsed.path === root.path || parsed.path.startsWith(`${root.path}/`)));
  };
  return {
    underRoots,
    includes: (uri, text) => underRoots(uri) || (text !== undefined && isMarkdown(uri) && declaresKind(text)),
  };
}
