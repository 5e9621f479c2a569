// Completion, driven by the schemas and the index: frontmatter keys (with their German descriptions, as
// snippets), enum values, ids in reference fields (only of the declared kind), required body sections,
// relative link targets and #anchors.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { resolveLink } from '../workspace/workspaceIndex';
import { documentTitle, type ParsedDocument } from '../parse/document';
import { locate } from '../parse/yamlPath';
import { kindLabel } from '../vocabulary';
import type { SchemaNode, SchemaRegistry } from '../schema/registry';
import { cursorContext } from './cursor';
import { relativePath } from './paths';

export interface FeatureContext {
  schemas: SchemaRegistry;
  index: WorkspaceIndex;
  /** Whether a file exists (a document or any other file): a rename must not move a file onto it. */
  fileExists(uri: string): boolean;
  /** Today (JJJJ-MM-TT), for what depends on it (a plan's Ampel without a reporting date); the clock by default. */
  today?: () => string;
}

export function completion(document: ParsedDocument, position: Position, { schemas, index }: FeatureContext): CompletionList {
  const context = cursorContext(document, position);
  const range = (start: number, end: number) => document.lines.range(start, end);
  const items: CompletionItem[] = [];
  const kind = document.kind;

  if (context.where === 'key') {
    if (!kind) {
      if (context.parent.length === 0) items.push(...schemas.kinds.map((k) => kindItem(k, schemas, range(context.start, context.end))));
      return { isIncomplete: false, items };
    }
    const object = schemas.at(kind, context.parent);
    if (!object?.properties) return { isIncomplete: false, items };
    const present = new Set<string>();
    const node = document.yaml ? locate(document.yaml.doc, context.parent)?.value : undefined;
    if (node && 'items' in node && Array.isArray(node.items)) for (const pair of node.items as { key?: { value?: unknown } }[]) if (pair.key?.value !== undefined) present.add(String(pair.key.value));
    const required = new Set(object.required ?? []);
    for (const [name, raw] of Object.entries(object.properties)) {
      if (present.has(name) && name !== context.prefix) continue;
      const property = schemas.at(kind, [...context.parent, name]) ?? raw;
      items.push({
        label: name,
        kind: CompletionItemKind.Property,
        detail: `${property.title ?? name}${required.has(name) ? ' (Pflichtfeld)' : ''}`,
        documentation: property.description ? { kind: MarkupKind.Markdown, value: property.description } : undefined,
        sortText: `${required.has(name) ? '0' : '1'}${name}`,
        textEdit: { range: range(context.start, context.end), newText: keySnippet(name, property, context.indent) },
        insertTextFormat: InsertTextFormat.Snippet,
      });
    }
    return { isIncomplete: false, items };
  }

  if (context.where === 'value') {
    if (context.path.length === 1 && context.path[0] === 'kind') {
      return { isIncomplete: false, items: schemas.kinds.map((k) => ({ ...kindItem(k, schemas, range(context.start, context.end)), textEdit: { range: range(context.start, context.end), newText: k } })) };
    }
    if (!kind) return { isIncomplete: false, items };
    const schema = schemas.at(kind, context.path);
    const keySchema = schemas.keysAt(kind, context.path.slice(0, -1));
    const target = schema?.['x-ref'] ?? (context.path.length >= 2 ? keySchema?.['x-ref'] : undefined);
    if (target) items.push(...referenceItems(target, index, range(context.start, context.end), document.uri));
    else if (schema?.enum) items.push(...enumItems(schema, range(context.start, context.end)));
    else if (schema?.anyOf) for (const branch of schema.anyOf) if (branch.const !== undefined) items.push({ label: String(branch.const), kind: CompletionItemKind.EnumMember, textEdit: { range: range(context.start, context.end), newText: String(branch.const) } });
    return { isIncomplete: false, items };
  }

  if (context.where === 'body') {
    const headingTyping = /^(#{1,2})\s*([^#]*)$/.exec(context.linePrefix);
    if (headingTyping && kind) {
      const present = new Set(document.body.sections.map((s) => s.heading.text));
      const specs = schemas.sections(kind).filter((s) => !present.has(s.heading));
      const replace = range(context.lineStart, context.offset);
      specs.forEach((spec, i) => items.push({
        label: `## ${spec.heading}`,
        kind: CompletionItemKind.Module,
        detail: 'Pflichtabschnitt',
        documentation: { kind: MarkupKind.Markdown, value: spec.description },
        sortText: String(i).padStart(2, '0'),
        filterText: `${headingTyping[1]} ${spec.heading}`,
        textEdit: { range: replace, newText: spec.format === 'ordered-list' ? `## ${spec.heading}\n\n1. $0` : `## ${spec.heading}\n\n$0` },
        insertTextFormat: InsertTextFormat.Snippet,
      }));
      return { isIncomplete: false, items };
    }
    const link = /\]\(([^)\s#]*)(#[^)\s]*)?$/.exec(context.linePrefix);
    if (link) {
      if (link[2] !== undefined) {
        const target = link[1] ? resolveLink(document.uri, link[1])?.uri : document.uri;
        const targetDocument = target ? index.get(target) : undefined;
        const fragment = link[2].slice(1);
        const replace = range(context.offset - fragment.length, context.offset);
        for (const heading of targetDocument?.body.headings ?? []) {
          items.push({ label: `#${heading.slug}`, kind: CompletionItemKind.Reference, detail: heading.text, filterText: heading.slug, textEdit: { range: replace, newText: heading.slug } });
        }
        return { isIncomplete: false, items };
      }
      const typed = link[1]!;
      const replace = range(context.offset - typed.length, context.offset);
      for (const other of index.all()) {
        if (other.uri === document.uri) continue;
        const path = relativePath(document.uri, other.uri);
        items.push({
          label: path,
          kind: CompletionItemKind.File,
          detail: documentTitle(other),
          documentation: summaryOf(other),
          filterText: path,
          sortText: `${other.kind === 'instrument' ? 0 : 1}${path}`,
          textEdit: { range: replace, newText: path },
        });
      }
      return { isIncomplete: false, items };
    }
  }
  return { isIncomplete: false, items };
}

function kindItem(kind: string, schemas: SchemaRegistry, range: ReturnType<ParsedDocument['lines']['range']>): CompletionItem {
  const schema = schemas.schemaOf(kind)!;
  return {
    label: kind,
    kind: CompletionItemKind.Class,
    detail: schema.title,
    documentation: schema.description ? { kind: MarkupKind.Markdown, value: schema.description } : undefined,
    textEdit: { range, newText: `kind: ${kind}\nid: $1\ntitle: $2\n$0` },
    insertTextFormat: InsertTextFormat.Snippet,
  };
}

function keySnippet(name: string, schema: SchemaNode, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  if (schema.type === 'array') return `${name}:\n${pad}- $0`;
  if (schema.type === 'object' || schema.properties) return `${name}:\n${pad}$0`;
  if (schema.enum && schema.enum.length > 0) return `${name}: \${1|${schema.enum.map(String).join(',')}|}`;
  return `${name}: $0`;
}

function enumItems(schema: SchemaNode, range: ReturnType<ParsedDocument['lines']['range']>): CompletionItem[] {
  return (schema.enum ?? []).map((value, i) => ({
    label: String(value),
    kind: CompletionItemKind.EnumMember,
    detail: schema.title,
    documentation: schema.enumDescriptions?.[i] ? { kind: MarkupKind.Markdown, value: schema.enumDescriptions[i]! } : undefined,
    sortText: String(i).padStart(2, '0'),
    textEdit: { range, newText: String(value) },
  }));
}

/**
 * Ids of `targetKind` to refer to; never the document itself (a self-reference is a cycle or meaningless). A person
 * looks for an instrument by its title and a criterion by its statement: that is the label, found by any word of
 * the title, statement or summary (the editor filters by `filterText`); the id stands beside it and is inserted.
 */
function referenceItems(targetKind: string, index: WorkspaceIndex, range: ReturnType<ParsedDocument['lines']['range']>, self: string): CompletionItem[] {
  if (targetKind === 'criterion') {
    return index.criterionIds().sort().map((id) => {
      const definer = index.criterionDefiners(id)[0];
      const criteria = (definer?.data?.criteria as { id: string; text: string }[] | undefined) ?? [];
      const text = criteria.find((c) => c.id === id)?.text;
      return {
        label: text ?? id,
        ...(text ? { labelDetails: { description: id } } : {}),
        kind: CompletionItemKind.Reference,
        detail: `Kriterium · ${documentTitle(definer)}`,
        documentation: text ? { kind: MarkupKind.Markdown, value: text } : undefined,
        sortText: id,
        filterText: text ? `${id} ${text}` : id,
        textEdit: { range, newText: id },
      };
    });
  }
  return index.ofKind(targetKind).filter((d) => d.id && d.uri !== self).sort((a, b) => a.id!.localeCompare(b.id!)).map((d) => {
    const title = documentTitle(d);
    const summary = summaryOf(d);
    return {
      label: title,
      labelDetails: { description: d.id! },
      kind: CompletionItemKind.Reference,
      detail: kindLabel(targetKind),
      documentation: summary,
      sortText: d.id!,
      filterText: [d.id, title, summary?.value].filter(Boolean).join(' '),
      textEdit: { range, newText: d.id! },
    };
  });
}

export function summaryOf(document: ParsedDocument | undefined): { kind: 'markdown'; value: string } | undefined {
  const summary = document?.data?.summary;
  return typeof summary === 'string' ? { kind: MarkupKind.Markdown, value: summary } : undefined;
}

