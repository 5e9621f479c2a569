// Checks what a client hands the plan commands (the editor's wizard, a script) before anything is built: every
// value against the plan schema, through the schema registry, so a command accepts exactly what the check
// accepts in a plan (no 300-character id, no capacity −1, no `../` in an id).
import type { SchemaNode, SchemaRegistry } from '../schema/registry';
import { CAPACITY, ID_MAX_LENGTH, isDocumentKind, LIMIT, MEASURE_STATUSES, TITLE_LENGTH } from '../vocabulary';
import type { MeasureUpdate } from '../monitoring/statusReport';
import { ASSESSMENT_ENTRY, entryProblems } from './assessmentFile';
import type { PlanInput } from './builder';
import type { Assessment } from './model';

export class PlanInputError extends Error {}

interface Field {
  pointer: string;
  label: string;
  expected: string;
}

const FIELDS = {
  id: { pointer: '/properties/id', label: 'Kennung', expected: `nur Kleinbuchstaben, Ziffern und Bindestriche, höchstens ${ID_MAX_LENGTH} Zeichen` },
  title: { pointer: '/properties/title', label: 'Titel', expected: `ein Text von ${TITLE_LENGTH.min} bis ${TITLE_LENGTH.max} Zeichen` },
  assessed: { pointer: '/properties/assessed', label: 'Datum der Standortbestimmung', expected: 'ein Datum im Format JJJJ-MM-TT' },
  start: { pointer: '/properties/planning/properties/start', label: 'Planbeginn', expected: 'ein Monat im Format JJJJ-MM' },
  capacity: { pointer: '/properties/planning/properties/capacity', label: 'Kapazität', expected: `eine ganze Zahl von ${CAPACITY.min} bis ${CAPACITY.max}` },
  limit: { pointer: '/properties/planning/properties/limit', label: 'Höchstzahl der Vorschläge', expected: `eine ganze Zahl von ${LIMIT.min} bis ${LIMIT.max} (oder 0 für alle)` },
  update: { pointer: '/properties/measures/items/properties/updates/items', label: 'Eintrag zur Umsetzung', expected: `ein Eintrag mit date (JJJJ-MM-TT) und status (${MEASURE_STATUSES.join(', ')}), wahlweise note, milestone und value` },
  edition: { pointer: '/properties/edition', label: 'Fassung', expected: 'eine Fassung mit status (entwurf, abgestimmt, beschlossen), wahlweise version, date (JJJJ-MM-TT) und author' },
  agency: { pointer: '/properties/agency', label: 'Behörde', expected: 'eine Behörde mit Name (mindestens drei Zeichen) und Bundesland, ohne weitere Felder als im Schema' },
} satisfies Record<string, Field>;

/** Where the plan schema describes a criterion's id, the key of an assessment's entry. */
const CRITERION_ID = '/properties/assessment/propertyNames';

/** Where the plan schema describes one field of a measure's update. */
function updateField(key: string): string {
  return `${FIELDS.update.pointer}/properties/${key}`;
}

/** The path to a measure's update in a plan, for the schema's description of its fields. */
const UPDATE_PATH = ['measures', 0, 'updates', 0];

/**
 * Every part of the plan schema the checks here and the assessment file validate against (JSON pointers), so the
 * build can compile them beforehand with the whole documents' validators.
 */
export function planSchemaParts(schemas: SchemaRegistry): string[] {
  const updateKeys = Object.keys(schemas.at('plan', UPDATE_PATH)?.properties ?? {});
  return [...Object.values(FIELDS).map((field) => field.pointer), ...updateKeys.map(updateField), ASSESSMENT_ENTRY, CRITERION_ID];
}

function shown(value: unknown): string {
  if (value === undefined) return 'fehlt';
  if (typeof value === 'string') return `„${value.length > 40 ? `${value.slice(0, 37)}…` : value}“`;
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}…` : text;
  } catch {
    return String(value);
  }
}

function check(schemas: SchemaRegistry, name: keyof typeof FIELDS, value: unknown): void {
  const field = FIELDS[name];
  const validate = schemas.validatorAt('plan', field.pointer);
  if (!validate || !validate(value)) throw new PlanInputError(`Ungültiger Wert für „${field.label}“ (${name}): ${shown(value)}. Erwartet: ${field.expected}.`);
}

/** An id as every document's id must be (the file name of a new document comes from it). */
export function checkId(schemas: SchemaRegistry, value: unknown): string {
  check(schemas, 'id', value);
  return value as string;
}

export function checkTitle(schemas: SchemaRegistry, value: unknown): string {
  check(schemas, 'title', value);
  return value as string;
}

/** A document kind the registry has a schema for. */
export function checkKind(schemas: SchemaRegistry, value: unknown): string {
  if (!isDocumentKind(value) || !schemas.kinds.includes(value)) throw new PlanInputError(`Unbekannte Dokumentart ${shown(value)}. Erlaubt: ${schemas.kinds.join(', ')}.`);
  return value;
}

export function checkAssessed(schemas: SchemaRegistry, value: unknown): string {
  check(schemas, 'assessed', value);
  return value as string;
}

/**
 * A dated update of a measure as `updates` holds it (the status command's entry): field by field first, so the
 * message names the field and what it needs (a one-letter note, say), then as a whole (required fields).
 */
export function checkMeasureUpdate(schemas: SchemaRegistry, value: unknown): MeasureUpdate {
  const fields = schemas.at('plan', UPDATE_PATH)?.properties ?? {};
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, field] of Object.entries(value)) {
      const node = fields[key];
      if (!node) throw new PlanInputError(`Unbekanntes Feld „${key}“ im ${FIELDS.update.label}; erlaubt: ${Object.keys(fields).join(', ')}.`);
      const validate = schemas.validatorAt('plan', updateField(key));
      const resolved = schemas.at('plan', [...UPDATE_PATH, key]) ?? node;
      if (validate && !validate(field)) throw new PlanInputError(`Ungültiger Wert für „${node.title ?? key}“ (${key}): ${shown(field)}. ${expectation(node, resolved)}`);
    }
  }
  check(schemas, 'update', value);
  return value as MeasureUpdate;
}

/** What a field of the schema asks for: its description, then its allowed values or its length bound. */
function expectation(node: SchemaNode, resolved: SchemaNode): string {
  const allowed = Array.isArray(resolved.enum) ? ` Erlaubt: ${resolved.enum.join(', ')}.` : '';
  const length = typeof resolved.minLength === 'number' ? ` Verlangt sind mindestens ${resolved.minLength} Zeichen.` : '';
  return `${node.description ?? ''}${allowed}${length}`.trim();
}

/** An assessment as a plan holds it: criteria by id, each with status and relevance (and a note). */
export function checkAssessment(schemas: SchemaRegistry, value: unknown): Assessment {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new PlanInputError(`Ungültige Bewertung: erwartet wird eine Zuordnung Kriterium → { status, relevance }, gefunden ${shown(value)}.`);
  const entry = schemas.validatorAt('plan', ASSESSMENT_ENTRY)!;
  for (const [id, score] of Object.entries(value)) {
    if (!isCriterionId(schemas, id)) throw new PlanInputError(`Ungültige Kennung eines Kriteriums in der Bewertung: ${shown(id)}. Erwartet: ${FIELDS.id.expected}.`);
    if (!entry(score)) throw new PlanInputError(entryProblems(id, score, entry.errors ?? []).join(' '));
  }
  return value as Assessment;
}

function isCriterionId(schemas: SchemaRegistry, id: string): boolean {
  return schemas.validatorAt('plan', CRITERION_ID)?.(id) ?? false;
}

/** The wizard's input for a new plan, every field checked; a limit of 0 (or none) proposes every instrument with a need. */
export function checkPlanInput(schemas: SchemaRegistry, value: unknown): PlanInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new PlanInputError(`Ungültige Angaben für einen neuen Plan: erwartet wird eine Zuordnung, gefunden ${shown(value)}.`);
  const input = value as Record<string, unknown>;
  check(schemas, 'agency', input.agency);
  checkAssessed(schemas, input.assessed);
  checkAssessment(schemas, input.assessment);
  check(schemas, 'start', input.start);
  check(schemas, 'capacity', input.capacity);
  if (input.limit !== undefined && input.limit !== 0) check(schemas, 'limit', input.limit);
  if (input.id !== undefined) checkId(schemas, input.id);
  if (input.title !== undefined) checkTitle(schemas, input.title);
  if (input.edition !== undefined) check(schemas, 'edition', input.edition);
  return { ...(input as unknown as PlanInput), limit: input.limit === 0 ? undefined : (input.limit as number | undefined) };
}
