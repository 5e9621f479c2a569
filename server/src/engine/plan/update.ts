// Re-generating a plan after the assessment changed. A three-way merge: the proposal for the OLD assessment
// (which the plan records) is the base, the plan as the consultant left it is "ours", the proposal for the
// NEW assessment is "theirs". A field the consultant changed (it differs from the base) is kept; a field
// still as proposed follows the new proposal. Measures added by hand (`origin: manuell`) stay untouched,
// measures removed by hand are not proposed again, and the body text is kept verbatim.
import { isDeepStrictEqual } from '../util/equal';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { splitFrontmatter } from '../parse/frontmatter';
import { criterionStatement, defaultMeasure, propose } from './builder';
import { CAPACITY, MEASURE_FIELD_TITLES } from '../vocabulary';
import { quoted } from '../util/quoted';
import { monthLabel } from './months';
import { compactAssessment } from './document';
import type { Assessment, Measure, PlanData } from './model';

export interface PlanChange {
  instrument?: string;
  text: string;
}

export interface PlanUpdate {
  text: string;
  changes: PlanChange[];
}

export class PlanUpdateError extends Error {}

/** Fields a re-generation may move when the consultant has not changed them. */
const GENERATED_FIELDS = ['start', 'due', 'reason', 'indicator', 'milestones', 'resources', 'participants', 'owner'] as const;

export function updatePlan(currentText: string, assessment: Assessment, index: WorkspaceIndex, options: { assessed?: string } = {}): PlanUpdate {
  const split = splitFrontmatter(currentText, currentText.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!split.block) throw new PlanUpdateError('Der Plan hat keinen lesbaren Kopfbereich (Frontmatter).');
  const doc = parseDocument(split.block.source);
  if (doc.errors.length) throw new PlanUpdateError(`Der Kopfbereich des Plans enthält YAML-Fehler: ${doc.errors[0]!.message.split('\n')[0]}`);
  const current = doc.toJS() as PlanData;
  if (current?.kind !== 'plan' || !Array.isArray(current.measures)) throw new PlanUpdateError('Das Dokument ist kein Maßnahmenplan (kind: plan mit measures).');

  const start = current.planning?.start ?? current.measures.map((m) => m.start).sort()[0] ?? new Date().toISOString().slice(0, 7);
  const capacity = current.planning?.capacity ?? CAPACITY.default;
  const limit = current.planning?.limit;
  const baseProposal = propose({ assessment: current.assessment ?? {}, start, capacity, limit }, index);
  const nextProposal = propose({ assessment, start, capacity, limit }, index);
  const base = new Map(baseProposal.measures.map((m) => [m.instrument.id, defaultMeasure(m, current.assessment ?? {}, baseProposal.criteria)]));
  const next = new Map(nextProposal.measures.map((m) => [m.instrument.id, defaultMeasure(m, assessment, nextProposal.criteria)]));
  const changes: PlanChange[] = [];
  // The change list is read by people: instruments by title, criteria by statement, months and fields in German.
  const titleOf = (id: string) => quoted(nextProposal.ranked.find((r) => r.instrument.id === id)?.instrument.title ?? instrumentTitle(index, id));
  const period = (m: { start: string; due: string }) => `${monthLabel(m.start)} bis ${monthLabel(m.due)}`;
  const measuresNode = doc.get('measures', true);
  if (!isSeq(measuresNode)) throw new PlanUpdateError('„measures“ ist keine Liste.');

  current.measures.forEach((measure, i) => {
    if (measure.origin === 'manuell') return;
    const proposed = next.get(measure.instrument);
    const was = base.get(measure.instrument);
    if (!proposed) {
      changes.push({ instrument: measure.instrument, text: `${titleOf(measure.instrument)} wird nach der neuen Bewertung nicht mehr vorgeschlagen; die Maßnahme bleibt im Plan.` });
      return;
    }
    const moved: string[] = [];
    for (const field of GENERATED_FIELDS) {
      const ours = measure[field];
      const theirs = proposed[field];
      if (isDeepStrictEqual(ours, theirs)) continue;
      if (was && isDeepStrictEqual(ours, was[field])) {
        doc.setIn(['measures', i, field], doc.createNode(theirs));
        moved.push(field);
      }
    }
    if (moved.includes('start') || moved.includes('due')) {
      changes.push({ instrument: measure.instrument, text: `${titleOf(measure.instrument)} neu eingeplant: ${period(proposed)} (vorher ${period(measure)}).` });
    } else if (moved.length) {
      changes.push({ instrument: measure.instrument, text: `${titleOf(measure.instrument)}: ${moved.map((f) => MEASURE_FIELD_TITLES[f] ?? f).join(', ')} an die neue Bewertung angepasst.` });
    }
  });

  const present = new Set(current.measures.map((m) => m.instrument));
  for (const [id, measure] of next) {
    if (present.has(id)) continue;
    if (base.has(id)) continue; // proposed before and removed by the consultant: not proposed again
    measuresNode.add(doc.createNode(measure as Measure));
    changes.push({ instrument: id, text: `${titleOf(id)} neu vorgeschlagen (${period(measure)}): ${measure.reason ?? ''}`.trim() });
  }

  const previous = current.assessment ?? {};
  const changed = Object.keys({ ...previous, ...assessment }).filter((id) => !isDeepStrictEqual(strip(previous[id]), strip(assessment[id])));
  doc.set('assessment', doc.createNode(mergeNotes(previous, assessment)));
  if (options.assessed) doc.set('assessed', options.assessed);
  if (!isMap(doc.get('planning', true))) doc.set('planning', doc.createNode({ start, capacity }));
  compactAssessment(doc as Document);
  if (changed.length) changes.unshift({ text: `Bewertung geändert bei ${changed.length} ${changed.length === 1 ? 'Kriterium' : 'Kriterien'}: ${changed.map((id) => quoted(criterionStatement(nextProposal.criteria, id))).join(', ')}.` });

  const frontmatter = doc.toString({ lineWidth: 0 });
  const opening = currentText.slice(0, split.block.contentStart);
  const closing = currentText.slice(split.block.contentEnd);
  return { text: `${opening}${frontmatter}${closing}`, changes };
}

function strip(score: Assessment[string] | undefined) {
  return score ? { status: score.status, relevance: score.relevance } : undefined;
}

/** The new scores, keeping the consultant's notes on criteria whose note the new assessment does not set. */
function mergeNotes(previous: Assessment, next: Assessment): Assessment {
  const merged: Assessment = {};
  for (const [id, score] of Object.entries(next)) {
    const note = score.note ?? previous[id]?.note;
    merged[id] = note ? { ...score, note } : { status: score.status, relevance: score.relevance };
  }
  return merged;
}

function instrumentTitle(index: WorkspaceIndex, id: string): string {
  const title = index.documentsWithId(id).find((d) => d.kind === 'instrument')?.data?.title;
  return typeof title === 'string' ? title : id;
}
