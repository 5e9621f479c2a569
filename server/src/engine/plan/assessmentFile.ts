// Reads an assessment file (the consultant's scoring of the checklist) with located problems:
// either `{ assessed?, agency?, assessment: { <criterion>: { status, relevance, note? } } }` or the map alone.
import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { Range } from '../text/lineIndex';
import { didYouMean, suggestionText } from '../util/didYouMean';
import type { Agency, Assessment, Criterion, Score } from './model';

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

function score(value: unknown): Score | undefined {
  if (value === 'unbekannt' || value === null || value === undefined) return 'unbekannt';
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) return value;
  return undefined;
}

export function readAssessmentFile(text: string, criteria: Criterion[]): AssessmentFile {
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
    const data = (value ? values[id] : undefined) as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') {
      problems.push({ range: at(value ?? pair.key), message: `Für „${id}“ werden „status“ und „relevance“ erwartet (je 1 bis 5 oder „unbekannt“).` });
      continue;
    }
    const status = score(data.status);
    const relevance = score(data.relevance);
    if (status === undefined || relevance === undefined) {
      problems.push({ range: at(value), message: `„${id}“: „status“ und „relevance“ müssen ganze Zahlen von 1 bis 5 oder „unbekannt“ sein (gefunden: ${JSON.stringify(data.status)} / ${JSON.stringify(data.relevance)}).` });
      continue;
    }
    assessment[id] = typeof data.note === 'string' && data.note ? { status, relevance, note: data.note } : { status, relevance };
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
