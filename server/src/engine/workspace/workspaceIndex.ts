// The workspace index: which document defines which id, who refers to whom, who links where.
// Updating one document touches only that document's entries and reports which other documents
// must be re-checked because what they depend on may have changed.
import { Utils, URI } from 'vscode-uri';
import type { ParsedDocument } from '../parse/document';
import { requiresOf } from '../parse/requires';
import { isDocumentKind } from '../vocabulary/kinds';

type UriSet = Set<string>;

function add(map: Map<string, UriSet>, key: string, uri: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uri);
}

function remove(map: Map<string, UriSet>, key: string, uri: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(uri);
  if (set.size === 0) map.delete(key);
}

/** Resolves a relative link target of `fromUri` to a document URI (without the fragment). */
export function resolveLink(fromUri: string, url: string): { uri: string; fragment: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const hash = url.indexOf('#');
  const path = hash >= 0 ? url.slice(0, hash) : url;
  const fragment = hash >= 0 ? url.slice(hash + 1) : '';
  if (path === '') return { uri: fromUri, fragment };
  return { uri: resolvedPath(fromUri, path), fragment };
}

/** A link's path as a file path: without its query, percent-decoded where it can be. */
function decodedPath(path: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.split('?')[0]!);
  } catch {
    decoded = path;
  }
  // A lone surrogate (half an emoji, typed or decoded) cannot be percent-encoded into a URI; it becomes U+FFFD,
  // so the link resolves to a file that does not exist instead of throwing.
  return decoded.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Targets resolved so far, by the linking document's folder and the link's path as written: every link is resolved
 * when its document is indexed and again when it is checked, and a folder's pages link to the same pages. Bounded,
 * since the language server lives long.
 */
const resolvedTargets = new Map<string, Map<string, string>>();
let resolvedCount = 0;
const RESOLVED_TARGETS_KEPT = 50_000;

function resolvedPath(fromUri: string, path: string): string {
  const resolve = () => plainResolvedPath(fromUri, path) ?? uriResolvedPath(fromUri, path);
  // A query or fragment of the linking URI is kept in the target (vscode-uri): such URIs are resolved each time.
  const cut = fromUri.lastIndexOf('/');
  if (cut < 0 || fromUri.includes('?') || fromUri.includes('#')) return resolve();
  const folder = fromUri.slice(0, cut + 1);
  let target = resolvedTargets.get(folder)?.get(path);
  if (target === undefined) {
    target = resolve();
    if (resolvedCount >= RESOLVED_TARGETS_KEPT) {
      resolvedTargets.clear();
      resolvedCount = 0;
    }
    let targets = resolvedTargets.get(folder);
    if (!targets) resolvedTargets.set(folder, (targets = new Map()));
    targets.set(path, target);
    resolvedCount++;
  }
  return target;
}

/** `path` resolved against the folder of `fromUri` as vscode-uri resolves it: parsed, decoded, joined, encoded again. */
export function uriResolvedPath(fromUri: string, path: string): string {
  const base = URI.parse(fromUri);
  const decoded = decodedPath(path);
  return (decoded.startsWith('/') ? base.with({ path: decoded }) : Utils.resolvePath(Utils.dirname(base), decoded)).toString();
}

/** A file URI and a relative path of characters that no URI escapes and no decoding changes. */
const PLAIN_FILE_URI = /^file:\/\/(?:\/[\w.~-]+)+$/;
const PLAIN_RELATIVE_PATH = /^[\w.~-][\w.~/-]*$/;

/**
 * The same for the common case, by joining the segments, or undefined where the URI's rules could matter (escapes,
 * a query, a host, `.` or `..` in the document's own path): most targets are resolved once, so this is what a
 * workspace of 10,000 linking documents costs.
 */
export function plainResolvedPath(fromUri: string, path: string): string | undefined {
  if (!PLAIN_RELATIVE_PATH.test(path) || !PLAIN_FILE_URI.test(fromUri)) return undefined;
  const segments = fromUri.slice('file://'.length, fromUri.lastIndexOf('/')).split('/');
  if (segments.some((segment, i) => i > 0 && (segment === '.' || segment === '..'))) return undefined;
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 1) segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return `file://${segments.length > 1 ? segments.join('/') : '/'}`;
}

/**
 * A document is unsettled when its frontmatter is missing, unclosed or not valid YAML, or names no known kind:
 * then its id, kind and references are not what its author meant, and the findings about it are its own — no
 * other document is told that it refers to nothing or to the wrong kind.
 */
export function isUnsettled(document: ParsedDocument): boolean {
  return document.data === undefined || !isDocumentKind(document.kind);
}

/** Whether a document is unsettled or carries an id other than its file name. */
function isStray(document: ParsedDocument): boolean {
  return isUnsettled(document) || document.id !== fileStem(document.uri);
}

/** A file's name without the folder and `.md`. */
export function fileStem(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  // A URI with a path and no query or fragment, and a name without escapes: the name is as written (parsing a URI
  // per document costs a tenth of indexing it).
  const plain = name !== '' && !name.includes('%') && PLAIN_PATH_URI.test(uri);
  return (plain ? name : Utils.basename(URI.parse(uri))).replace(/\.md$/i, '');
}

const PLAIN_PATH_URI = /^[A-Za-z][\w+.-]*:(?:\/\/[^/?#]*\/|\/(?!\/))[^?#]*$/;

export class WorkspaceIndex {
  private readonly documents = new Map<string, ParsedDocument>();
  private readonly definers = new Map<string, UriSet>();
  private readonly criterionDefinitions = new Map<string, UriSet>();
  private readonly referrers = new Map<string, UriSet>();
  private readonly linkers = new Map<string, UriSet>();
  private readonly byKind = new Map<string, UriSet>();
  /** Documents not named after their id (or unsettled, see `isUnsettled`) by their file name without `.md`. */
  private readonly strayByStem = new Map<string, UriSet>();
  private readonly unsettled: UriSet = new Set();
  /** `idsOfKind` until the next change: a check with many broken references asks for the same list each time. */
  private readonly idsOfKindCache = new Map<string, readonly string[]>();

  get size(): number {
    return this.documents.size;
  }

  uris(): IterableIterator<string> {
    return this.documents.keys();
  }

  all(): IterableIterator<ParsedDocument> {
    return this.documents.values();
  }

  get(uri: string): ParsedDocument | undefined {
    return this.documents.get(uri);
  }

  /** Documents whose `id` is `id` (more than one means a duplicate). */
  documentsWithId(id: string): ParsedDocument[] {
    return [...(this.definers.get(id) ?? [])].map((uri) => this.documents.get(uri)!);
  }

  /** The document with this id, if exactly one defines it (otherwise the first). */
  byId(id: string): ParsedDocument | undefined {
    const set = this.definers.get(id);
    if (!set) return undefined;
    return this.documents.get(set.values().next().value!);
  }

  ofKind(kind: string): ParsedDocument[] {
    return [...(this.byKind.get(kind) ?? [])].map((uri) => this.documents.get(uri)!);
  }

  idsOfKind(kind: string): readonly string[] {
    let ids = this.idsOfKindCache.get(kind);
    if (!ids) {
      ids = this.ofKind(kind).flatMap((d) => (d.id ? [d.id] : []));
      this.idsOfKindCache.set(kind, ids);
    }
    return ids;
  }

  /**
   * Documents in a file `stem.md` that do not say they are `stem` (another id, or unsettled): what a reference to
   * `stem` most likely means; the finding about that document's id or frontmatter is the one message.
   */
  strayWithStem(stem: string): ParsedDocument[] {
    return [...(this.strayByStem.get(stem) ?? [])].map((uri) => this.documents.get(uri)!);
  }

  /** Whether any document is unsettled: what it defines, refers to or addresses is not known. */
  hasUnsettled(): boolean {
    return this.unsettled.size > 0;
  }

  /** Documents defining a criterion with this id. */
  /** Whether a document of `kind` has the id `id`: the test of every reference that resolves, so it builds no list. */
  hasIdOfKind(id: string, kind: string): boolean {
    return this.withIdOfKind(id, kind) !== undefined;
  }

  /** The first document of `kind` whose id is `id`; builds no list (asked for every measure of every plan). */
  withIdOfKind(id: string, kind: string): ParsedDocument | undefined {
    for (const uri of this.definers.get(id) ?? []) {
      const document = this.documents.get(uri);
      if (document?.kind === kind) return document;
    }
    return undefined;
  }

  /** Whether an Eckpunkt's checklist defines the criterion `id`. */
  definesCriterion(id: string): boolean {
    return (this.criterionDefinitions.get(id)?.size ?? 0) > 0;
  }

  criterionDefiners(id: string): ParsedDocument[] {
    return [...(this.criterionDefinitions.get(id) ?? [])].map((uri) => this.documents.get(uri)!);
  }

  criterionIds(): string[] {
    return [...this.criterionDefinitions.keys()];
  }

  /** Documents with a typed reference to `id` (of any kind). */
  referrersOf(id: string): ParsedDocument[] {
    return [...(this.referrers.get(id) ?? [])].map((uri) => this.documents.get(uri)!);
  }

  /** Documents with a Markdown link to `uri`. */
  linkersOf(uri: string): ParsedDocument[] {
    return [...(this.linkers.get(uri) ?? [])].map((u) => this.documents.get(u)!);
  }

  /** Inserts or replaces a document; returns the other documents whose diagnostics may change. */
  set(document: ParsedDocument): Set<string> {
    const previous = this.load(document);
    const affected = this.dependents(previous, document);
    affected.delete(document.uri);
    return affected;
  }

  /**
   * Inserts or replaces a document without asking who depends on it: for loading a workspace, when nothing
   * has been checked yet (at 10,000 documents the dependents cost a quarter of adopting them). Returns the
   * version it replaced.
   */
  load(document: ParsedDocument): ParsedDocument | undefined {
    const previous = this.documents.get(document.uri);
    if (previous) this.unlink(previous);
    this.documents.set(document.uri, document);
    this.link(document);
    return previous;
  }

  delete(uri: string): Set<string> {
    const previous = this.documents.get(uri);
    if (!previous) return new Set();
    this.unlink(previous);
    this.documents.delete(uri);
    const affected = this.dependents(previous, undefined);
    affected.delete(uri);
    return affected;
  }

  private link(document: ParsedDocument): void {
    const uri = document.uri;
    this.idsOfKindCache.clear();
    if (document.id) add(this.definers, document.id, uri);
    if (document.kind) add(this.byKind, document.kind, uri);
    if (isStray(document)) add(this.strayByStem, fileStem(uri), uri);
    if (isUnsettled(document)) this.unsettled.add(uri);
    for (const definition of document.definitions) add(this.criterionDefinitions, definition.id, uri);
    for (const reference of document.references) add(this.referrers, reference.target, uri);
    for (const link of document.body.links) {
      const target = resolveLink(uri, link.url);
      if (target && target.uri !== uri) add(this.linkers, target.uri, uri);
    }
  }

  private unlink(document: ParsedDocument): void {
    const uri = document.uri;
    this.idsOfKindCache.clear();
    if (document.id) remove(this.definers, document.id, uri);
    if (document.kind) remove(this.byKind, document.kind, uri);
    if (isStray(document)) remove(this.strayByStem, fileStem(uri), uri);
    this.unsettled.delete(uri);
    for (const definition of document.definitions) remove(this.criterionDefinitions, definition.id, uri);
    for (const reference of document.references) remove(this.referrers, reference.target, uri);
    for (const link of document.body.links) {
      const target = resolveLink(uri, link.url);
      if (target) remove(this.linkers, target.uri, uri);
    }
  }

  /**
   * Who must be re-checked after `before` became `after`: documents sharing or referring to its id and
   * criteria, the targets of its references (mutual `related`, coverage), documents that require it
   * transitively (cycles), documents linking to it (anchors), and all plans when an Eckpunkt changed.
   */
  private dependents(before: ParsedDocument | undefined, after: ParsedDocument | undefined): Set<string> {
    const affected = new Set<string>();
    const addAll = (documents: Iterable<ParsedDocument>) => {
      for (const d of documents) affected.add(d.uri);
    };
    for (const version of [before, after]) {
      if (!version) continue;
      if (version.id) {
        addAll(this.documentsWithId(version.id));
        addAll(this.referrersOf(version.id));
        addAll(this.transitiveRequirers(version.id));
      }
      for (const definition of version.definitions) {
        addAll(this.criterionDefiners(definition.id));
        addAll(this.referrersOf(definition.id));
      }
      for (const reference of version.references) {
        if (reference.targetKind === 'criterion') addAll(this.criterionDefiners(reference.target));
        else addAll(this.documentsWithId(reference.target));
      }
      addAll(this.linkersOf(version.uri));
      if (version.kind === 'eckpunkt') addAll(this.ofKind('plan'));
      // What a stray document stands for is guessed from its file name; coverage waits until all are readable.
      if (isStray(version)) addAll(this.referrersOf(fileStem(version.uri)));
      if (isUnsettled(version)) addAll(this.ofKind('eckpunkt'));
    }
    return affected;
  }

  private transitiveRequirers(id: string): ParsedDocument[] {
    const seen = new Set<string>();
    const queue = [id];
    const result: ParsedDocument[] = [];
    while (queue.length > 0) {
      const current = queue.pop()!;
      for (const referrer of this.referrersOf(current)) {
        if (!referrer.id || seen.has(referrer.uri)) continue;
        if (!requiresOf(referrer).some((r) => r.target === current)) continue;
        seen.add(referrer.uri);
        result.push(referrer);
        queue.push(referrer.id);
      }
    }
    return result;
  }
}
