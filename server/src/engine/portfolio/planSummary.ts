// One plan, read for the portfolio: only the few frontmatter data the portfolio counts, never the body, the
// owners or the notes (so they cannot leak, and 600 plans take little memory). The frontmatter is read as `check`
// reads it: as data by the fast reader (parse/fastYaml.ts), and from the syntax tree only where that one cannot
// vouch for the same result (then a YAML error has the place `check` shows). The checks are the schema's; a plan
// that fails them is reported by the caller with its location (see cli/commands/portfolio.ts).
import type { YAMLError } from 'yaml';
import { readYamlData } from '../parse/fastYaml';
import { parseYaml, splitFrontmatter } from '../parse/frontmatter';
import { yamlErrorSpan } from '../rules/yamlRule';
import { LineIndex } from '../text/lineIndex';
import { parseMonth } from '../plan/months';
import { BUNDESLAENDER, MEASURE_STATUSES, type Score } from '../vocabulary';
import type { SchemaRegistry } from '../schema/registry';
import type { Ampel } from '../monitoring/statusReport';
import type { MeasureStatus } from '../vocabulary';
import { ampelOf } from '../monitoring/ampel';
import { actualEnd, actualStart, currentStatus } from '../monitoring/currentStatus';
import { updatesOf, type MonitoredMeasure } from '../monitoring/measureData';

export interface MeasureSummary {
  instrument: string;
  status: MeasureStatus;
  ampel: Ampel;
  plannedMonths: number | null;
  actualMonths: number | null;
}

export interface PlanSummary {
  /** The office's name, kept only for a named portfolio. */
  name: string | null;
  bundesland: string;
  /** Criterion id → [status, relevance]. */
  scores: Record<string, [Score, Score]>;
  measures: MeasureSummary[];
}

/** What reading a plan needs that does not depend on the toolbox's content (a worker thread has it without the toolbox). */
export interface ReadingContext {
  schemas: SchemaRegistry;
  asOf: string;
  named: boolean;
}

/** The toolbox's criterion and instrument ids, each to itself: a summary keeps the toolbox's strings, not the plan's. */
export interface ToolboxIds {
  criteria: ReadonlyMap<string, string>;
  instruments: ReadonlyMap<string, string>;
}

export type SummaryContext = ReadingContext & ToolboxIds;

/** `line` and `column` count from 1, as the CLI prints them. */
export type SummaryResult = { summary: PlanSummary } | { notPlan: true } | { problem: string; line?: number; column?: number };

/** A plan read and checked against the schema, its ids not yet matched with the toolbox's (see `resolveSummary`). */
export type PlanReading = SummaryResult;

/** Reads one plan into its summary: `readPlan`, then `resolveSummary`. */
export function readPlanSummary(text: string, context: SummaryContext): SummaryResult {
  return resolveSummary(readPlan(text, context), context);
}

/**
 * The part of reading a plan that needs no toolbox: the YAML, the schema, the measures at the reporting date.
 * Ids and names in its summary are the plan's own strings; `resolveSummary` replaces them.
 */
export function readPlan(text: string, context: ReadingContext): PlanReading {
  const split = splitFrontmatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!split.block) return { notPlan: true };
  const source = split.block.source;
  const data = planData(source);
  if ('error' in data) return { problem: 'Das YAML der Kopfdaten ist fehlerhaft.', ...lineAndColumn(text, yamlErrorSpan(data.error, split.block)[0]) };
  // Over a limit: the engine's message, shown where `check` shows it (the opening fence).
  if ('limitError' in data) return { problem: data.limitError, ...lineAndColumn(text, split.block.openStart) };
  const value = data.value;
  if (!value || typeof value !== 'object' || (value as { kind?: unknown }).kind !== 'plan') return { notPlan: true };
  const validate = context.schemas.validator('plan');
  if (validate && !validate(value)) return { problem: 'Die Kopfdaten entsprechen nicht dem Schema eines Maßnahmenplans.' };
  return { summary: summaryOf(value as PlanFrontmatter, context) };
}

/**
 * The frontmatter's data as `check` reads it: by the fast reader where it vouches for the tree's reading, else from
 * the syntax tree, whose first error (or limit) is then the plan's problem.
 */
function planData(source: string): { value: unknown } | { error: YAMLError } | { limitError: string } {
  const fast = readYamlData(source);
  if (fast) return { value: fast.data };
  const { doc, data, limitError } = parseYaml(source);
  if (doc.errors[0]) return { error: doc.errors[0] };
  if (limitError) return { limitError };
  return { value: data };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const { line, character } = new LineIndex(text).positionAt(offset);
  return { line: line + 1, column: character + 1 };
}

interface PlanFrontmatter {
  agency: { name: string; bundesland: string };
  assessment: Record<string, { status: Score; relevance: Score }>;
  measures: (MonitoredMeasure & { instrument: string })[];
}

function summaryOf(data: PlanFrontmatter, context: ReadingContext): PlanSummary {
  const scores: PlanSummary['scores'] = {};
  for (const [id, score] of Object.entries(data.assessment)) scores[id] = [score.status, score.relevance];
  return {
    name: context.named ? data.agency.name : null,
    bundesland: data.agency.bundesland,
    scores,
    measures: data.measures.map((m) => measureSummary(m, context)),
  };
}

/**
 * Matches a plan's ids with the toolbox's: an unknown criterion or instrument is the plan's problem. The summary
 * then holds no string of the plan's text: a string the YAML reader cut from the text can keep the whole text
 * alive (V8 shares the characters), so 600 plans would keep 600 files. Ids, statuses and the Bundesland become the
 * toolbox's and the vocabulary's own strings; the name is copied.
 */
export function resolveSummary(reading: PlanReading, ids: ToolboxIds): SummaryResult {
  if (!('summary' in reading)) return reading;
  const plan = reading.summary;
  const unknownCriterion = Object.keys(plan.scores).find((id) => !ids.criteria.has(id));
  if (unknownCriterion) return { problem: `Unbekanntes Kriterium „${unknownCriterion}“ in der Bewertung.` };
  const unknownInstrument = plan.measures.find((m) => !ids.instruments.has(m.instrument));
  if (unknownInstrument) return { problem: `Unbekanntes Instrument „${unknownInstrument.instrument}“ in den Maßnahmen.` };
  const scores: PlanSummary['scores'] = {};
  for (const [id, score] of Object.entries(plan.scores)) scores[ids.criteria.get(id)!] = score;
  return {
    summary: {
      name: plan.name === null ? null : copied(plan.name),
      bundesland: BUNDESLAENDER.find((land) => land === plan.bundesland)!,
      scores,
      measures: plan.measures.map((m) => ({ ...m, instrument: ids.instruments.get(m.instrument)!, status: MEASURE_STATUSES.find((status) => status === m.status)! })),
    },
  };
}

function copied(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** One measure at the reporting date: updates after it do not count (not for the status, the Ampel or the durations). */
function measureSummary(measure: MonitoredMeasure & { instrument: string }, context: ReadingContext): MeasureSummary {
  const { asOf } = context;
  const updates = updatesOf(measure);
  const known = updates.filter((u) => u.date <= asOf);
  const started = actualStart(known);
  const ended = actualEnd(known);
  return {
    instrument: measure.instrument,
    status: currentStatus(measure, asOf, updates),
    ampel: ampelOf(measure, asOf, updates).ampel,
    plannedMonths: monthsBetween(measure.start, measure.due),
    actualMonths: started && ended ? monthsBetween(started, ended) : null,
  };
}

/** Months from one month to another, both counted (2027-01 to 2027-03: 3); null for a reversed or missing span. */
export function monthsBetween(from: unknown, to: unknown): number | null {
  if (typeof from !== 'string' || typeof to !== 'string' || !/^\d{4}-\d{2}/.test(from) || !/^\d{4}-\d{2}/.test(to)) return null;
  const months = parseMonth(to) - parseMonth(from) + 1;
  return months > 0 ? months : null;
}
