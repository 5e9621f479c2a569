// Re-generating a plan after the assessment changed. A three-way merge: the proposal for the OLD assessment
// (which the plan records) is the base, the plan as the consultant left it is "ours", the proposal for the
// NEW assessment is "theirs". A field the consultant changed (it differs from the base) is kept; a field
// still as proposed follows the new proposal. Measures added by hand (`origin: manuell`) stay untouched,
// measures removed by hand are not proposed again, and the body text is kept verbatim. The frontmatter is
// edited through the YAML Document API, node by node, so comments, order, quoting and line endings stay.
import { isDeepStrictEqual } from '../util/equal';
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { splitFrontmatter } from '../parse/frontmatter';
import { criterionStatement, defaultMeasure, propose } from './builder';
import { keepLayout } from './layout';
import type { PlacedMeasure } from './schedule';
import { CAPACITY, MEASURE_FIELD_TITLES } from '../vocabulary';
import { quoted } from '../vocabulary/quoted';
import { dateLabel, isMonth, monthLabel } from './months';
import { currentStatus } from '../monitoring/currentStatus';
import type { MonitoredMeasure } from '../monitoring/measureData';
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
  // The YAML library writes LF; a CRLF plan gets CRLF back, so that its lines do not end in a mix.
  const crlf = split.block.source.includes('\r\n');
  const source = crlf ? split.block.source.replace(/\r\n/g, '\n') : split.block.source;
  const doc = parseDocument(source);
  const layout = doc.errors.length ? '' : doc.toString({ lineWidth: 0 });
  const lineOf = (offset: number) => lineAt(currentText, split.block!.contentStart, source, offset);
  if (doc.errors.length) throw new PlanUpdateError(`Zeile ${lineOf(doc.errors[0]!.pos[0])}: Der Kopfbereich des Plans enthält YAML-Fehler: ${doc.errors[0]!.message.split('\n')[0]}`);
  const current = doc.toJS() as PlanData;
  if (current?.kind !== 'plan' || !Array.isArray(current.measures)) throw new PlanUpdateError('Das Dokument ist kein Maßnahmenplan (kind: plan mit measures).');
  const measuresNode = doc.get('measures', true);
  if (!isSeq(measuresNode)) throw new PlanUpdateError('„measures“ ist keine Liste.');
  measuresNode.items.forEach((item, i) => {
    const instrument = isMap(item) ? item.get('instrument') : undefined;
    if (typeof instrument !== 'string' || !instrument) {
      const at = (item as { range?: [number, number, number] } | null)?.range?.[0] ?? measuresNode.range?.[0] ?? 0;
      throw new PlanUpdateError(`Zeile ${lineOf(at)}: Die ${i + 1}. Maßnahme ist kein Eintrag mit „instrument: …“; der Plan wird nicht aktualisiert.`);
    }
  });
  const previousAssessment = doc.get('assessment', true);
  if (previousAssessment !== undefined && !isMap(previousAssessment)) throw new PlanUpdateError(`Zeile ${lineOf((previousAssessment as { range?: number[] }).range?.[0] ?? 0)}: „assessment“ ist keine Zuordnung von Kriterien zu Bewertungen.`);

  const start = current.planning?.start ?? current.measures.map((m) => m.start).sort()[0] ?? new Date().toISOString().slice(0, 7);
  const capacity = current.planning?.capacity ?? CAPACITY.default;
  const limit = current.planning?.limit;
  const baseProposal = propose({ assessment: current.assessment ?? {}, start, capacity, limit }, index);
  const base = new Map(baseProposal.measures.map((m) => [m.instrument.id, defaultMeasure(m, current.assessment ?? {}, baseProposal.criteria)]));
  // Nothing the update schedules starts before the month of the new Standortbestimmung: the measures that still
  // follow the proposal are planned again from that month, around those that stay where they are (under way,
  // done, dated by hand or added by hand), which keep their share of the capacity while they run.
  const assessedMonth = options.assessed && /^\d{4}-\d{2}/.test(options.assessed) ? options.assessed.slice(0, 7) : undefined;
  const replanFrom = assessedMonth && assessedMonth > start ? assessedMonth : start;
  const followsProposal = (measure: Measure) => measure.origin !== 'manuell' && !isUnderway(measure) && SCHEDULE_FIELDS.every((f) => isDeepStrictEqual(measure[f], base.get(measure.instrument)?.[f]));
  const nextProposal = propose({ assessment, start: replanFrom, capacity, limit }, index, placedMeasures(current.measures.filter((m) => !followsProposal(m))));
  const next = new Map(nextProposal.measures.map((m) => [m.instrument.id, defaultMeasure(m, assessment, nextProposal.criteria)]));
  const changes: PlanChange[] = [];
  // The change list is read by people: instruments by title, criteria by statement, months and fields in German.
  const titleOf = (id: string) => quoted(nextProposal.ranked.find((r) => r.instrument.id === id)?.instrument.title ?? instrumentTitle(index, id));
  const statementOf = (id: string) => quoted(criterionStatement(nextProposal.criteria, id));
  const period = (m: { start: string; due: string }) => `${monthLabel(m.start)} bis ${monthLabel(m.due)}`;

  current.measures.forEach((measure, i) => {
    if (measure.origin === 'manuell') return;
    const proposed = next.get(measure.instrument);
    const was = base.get(measure.instrument);
    if (!proposed) {
      changes.push({ instrument: measure.instrument, text: `${titleOf(measure.instrument)} wird nach der neuen Bewertung nicht mehr vorgeschlagen; die Maßnahme bleibt im Plan.` });
      return;
    }
    const moved: string[] = [];
    const node = measuresNode.items[i] as YAMLMap;
    // A measure under way or done stays where it is: its dates are history now, not a proposal. So is its
    // indicator: the new Standortbestimmung is what its target is measured against (the Statusbericht says
    // whether it was reached), not the start of a new target.
    const fields = isUnderway(measure) ? GENERATED_FIELDS.filter((f) => !UNDERWAY_KEPT.includes(f)) : GENERATED_FIELDS;
    for (const field of fields) {
      const ours = measure[field];
      const theirs = proposed[field];
      if (isDeepStrictEqual(ours, theirs)) continue;
      if (was && isDeepStrictEqual(ours, was[field])) {
        setValue(doc, node, field, theirs);
        moved.push(field);
      }
    }
    const rescheduled = moved.includes('start') || moved.includes('due');
    if (rescheduled && assessedMonth && measure.start < assessedMonth) {
      changes.push({ instrument: measure.instrument, text: `${titleOf(measure.instrument)} beginnt nicht vor der neuen Standortbestimmung: neu eingeplant ${period(proposed)} (vorher ${period(measure)}).` });
    } else if (rescheduled) {
      changes.push({ instrument: measure.instrument, text: `${titleOf(measure.instrument)} neu eingeplant: ${period(proposed)} (vorher ${period(measure)}).` });
    } else if (moved.length) {
      changes.push({ instrument: measure.instrument, text: `${titleOf(measure.instrument)}: ${moved.map((f) => MEASURE_FIELD_TITLES[f] ?? f).join(', ')} an die neue Bewertung angepasst.` });
    }
  });

  const present = new Set(current.measures.map((m) => m.instrument));
  for (const [id, measure] of next) {
    if (present.has(id)) continue;
    if (base.has(id)) continue; // proposed before and removed by the consultant: not proposed again
    measuresNode.add(compactMeasure(doc.createNode(measure)));
    changes.push({ instrument: id, text: `${titleOf(id)} neu vorgeschlagen (${period(measure)}): ${measure.reason ?? ''}`.trim() });
  }

  const previous = current.assessment ?? {};
  const changed = Object.keys({ ...previous, ...assessment }).filter((id) => !isDeepStrictEqual(strip(previous[id]), strip(assessment[id])));
  const kept = keepEarlierAssessment(doc, current, options.assessed);
  if (kept) changes.push({ text: `Die bisherige Standortbestimmung vom ${dateLabel(kept)} bleibt unter „earlier_assessments“ erhalten.` });
  updateAssessment(doc, previous, assessment);
  for (const [id, score] of Object.entries(assessment)) {
    const kept = previous[id]?.note;
    if (kept !== undefined && score.note !== undefined && score.note !== kept) changes.push({ text: `${statementOf(id)}: Die Notiz im Plan bleibt; die Bewertungsdatei hat eine andere („${score.note}“).` });
  }
  if (options.assessed && current.assessed !== options.assessed) doc.set('assessed', options.assessed);
  if (!isMap(doc.get('planning', true))) doc.set('planning', doc.createNode({ start, capacity }));
  if (changed.length) changes.unshift({ text: `Bewertung geändert bei ${changed.length} ${changed.length === 1 ? 'Kriterium' : 'Kriterien'}: ${changed.map(statementOf).join(', ')}.` });

  const opening = currentText.slice(0, split.block.contentStart);
  const closing = currentText.slice(split.block.contentEnd);
  // Nothing to change: the text stays as it is, byte for byte (the YAML library would lay it out anew).
  if (!changes.length && isDeepStrictEqual(doc.toJS(), current)) return { text: currentText, changes };
  const written = keepLayout(source, layout, doc.toString({ lineWidth: 0 }));
  return { text: `${opening}${crlf ? written.replace(/\n/g, '\r\n') : written}${closing}`, changes };
}

const SCHEDULE_FIELDS = ['start', 'due'] as const;
/** What a re-generation leaves alone in a measure under way or done. */
const UNDERWAY_KEPT: readonly string[] = ['start', 'due', 'indicator'];

/** Running or finished, as the monitoring reads it (the latest update's status, or the measure's own). */
function isUnderway(measure: Measure): boolean {
  const status = currentStatus(measure as MonitoredMeasure);
  return status === 'laufend' || status === 'abgeschlossen';
}

/** The months of the measures a re-plan keeps, by instrument; a measure takes capacity while it is not done or deferred. */
function placedMeasures(measures: Measure[]): Map<string, PlacedMeasure> {
  const placed = new Map<string, PlacedMeasure>();
  for (const measure of measures) {
    if (!isMonth(measure.start) || !isMonth(measure.due)) continue;
    const status = currentStatus(measure as MonitoredMeasure);
    placed.set(measure.instrument, { start: measure.start.slice(0, 7), due: measure.due.slice(0, 7), occupies: status !== 'abgeschlossen' && status !== 'zurueckgestellt' });
  }
  return placed;
}

/** The 1-based line in the whole plan of an offset into its (LF-normalised) frontmatter. */
function lineAt(text: string, contentStart: number, source: string, offset: number): number {
  const before = text.slice(0, contentStart).split('\n').length;
  return before + source.slice(0, Math.max(0, offset)).split('\n').length - 1;
}

/**
 * Sets one field of a YAML map, keeping the node where it can: a scalar keeps its quoting and its comments,
 * an unchanged value is not touched at all; a new collection is laid out as the plan lays out its kind.
 */
function setValue(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const existing = map.get(key, true);
  if (existing !== undefined && isDeepStrictEqual((existing as { toJSON?: () => unknown }).toJSON?.() ?? existing, value)) return;
  if (value === undefined) {
    map.delete(key);
    return;
  }
  if (value === null || typeof value !== 'object') {
    map.set(key, value);
    return;
  }
  // A map stays the node it is (flow or block, its comments), entry by entry: an indicator's target, say.
  if (isMap(existing) && !Array.isArray(value)) {
    const entries = value as Record<string, unknown>;
    for (const pair of [...existing.items]) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (entries[name] === undefined) existing.delete(pair.key);
    }
    for (const [name, entry] of Object.entries(entries)) setValue(doc, existing, name, entry);
    return;
  }
  const node = doc.createNode(value);
  if (key === 'milestones' && isSeq(node)) for (const m of node.items) if (m instanceof YAMLMap) m.flow = true;
  map.set(key, node);
}

/** A new measure laid out as generated plans are (milestones on one line each). */
function compactMeasure<T>(node: T): T {
  if (isMap(node)) {
    const milestones = node.get('milestones', true);
    if (isSeq(milestones)) for (const m of milestones.items) if (m instanceof YAMLMap) m.flow = true;
  }
  return node;
}

/**
 * Writes the new scores into the plan's assessment in place: criteria the new assessment no longer has are
 * removed, new ones are added on one line each, and every entry keeps its comments, order and quoting.
 * A note stays as the plan has it — the consultant may have edited it there; the assessment file's note is
 * taken only for a criterion whose entry in the plan has no note.
 */
function updateAssessment(doc: Document, previous: Assessment, next: Assessment): void {
  let node = doc.get('assessment', true) as YAMLMap | undefined;
  if (!node) {
    doc.set('assessment', doc.createNode({}));
    node = doc.get('assessment', true) as YAMLMap;
  }
  for (const pair of [...node.items]) {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!(id in next)) node.delete(pair.key);
  }
  for (const [id, score] of Object.entries(next)) {
    const entry = node.get(id, true);
    const note = previous[id]?.note ?? score.note;
    if (isMap(entry)) {
      setValue(doc, entry, 'status', score.status);
      setValue(doc, entry, 'relevance', score.relevance);
      if (note !== undefined) setValue(doc, entry, 'note', note);
      continue;
    }
    const created = doc.createNode(note ? { status: score.status, relevance: score.relevance, note } : { status: score.status, relevance: score.relevance });
    if (created instanceof YAMLMap) created.flow = true;
    node.set(id, created);
  }
}

function strip(score: Assessment[string] | undefined) {
  return score ? { status: score.status, relevance: score.relevance } : undefined;
}

function instrumentTitle(index: WorkspaceIndex, id: string): string {
  const title = index.withIdOfKind(id, 'instrument')?.data?.title;
  return typeof title === 'string' ? title : id;
}

/**
 * A new Standortbestimmung (a new `assessed` date) does not overwrite the previous one: the plan's `assessed` and
 * `assessment` are appended to `earlier_assessments` (oldest first; created right after `assessment`, its
 * entries laid out as the plan's). Returns the day kept, or undefined when nothing moves (no new date, or a plan
 * without an assessment). A date that is not after the current one, or that the history already holds, is refused.
 */
function keepEarlierAssessment(doc: Document, current: PlanData, assessed: string | undefined): string | undefined {
  const before = typeof current.assessed === 'string' ? current.assessed : undefined;
  const node = doc.get('assessment', true);
  if (!assessed || !before || assessed === before || !isMap(node)) return undefined;
  const earlier = (current as { earlier_assessments?: unknown }).earlier_assessments;
  const days = Array.isArray(earlier) ? earlier.map((e) => (e as { assessed?: unknown } | null)?.assessed) : [];
  if (days.includes(assessed)) throw new PlanUpdateError(`Die Standortbestimmung vom ${dateLabel(assessed)} steht schon unter „earlier_assessments“; der Plan wird nicht aktualisiert.`);
  if (assessed < before) throw new PlanUpdateError(`Die neue Standortbestimmung (${dateLabel(assessed)}) liegt vor der bisherigen (${dateLabel(before)}); der Plan wird nicht aktualisiert.`);
  const entry = new YAMLMap();
  entry.add(new Pair(new Scalar('assessed'), doc.createNode(before)));
  entry.add(new Pair(new Scalar('assessment'), node.clone()));
  const list = doc.get('earlier_assessments', true);
  if (isSeq(list)) {
    list.add(entry);
    return before;
  }
  const seq = new YAMLSeq();
  seq.add(entry);
  const root = doc.contents as YAMLMap;
  const at = root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'assessment');
  root.items.splice(at + 1, 0, new Pair(new Scalar('earlier_assessments'), seq));
  return before;
}
