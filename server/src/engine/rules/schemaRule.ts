// Rule 4: schema violations, each placed on the offending key or value with a German message.
// ajv reports with JSON pointers; yamlPath turns them into source ranges. Every keyword has a placement.
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostic';
import { deferredPlace, type ParsedDocument, type Place } from '../parse/document';
import { locator, nodeSpan, spanAt, type Locator } from '../parse/yamlPath';
import type { PathSegment, SchemaNode } from '../schema/registry';
import { didYouMean, suggestionText } from '../util/didYouMean';
import { Codes, codeSeverity, type Code } from './codes';
import { diagnostic, frontmatterAnchor, type Rule } from './context';
import { summaryOf, withinLimit } from './findingLimit';
import { misindentedEntries, pointerOf } from './misindented';

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  integer: 'eine ganze Zahl',
  number: 'eine Zahl',
  boolean: 'ein Wahrheitswert (true oder false)',
  array: 'eine Liste',
  object: 'eine Zuordnung von Feldern',
  null: 'ein leerer Wert',
};

const FORMAT_NAMES: Record<string, string> = {
  date: 'ein Datum im Format JJJJ-MM-TT',
  email: 'eine E-Mail-Adresse',
  uri: 'eine vollständige Adresse (https://…)',
};

export const schemaRule: Rule = {
  name: 'schema',
  scope: 'document',
  check(document, { schemas }) {
    const kind = document.kind;
    if (!kind || !document.data || !document.split.block) return [];
    const validate = schemas.validator(kind);
    if (!validate || validate(document.data)) return [];
    return placeErrors(document, withoutMergedEntries(document, prune(validate.errors ?? [])));
  },
};

/**
 * Drops errors that only restate another: `if`, the branches under an `anyOf`, the wrapper of `propertyNames`,
 * `kind`'s const, and a choice (`oneOf`/`anyOf`) on a value of the wrong type beside its schema's own `type` error
 * (on an empty `answered_by:` both branches hold vacuously, and „leer ist … nicht erlaubt“ would say the type again).
 */
function prune(errors: ErrorObject[]): ErrorObject[] {
  const combinators = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath));
  const mistyped = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.parentSchema));
  return errors.filter((error) => {
    if ((error.keyword === 'anyOf' || error.keyword === 'oneOf') && mistyped.has(error.parentSchema)) return false;
    if (error.keyword === 'if') return false;
    if (error.keyword === 'propertyNames') return false;
    if (error.keyword === 'const' && error.instancePath === '/kind') return false;
    return !underCombinator(error.schemaPath, combinators);
  });
}

/** Drops the errors about a list entry that swallowed a wrongly indented one: its indentation is the one message (WK205). */
function withoutMergedEntries(document: ParsedDocument, errors: ErrorObject[]): ErrorObject[] {
  if (!errors.some((e) => typeof e.data === 'string')) return errors;
  const merged = new Set(misindentedEntries(document).map((entry) => pointerOf(entry.path)));
  return merged.size === 0 ? errors : errors.filter((e) => !merged.has(e.instancePath));
}

/** Whether a proper prefix of `schemaPath` (up to a `/`) is one of `combinators`: one look-up per segment, not one per combinator. */
function underCombinator(schemaPath: string, combinators: Set<string>): boolean {
  if (combinators.size === 0) return false;
  for (let slash = schemaPath.indexOf('/'); slash >= 0; slash = schemaPath.indexOf('/', slash + 1)) {
    if (combinators.has(schemaPath.slice(0, slash))) return true;
  }
  return false;
}

function segments(document: ParsedDocument, pointer: string): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let current: unknown = document.data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(current) && /^\d+$/.test(key) ? Number(key) : key;
    path.push(segment);
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment as string] : undefined;
  }
  return path;
}

/** One finding to be: a schema error, or the required keys one object lacks (reported together). */
type Pending =
  | { kind: 'error'; error: ErrorObject; path: PathSegment[] }
  | { kind: 'required'; path: PathSegment[]; missing: string[]; schema: SchemaNode };

function placeErrors(document: ParsedDocument, errors: ErrorObject[]): Diagnostic[] {
  // The tree only when a finding's place needs it: a frontmatter read without it is located from its events.
  let located: Locator | undefined;
  const find: Locator = (path) => (located ??= locator(document.yaml!.doc))(path);
  const suggestions = keySuggestions();
  // Within the limit before placing: locating and wording a finding is the costly part, not finding it.
  const { kept, omitted } = withinLimit(pending(document, errors, suggestions), (item) => (item.kind === 'required' ? Codes.schemaRequired : errorCode(item.error)));
  const placeOf = (item: Pending) =>
    item.kind === 'required' ? placeRequired(document, item.path, item.missing, item.schema, find) : place(document, item.error, item.path, find, suggestions);
  const findings = kept.map(placeOf);
  for (const { first, count } of omitted.values()) findings.push(summaryOf(placeOf(first), count));
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The errors in ajv's order, the `required` ones of an object as one entry, none about a key that is only misspelt. */
function pending(document: ParsedDocument, errors: ErrorObject[], suggestions: KeySuggestions): Pending[] {
  const items: Pending[] = [];
  const required = new Map<string, Pending & { kind: 'required' }>();
  const misspelt = misspeltKeys(errors, suggestions);
  for (const error of errors) {
    const path = segments(document, error.instancePath);
    if (error.keyword !== 'required') {
      items.push({ kind: 'error', error, path });
      continue;
    }
    const missing = String(error.params.missingProperty);
    if (misspelt.has(`${error.instancePath}/${missing}`)) continue;
    const entry = required.get(error.instancePath);
    if (entry) {
      entry.missing.push(missing);
      continue;
    }
    const created = { kind: 'required' as const, path, missing: [missing], schema: error.parentSchema as SchemaNode };
    required.set(error.instancePath, created);
    items.push(created);
  }
  return items;
}

/** The code a schema error is reported with (a choice where nothing was chosen is a missing field). */
function errorCode(error: ErrorObject): Code {
  switch (error.keyword) {
    case 'type':
      return Codes.schemaType;
    case 'enum':
    case 'const':
      return Codes.schemaEnum;
    case 'additionalProperties':
      return Codes.schemaUnknownKey;
    case 'pattern':
    case 'format':
      return Codes.schemaFormat;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return Codes.schemaBounds;
    case 'uniqueItems':
      return Codes.schemaUnique;
    case 'required':
    case 'dependentRequired':
      return Codes.schemaRequired;
    case 'anyOf':
    case 'oneOf':
      return missingChoice(error.data, (error.parentSchema as SchemaNode | undefined)?.[error.keyword] as SchemaNode[] | undefined) ? Codes.schemaRequired : Codes.schemaOther;
    default:
      return Codes.schemaOther;
  }
}

/**
 * The required keys an unknown key of the same object is the likely misspelling of (`efort` for `effort`), as
 * `pointer/key`: the unknown key's message names it, and „Pflichtfeld fehlt“ would report the same typo twice.
 * Only objects that lack a required key are asked.
 */
function misspeltKeys(errors: ErrorObject[], suggestions: KeySuggestions): Set<string> {
  const keys = new Set<string>();
  const lacking = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
  if (lacking.size === 0) return keys;
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties' || !lacking.has(error.instancePath)) continue;
    const [likely] = suggestions(error);
    if (likely) keys.add(`${error.instancePath}/${likely}`);
  }
  return keys;
}

/** For an unknown key, the known keys of its object it is likely a misspelling of, best first; worked out once per error when asked. */
type KeySuggestions = (error: ErrorObject) => string[];

function keySuggestions(): KeySuggestions {
  const known = new Map<ErrorObject, string[]>();
  return (error) => {
    let suggestions = known.get(error);
    if (!suggestions) {
      suggestions = error.keyword === 'additionalProperties' ? didYouMean(String(error.params.additionalProperty), knownKeys(error)) : [];
      known.set(error, suggestions);
    }
    return suggestions;
  };
}

function knownKeys(error: ErrorObject): string[] {
  return Object.keys((error.parentSchema as SchemaNode | undefined)?.properties ?? {});
}

function offsetSpan(document: ParsedDocument, span: [number, number] | undefined): [number, number] {
  if (!span) return frontmatterAnchor(document);
  const offset = document.split.block!.contentStart;
  return [span[0] + offset, span[1] + offset];
}

function label(schema: SchemaNode | undefined, path: PathSegment[]): string {
  const last = [...path].reverse().find((s) => typeof s === 'string');
  return schema?.title ?? (last !== undefined ? String(last) : 'Wert');
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'leer';
  if (typeof value === 'string') return `„${value.length > 60 ? `${value.slice(0, 57)}…` : value}“`;
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'object') return 'eine Zuordnung';
  return String(value);
}

function place(document: ParsedDocument, error: ErrorObject, path: PathSegment[], find: Locator, keySuggestions: KeySuggestions): Diagnostic {
  const tree = () => document.yaml!.doc;
  const schema = error.parentSchema as SchemaNode | undefined;
  const name = label(schema, path);
  const value = error.data;
  const at = (span: [number, number] | undefined) => offsetSpan(document, span);
  // Where the data has the entry, its place is where spanAt would find it: the key, or the value (never empty then).
  const keyAt = (p: PathSegment[] = path): Place => deferredPlace(document, p, true) ?? at(spanAt(tree(), p, 'key', find));
  // Under `propertyNames` the checked value is a key of the object at `path`: the finding belongs on that key.
  const propertyName = (error as { propertyName?: string }).propertyName;
  const valueAt = (): Place => (propertyName !== undefined ? keyAt([...path, propertyName]) : (deferredPlace(document, path, false) ?? at(spanAt(tree(), path, 'value', find))));
  const params = error.params as Record<string, any>;
  const code = errorCode(error);
  const severity = codeSeverity[code];

  switch (error.keyword) {
    case 'type': {
      const expected = String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' oder ');
      const span = value === null ? keyAt() : valueAt();
      return diagnostic(document, span, severity, code, `Falscher Typ für „${name}“: erwartet wird ${expected}, gefunden ${shown(value)}.`);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestions = typeof value === 'string' ? didYouMean(value, allowed) : [];
      return diagnostic(document, valueAt(), severity, code,
        `${shown(value)} ist kein erlaubter Wert für „${name}“. Erlaubt: ${allowed.map((a) => `„${a}“`).join(', ')}.${suggestionText(suggestions)}`,
        { suggestions });
    }
    case 'const':
      return diagnostic(document, valueAt(), severity, code, `Für „${name}“ ist nur ${shown(params.allowedValue)} erlaubt, gefunden ${shown(value)}.`,
        { suggestions: [String(params.allowedValue)] });
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const known = knownKeys(error);
      const suggestions = keySuggestions(error);
      const listing = known.length <= 14 ? ` Erlaubte Felder: ${known.join(', ')}.` : '';
      return diagnostic(document, keyAt([...path, property]), severity, code,
        `Unbekanntes Feld „${property}“${path.length ? ` in „${name}“` : ''}.${suggestionText(suggestions)}${suggestions.length ? '' : listing}`,
        { suggestions, property });
    }
    case 'pattern': {
      const hint = schema?.description ? ` ${schema.description}` : '';
      return diagnostic(document, valueAt(), severity, code, `${shown(value)} hat nicht das verlangte Format für „${name}“.${hint}`);
    }
    case 'format':
      return diagnostic(document, valueAt(), severity, code,
        `${shown(value)} ist für „${name}“ ungültig: erwartet wird ${FORMAT_NAMES[String(params.format)] ?? String(params.format)}.`);
    case 'minimum':
    case 'exclusiveMinimum':
      return diagnostic(document, valueAt(), severity, code, `${shown(value)} ist zu klein für „${name}“: erlaubt ist mindestens ${params.limit}.`);
    case 'maximum':
    case 'exclusiveMaximum':
      return diagnostic(document, valueAt(), severity, code, `${shown(value)} ist zu groß für „${name}“: erlaubt ist höchstens ${params.limit}.`);
    case 'minLength':
      return diagnostic(document, value === '' ? keyAt() : valueAt(), severity, code,
        `Der Text für „${name}“ ist zu kurz (${String(value ?? '').length} Zeichen); verlangt sind mindestens ${params.limit}.`);
    case 'maxLength':
      return diagnostic(document, valueAt(), severity, code,
        `Der Text für „${name}“ ist zu lang (${String(value ?? '').length} Zeichen); erlaubt sind höchstens ${params.limit}.`);
    case 'minItems':
      return diagnostic(document, keyAt(), severity, code,
        `Die Liste „${name}“ braucht mindestens ${params.limit} ${params.limit === 1 ? 'Eintrag' : 'Einträge'}.`);
    case 'maxItems':
      return diagnostic(document, keyAt(), severity, code, `Die Liste „${name}“ darf höchstens ${params.limit} Einträge haben.`);
    case 'minProperties':
    case 'maxProperties':
      return diagnostic(document, keyAt(), severity, code, `„${name}“ hat zu ${error.keyword === 'minProperties' ? 'wenige' : 'viele'} Felder (Grenze: ${params.limit}).`);
    case 'uniqueItems': {
      // ajv's two loops name the pair in opposite order (i < j for primitive items, i > j otherwise); report the later one.
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b) as [number, number];
      const duplicate = (value as unknown[])[second];
      const span = nodeSpan(find([...path, second])?.value);
      return diagnostic(document, at(span ?? spanAt(tree(), path, 'value', find)), severity, code,
        `${shown(duplicate)} steht doppelt in der Liste „${name}“ (Einträge ${first + 1} und ${second + 1}).`);
    }
    case 'dependentRequired':
      return diagnostic(document, keyAt([...path, String(params.property)]), severity, code,
        `Wenn „${params.property}“ angegeben ist, ist auch „${params.missingProperty}“ Pflicht.`, { missing: [String(params.missingProperty)] });
    case 'anyOf':
    case 'oneOf': {
      const missing = missingChoice(value, schema?.[error.keyword] as SchemaNode[] | undefined);
      if (missing) return diagnostic(document, valueAt(), severity, code, missingChoiceMessage(name, value as Record<string, unknown>, missing));
      const hint = schema?.description ? ` ${schema.description}` : '';
      // The message opens with the value: „eine Zuordnung“ starts a sentence here.
      const subject = shown(value).replace(/^e/, 'E');
      return diagnostic(document, value === null ? keyAt() : valueAt(), severity, code, `${subject} ist für „${name}“ nicht erlaubt.${hint}`);
    }
    default: {
      // Keywords outside the ones above (e.g. `not`, `contains`) still land on their value.
      if (propertyName !== undefined) {
        return diagnostic(document, valueAt(), severity, code, `Der Schlüssel „${propertyName}“ ist hier nicht erlaubt.`);
      }
      return diagnostic(document, valueAt(), severity, code, `${shown(value)} verletzt die Schemaregel „${error.keyword}“ für „${name}“.`);
    }
  }
}

/**
 * A choice (`oneOf`/`anyOf`) of which every branch asks for a key of its own (`answered_by`: `site`, or
 * `institution`), on a mapping that has none of them: nothing was chosen. That is a missing field, not a value
 * that is „nicht erlaubt“ (an empty `answered_by: {}`, as `frage neu` writes it, is the common case). The
 * branches, each by its description or else by its keys, say what may be given.
 */
function missingChoice(value: unknown, branches: SchemaNode[] | undefined): { keys: string[]; alternatives: string[] } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !branches?.length) return undefined;
  if (!branches.every((b) => b.required?.length)) return undefined;
  const keys = branches.flatMap((b) => b.required!);
  if (keys.some((k) => Object.hasOwn(value, k))) return undefined;
  return { keys, alternatives: branches.map((b) => b.description ?? b.required!.map((k) => `„${k}“`).join(' und ')) };
}

function missingChoiceMessage(name: string, value: Record<string, unknown>, { keys, alternatives }: { keys: string[]; alternatives: string[] }): string {
  const given = Object.keys(value);
  const quoted = (list: string[]) => list.map((k) => `„${k}“`);
  const opening = given.length === 0
    ? `„${name}“ ist leer.`
    : `„${name}“ nennt nur ${quoted(given).join(', ')}, aber keines der Felder ${quoted(keys).join(' oder ')}.`;
  const choice = alternatives.length === 1 ? alternatives[0] : `entweder ${alternatives.join(' oder ')}`;
  return `${opening} Anzugeben ist ${choice}.`;
}

function placeRequired(document: ParsedDocument, path: PathSegment[], missing: string[], schema: SchemaNode, find: Locator): Diagnostic {
  let span: [number, number] | undefined;
  if (path.length === 0) {
    span = nodeSpan(find(['kind'])?.key);
  } else if (typeof path[path.length - 1] === 'number') {
    // A list item: point at its first line (the "- key: …" line).
    const item = nodeSpan(find(path)?.value);
    if (item) {
      const offset = document.split.block!.contentStart;
      const line = document.lines.positionAt(item[0] + offset).line;
      span = [item[0], Math.min(item[1], document.lines.lineEnd(line) - offset)];
    }
  } else {
    span = nodeSpan(find(path)?.key);
  }
  const names = missing.map((m) => `„${m}“`).join(', ');
  const where = path.length ? ` in „${label(schema, path)}“` : '';
  const described = missing
    .map((m) => schema.properties?.[m]?.title)
    .filter(Boolean)
    .join(', ');
  const message = missing.length === 1
    ? `Pflichtfeld ${names}${where} fehlt${described ? ` (${described})` : ''}.`
    : `Pflichtfelder fehlen${where}: ${names}.`;
  return diagnostic(document, offsetSpan(document, span), 'error', Codes.schemaRequired, message, { missing, path });
}
