// A new document of a kind, generated from its schema: every required field with an empty placeholder
// that the rules flag until it is filled in, and every required body section.
import { Document } from 'yaml';
import type { SchemaNode, SchemaRegistry } from '../schema/registry';

function placeholder(schema: SchemaNode | undefined, schemas: SchemaRegistry, kind: string, path: string[]): unknown {
  if (!schema) return '';
  if (schema.const !== undefined) return schema.const;
  // Enums and numbers stay empty on purpose: the rules flag them (with the allowed values) until filled in.
  if (schema.enum?.length || schema.type === 'integer' || schema.type === 'number') return '';
  if (schema.type === 'array') {
    const items = schemas.at(kind, [...path, 0]);
    if (items?.type === 'object') return [objectSkeleton(items, schemas, kind, [...path, 0])];
    return [];
  }
  if (schema.type === 'object') return objectSkeleton(schema, schemas, kind, path);
  return '';
}

function objectSkeleton(schema: SchemaNode, schemas: SchemaRegistry, kind: string, path: (string | number)[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name of schema.required ?? []) result[name] = placeholder(schemas.at(kind, [...path, name]), schemas, kind, [...path, name] as string[]);
  return result;
}

export function documentSkeleton(kind: string, id: string, title: string, schemas: SchemaRegistry): string {
  return skeletonText(kind, skeletonData(kind, id, title, schemas), schemas);
}

/** The frontmatter of a new document: kind, id and title first, then every required field with its placeholder. */
export function skeletonData(kind: string, id: string, title: string, schemas: SchemaRegistry): Record<string, unknown> {
  const root = schemas.at(kind, []);
  if (!root) throw new Error(`Unbekannte Dokumentart „${kind}“.`);
  const data = objectSkeleton(root, schemas, kind, []);
  const ordered: Record<string, unknown> = { kind, id, title };
  for (const [key, value] of Object.entries(data)) if (!(key in ordered)) ordered[key] = value;
  return ordered;
}

/** A document of `kind` with this frontmatter and every required body section, left empty. */
export function skeletonText(kind: string, data: Record<string, unknown>, schemas: SchemaRegistry): string {
  const yaml = new Document(data).toString({ lineWidth: 0 });
  const sections = schemas.sections(kind).map((s) => `## ${s.heading}\n\n${s.format === 'ordered-list' ? '1. ' : ''}\n`);
  return `---\n${yaml}---\n${sections.length ? `\n${sections.join('\n')}` : '\n'}`;
}
