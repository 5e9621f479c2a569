// Loads the JSON Schemas of the document kinds once: compiles each with ajv (never per file or per call), or takes
// the validators the bundles' build compiled already (./compiledValidators), and offers schema-aware navigation
// (the subschema at a data path), which the reference index, hover and completion read their annotations from.
import Ajv2020, { type CodeOptions, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import compiledValidators from './compiledValidators';
import angebotSchema from '../../../../schemas/angebot.schema.json';
import caseSchema from '../../../../schemas/case.schema.json';
import commonSchema from '../../../../schemas/common.schema.json';
import eckpunktSchema from '../../../../schemas/eckpunkt.schema.json';
import frageSchema from '../../../../schemas/frage.schema.json';
import instrumentSchema from '../../../../schemas/instrument.schema.json';
import pageSchema from '../../../../schemas/page.schema.json';
import planSchema from '../../../../schemas/plan.schema.json';
import siteSchema from '../../../../schemas/site.schema.json';

/** A JSON Schema object as the registry reads it; only the keywords the engine uses are typed. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  enumDescriptions?: string[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  'x-ref'?: string;
  'x-defines'?: string;
  'x-sections'?: SectionSpec[];
  [keyword: string]: unknown;
}

export interface SectionSpec {
  heading: string;
  description: string;
  format?: 'ordered-list';
}

/** Custom annotation keywords the schemas use; ajv is told they are annotations, not typos. */
const ANNOTATIONS = ['x-ref', 'x-defines', 'x-sections', 'enumDescriptions'];

export type PathSegment = string | number;

/** Validators by `validatorKey`, compiled beforehand from the same schemas with `schemaCompiler`. */
export type PrecompiledValidators = Readonly<Record<string, ValidateFunction>>;

/**
 * The ajv instance that compiles `schemas`; with `code` (`{ source: true }`) its validators carry their source for
 * ajv's standalone code, which the build precompiles the shipped schemas with: one set of options for both.
 */
export function schemaCompiler(schemas: readonly SchemaNode[], code?: CodeOptions): Ajv2020 {
  // The shipped schemas are checked against the JSON Schema meta-schema by registry.test.ts; checking them again
  // in every process and worker thread would compile the meta-schema each time (a fifth of a worker's start).
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false, code });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}

/** The name a validator goes by: the kind's for the whole document, with the JSON pointer for a part of it. */
export function validatorKey(kind: string, path?: string): string {
  return path === undefined ? kind : `${kind}#${path}`;
}

export class SchemaRegistry {
  private readonly byId = new Map<string, SchemaNode>();
  private readonly byKind = new Map<string, SchemaNode>();
  private readonly validators = new Map<string, ValidateFunction>();
  private compiler: Ajv2020 | undefined;

  /** `precompiled` must come from exactly these `schemas`; whatever it lacks is compiled on first use. */
  constructor(
    private readonly schemas: readonly SchemaNode[],
    private readonly precompiled: PrecompiledValidators = {},
  ) {
    for (const schema of schemas) {
      if (schema.$id) this.byId.set(schema.$id, schema);
      const kind = schema.properties?.kind?.const;
      if (typeof kind === 'string') this.byKind.set(kind, schema);
    }
  }

  get kinds(): string[] {
    return [...this.byKind.keys()];
  }

  schemaOf(kind: string): SchemaNode | undefined {
    return this.byKind.get(kind);
  }

  /**
   * The compiled validator of a kind, compiled on first use and kept: a thread that only adopts documents
   * validated elsewhere (the CLI's main thread beside its workers) never pays for compiling.
   */
  validator(kind: string): ValidateFunction | undefined {
    const key = validatorKey(kind);
    let validate = this.validators.get(key);
    if (!validate) {
      const schema = this.byKind.get(kind);
      if (!schema) return undefined;
      validate = this.precompiled[key] ?? this.ajv().getSchema(schema.$id!)!;
      this.validators.set(key, validate);
    }
    return validate;
  }

  /**
   * The compiled validator of a part of a kind's schema, by JSON pointer (`/properties/assessment`): data that is
   * not a whole document (an assessment file's entries) is checked against the same schema as the document.
   */
  validatorAt(kind: string, path: string): ValidateFunction | undefined {
    const key = validatorKey(kind, path);
    let validate = this.validators.get(key);
    if (!validate) {
      const schema = this.byKind.get(kind);
      if (!schema || !pointer(schema, path)) return undefined;
      validate = this.precompiled[key] ?? this.ajv().getSchema(`${schema.$id}#${path}`);
      if (!validate) return undefined;
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Made on first use: a process whose validators are all precompiled never builds one. */
  private ajv(): Ajv2020 {
    this.compiler ??= schemaCompiler(this.schemas);
    return this.compiler;
  }

  sections(kind: string): SectionSpec[] {
    return this.byKind.get(kind)?.['x-sections'] ?? [];
  }

  /** Follows `$ref`, merging the referring node's own annotations (title, description) over the target's. */
  resolve(node: SchemaNode, base: string): { node: SchemaNode; base: string } {
    if (!node.$ref) return { node, base };
    let cached = this.resolved.get(node);
    if (!cached) this.resolved.set(node, (cached = new Map()));
    const hit = cached.get(base);
    if (hit) return hit;
    const result = this.resolveUncached(node, base);
    cached.set(base, result);
    return result;
  }

  private readonly resolved = new WeakMap<SchemaNode, Map<string, { node: SchemaNode; base: string }>>();

  private resolveUncached(node: SchemaNode, base: string): { node: SchemaNode; base: string } {
    let current = node;
    let currentBase = base;
    for (let hops = 0; current.$ref && hops < 16; hops++) {
      const url = new URL(current.$ref, currentBase);
      const documentId = url.href.replace(/#.*$/, '');
      const root = this.byId.get(documentId);
      if (!root) break;
      const target = pointer(root, decodeURIComponent(url.hash.slice(1)));
      if (!target) break;
      const { $ref: _ref, ...own } = current;
      current = { ...target, ...own };
      if (!target.$ref) delete current.$ref;
      currentBase = documentId;
    }
    return { node: current, base: currentBase };
  }

  /** The subschema that describes the value at `path` of a document of `kind`. */
  at(kind: string, path: PathSegment[]): SchemaNode | undefined {
    const root = this.byKind.get(kind);
    if (!root) return undefined;
    let { node, base } = this.resolve(root, root.$id!);
    for (const segment of path) {
      const next = this.child(node, segment);
      if (!next) return undefined;
      ({ node, base } = this.resolve(next, base));
    }
    return node;
  }

  /** The schema of the keys of the object at `path` (`propertyNames`), if it declares one. */
  keysAt(kind: string, path: PathSegment[]): SchemaNode | undefined {
    const object = this.at(kind, path);
    if (!object?.propertyNames) return undefined;
    const root = this.byKind.get(kind)!;
    return this.resolve(object.propertyNames, root.$id!).node;
  }

  /**
   * Whether the value `schema` describes, or anything `childOf` reaches inside it, is marked as a reference or a
   * definition (`x-ref`, `x-defines`, keys whose `propertyNames` has `x-ref`): the walk that collects them
   * (parse/document.ts) passes over what holds none, most of a plan's frontmatter.
   */
  holdsAnnotations(schema: { node: SchemaNode; base: string }): boolean {
    // `true` and `false` are schemas too (anything, nothing): neither marks a reference.
    if (typeof schema.node !== 'object' || schema.node === null) return false;
    // Keyed by the node alone: a node lies in one schema document, and `resolve` gives a node reached through `$ref`
    // from elsewhere as a node of its own, so one node is never walked with two bases.
    const known = this.annotated.get(schema.node);
    if (known !== undefined) return known;
    // A schema that contains itself counts as holding them while it is decided: a wrong guess costs a walk, not a reference.
    this.annotated.set(schema.node, true);
    const holds = this.decideAnnotations(schema);
    this.annotated.set(schema.node, holds);
    return holds;
  }

  private readonly annotated = new WeakMap<SchemaNode, boolean>();

  private decideAnnotations({ node, base }: { node: SchemaNode; base: string }): boolean {
    if (node['x-ref'] || node['x-defines']) return true;
    if (node.propertyNames && this.resolve(node.propertyNames, base).node['x-ref']) return true;
    // Every subschema `child` can return, for any segment.
    const children = [
      ...Object.values(node.properties ?? {}),
      ...(typeof node.additionalProperties === 'object' ? [node.additionalProperties] : []),
      ...[...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap((branch) => Object.values(branch.properties ?? {})),
      ...(node.items ? [node.items] : []),
    ];
    return children.some((child) => this.holdsAnnotations(this.resolve(child, base)));
  }

  /** The resolved subschema one step below `parent` (as returned by `resolve`). */
  childOf(parent: { node: SchemaNode; base: string }, segment: PathSegment): { node: SchemaNode; base: string } | undefined {
    const next = this.child(parent.node, segment);
    return next ? this.resolve(next, parent.base) : undefined;
  }

  /** The resolved root schema of a kind. */
  rootOf(kind: string): { node: SchemaNode; base: string } | undefined {
    const root = this.byKind.get(kind);
    return root ? this.resolve(root, root.$id!) : undefined;
  }

  private child(node: SchemaNode, segment: PathSegment): SchemaNode | undefined {
    if (typeof segment === 'number') return node.items;
    const property = node.properties?.[segment];
    if (property) return property;
    if (typeof node.additionalProperties === 'object') return node.additionalProperties;
    // A value that may take several shapes (an indicator: a text, or an object with a criterion): the branch that has the key.
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
      const inBranch = branch.properties?.[segment];
      if (inBranch) return inBranch;
    }
    return undefined;
  }
}

function pointer(root: SchemaNode, path: string): SchemaNode | undefined {
  let current: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current as SchemaNode | undefined;
}

/** The schemas shipped in `schemas/`. */
export const BUILTIN_SCHEMAS: readonly SchemaNode[] = [commonSchema, eckpunktSchema, instrumentSchema, caseSchema, siteSchema, planSchema, pageSchema, frageSchema, angebotSchema] as SchemaNode[];

let defaultRegistry: SchemaRegistry | undefined;

/** The registry of the schemas shipped in `schemas/`, shared; in the bundles with the build's compiled validators. */
export function builtinSchemas(): SchemaRegistry {
  defaultRegistry ??= new SchemaRegistry(BUILTIN_SCHEMAS, compiledValidators);
  return defaultRegistry;
}
