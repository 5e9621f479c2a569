// Edits of a plan document's text that keep everything else as the consultant wrote it.
import { isSeq, parseDocument, YAMLMap } from 'yaml';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { splitFrontmatter } from '../parse/frontmatter';
import { defaultMeasure, needReason, propose } from './builder';
import { CAPACITY } from '../vocabulary';
import { editYaml } from './layout';
import { criteriaOf, instrumentsOf, type Assessment, type PlanData } from './model';
import { formatMonth, monthsFor, parseMonth } from './months';
import { PlanUpdateError } from './update';
import { quoted } from '../vocabulary/quoted';

export interface RankedChoice {
  id: string;
  title: string;
  summary: string;
  score: number;
  effort: string;
  durationWeeks: number;
  inPlan: boolean;
}

function readPlan(text: string): { data: PlanData; contentStart: number; contentEnd: number; source: string } {
  const split = splitFrontmatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!split.block) throw new PlanUpdateError('Der Plan hat keinen lesbaren Kopfbereich (Frontmatter).');
  const doc = parseDocument(split.block.source);
  if (doc.errors.length) throw new PlanUpdateError(`Der Kopfbereich des Plans enthält YAML-Fehler: ${doc.errors[0]!.message.split('\n')[0]}`);
  return { data: doc.toJS() as PlanData, contentStart: split.block.contentStart, contentEnd: split.block.contentEnd, source: split.block.source };
}

/** Every instrument, ordered by the plan's needs (the builder's ranking), those without need last. */
export function instrumentsByNeed(text: string, index: WorkspaceIndex): RankedChoice[] {
  const { data } = readPlan(text);
  const assessment: Assessment = data.assessment ?? {};
  const proposal = propose({ assessment, start: data.planning?.start ?? '2027-01', capacity: data.planning?.capacity ?? CAPACITY.default }, index);
  const scores = new Map(proposal.ranked.map((r) => [r.instrument.id, r.score]));
  const inPlan = new Set((data.measures ?? []).map((m) => m.instrument));
  return [...instrumentsOf(index).values()]
    .map((i) => ({ id: i.id, title: i.title, summary: i.summary, score: scores.get(i.id) ?? 0, effort: i.effort, durationWeeks: i.durationWeeks, inPlan: inPlan.has(i.id) }))
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'de'));
}

/**
 * Adds a measure for `instrumentId` with sensible defaults: it starts after the measures it builds on
 * (or in the plan's start month) and lasts as long as the instrument usually takes. Returns the new text.
 */
export function addMeasure(text: string, instrumentId: string, index: WorkspaceIndex): string {
  const { data, contentStart, contentEnd, source } = readPlan(text);
  const instruments = instrumentsOf(index);
  const instrument = instruments.get(instrumentId);
  if (!instrument) throw new PlanUpdateError(`Unbekanntes Instrument „${instrumentId}“.`);
  const measures = data.measures ?? [];
  if (measures.some((m) => m.instrument === instrumentId)) throw new PlanUpdateError(`${quoted(instrument.title)} steht schon im Plan.`);
  const start = data.planning?.start ?? '2027-01';
  const after = measures.filter((m) => instrument.requires.includes(m.instrument) && typeof m.due === 'string').map((m) => parseMonth(m.due) + 1);
  const begin = Math.max(parseMonth(start), ...after);
  const assessment = data.assessment ?? {};
  const proposal = propose({ assessment, start, capacity: data.planning?.capacity ?? CAPACITY.default }, index);
  const ranked = proposal.ranked.find((r) => r.instrument.id === instrumentId);
  const measure = defaultMeasure(
    {
      instrument,
      score: ranked?.score ?? 0,
      start: formatMonth(begin),
      due: formatMonth(begin + monthsFor(instrument.durationWeeks) - 1),
      prerequisites: [],
      prerequisiteFor: [],
      quickWin: false,
      reason: ranked ? needReason(ranked, proposal.criteria) : 'Von Hand ergänzt',
    },
    assessment,
    criteriaOf(index),
  );
  measure.origin = 'manuell';
  // Only the new measure is added; everything else keeps its layout, comments and line endings.
  const frontmatter = editYaml(source, (doc) => {
    const node = doc.createNode(measure);
    const milestones = node.get('milestones', true);
    if (isSeq(milestones)) for (const m of milestones.items) if (m instanceof YAMLMap) m.flow = true;
    const list = doc.get('measures', true);
    if (isSeq(list)) list.add(node);
    else doc.set('measures', doc.createNode([node]));
  });
  return `${text.slice(0, contentStart)}${frontmatter}${text.slice(contentEnd)}`;
}
