// Reads an assessment file (the consultant's scoring of the checklist) with located problems:
// either `{ assessed?, agency?, assessment: { <criterion>: { status, relevance, note? } } }` or the map alone.
// Each entry is checked against the plan schema's assessment entry, through the schema registry, so the file and
// the plan accept the same scores.
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { builtinSchemas, type SchemaRegistry } from '../schema/registry';
import { LineIndex } from '../text/lineIndex';
import type { Range } from '../text/lineIndex';
import { didYouMean, suggestionText } from '../util/didYouMean';
import { SCORE } from '../vocabulary';
import type { Agency, Assessment, CriterionScore, Criterion } from './model';

export interface AssessmentProblem {
  range: Range;
  message: string;
}

export interface AssessmentFile {
  assessment: Assessment;
  agency?: Partial<Agency>;
  assessed?: string;
  problems: AssessmentProblem[];
}

/** Where the plan schema describes one criterion's entry of the assessment. */
export const ASSESSMENT_ENTRY = '/properties/assessment/additionalProperties';

const SCORES = `ganze Zahlen von ${SCORE.min} bis ${SCORE.max} oder „${SCORE.unknown}“`;

/** The schema's findings about one entry as German messages, one per kind of problem. */
export function entryProblems(id: string, data: unknown, errors: readonly ErrorObject[]): string[] {
  const messages = new Set<string>();
  const value = (data ?? {}) as Record<string, unknown>;
  for (const error of errors) {
    const field = error.instancePath.split('/')[1];
    if (error.instancePath === '' && error.keyword === 'additionalProperties') {
      messages.add(`„${id}“: unbekanntes Feld „${String(error.params.additionalProperty)}“ (erlaubt sind status, relevance und note).`);
    } else if (error.instancePath === '' || error.keyword === 'required') {
      messages.add(`Für „${id}“ werden „status“ und „relevance“ erwartet (je ${SCORES}).`);
    } else if (field === 'status' || field === 'relevance') {
      messages.add(`„${id}“: „status“ und „relevance“ müssen ${SCORES} sein (gefunden: ${JSON.stringify(value.status)} / ${JSON.stringify(value.relevance)}).`);
    } else if (field === 'note') {
      messages.add(`„${id}“: „note“ muss ein Text sein.`);
    }
  }
  return [...messages];
}

export function readAssessmentFile(text: string, criteria: Criterion[], schemas: SchemaRegistry = builtinSchemas()): AssessmentFile {
  const validate = schemas.validatorAt('plan', ASSESSMENT_ENTRY)!;
  const lines = new LineIndex(text);
  const problems: AssessmentProblem[] = [];
  const doc = parseDocument(text, { prettyErrors: false });
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => (node?.range ? lines.range(node.range[0], node.range[1]) : lines.range(0, 0));
  for (const error of doc.errors) problems.push({ range: lines.range(error.pos[0], error.pos[1]), message: `YAML-Fehler: ${error.message.split('\n')[0]}` });
  if (problems.length) return { assessment: {}, problems };
  const root = doc.contents;
  if (!isMap(root)) return { assessment: {}, problems: [{ range: lines.range(0, 0), message: 'Erwartet wird eine Zuordnung: Kriterium → { status, relevance }.' }] };
  const wrapped = root.has('assessment');
  const map = wrapped ? root.get('assessment', true) : root;
  if (!isMap(map)) return { assessment: {}, problems: [{ range: at(map as Node), message: '„assessment“ muss eine Zuordnung Kriterium → { status, relevance } sein.' }] };
  // The values as plain data (aliases bounded), the nodes for their ranges.
  let plain: Record<string, unknown>;
  try {
    plain = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    return { assessment: {}, problems: [{ range: lines.range(0, 0), message: `YAML-Fehler: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const values = (wrapped ? plain.assessment : plain) as Record<string, unknown>;
  const known = new Set(criteria.map((c) => c.id));
  const assessment: Assessment = {};
  for (const pair of map.items as Pair<Node, Node>[]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!known.has(id)) {
      problems.push({ range: at(pair.key), message: `Unbekanntes Kriterium „${id}“.${suggestionText(didYouMean(id, known))}` });
      continue;
    }
    const value = pair.value;
    const data = value ? values[id] : undefined;
    if (!validate(data)) {
      for (const message of entryProblems(id, data, validate.errors ?? [])) problems.push({ range: at(value ?? pair.key), message });
      continue;
    }
    const { status, relevance, note } = data as CriterionScore;
    assessment[id] = note ? { status, relevance, note } : { status, relevance };
  }
  // Every criterion is recorded; one the consultant has not scored is „unbekannt“ (noch zu klären), not guessed.
  for (const criterion of criteria) assessment[criterion.id] ??= { status: 'unbekannt', relevance: 'unbekannt' };
  const ordered: Assessment = {};
  for (const criterion of criteria) ordered[criterion.id] = assessment[criterion.id]!;
  const result: AssessmentFile = { assessment: ordered, problems };
  if (wrapped) {
    const agency = plain.agency;
    if (agency && typeof agency === 'object') result.agency = agency as Partial<Agency>;
    const assessed = plain.assessed;
    if (typeof assessed === 'string') result.assessed = assessed;
  }
  return result;
}
