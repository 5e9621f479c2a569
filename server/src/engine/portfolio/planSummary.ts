// One plan, read for the portfolio: only the few frontmatter data the portfolio counts, never the body, the
// owners or the notes (so they cannot leak, and 600 plans take little memory). The frontmatter is read as data
// only, with js-yaml (YAML 1.2 core schema, as the engine reads it): ten times faster than the `yaml` package's
// syntax tree with ranges, which the editor needs and the portfolio does not. The checks are the schema's; a plan
// that fails them is reported by the caller with its location (see cli/commands/portfolio.ts).
import { load, YAMLException } from 'js-yaml';
import { MAX_ALIAS_COUNT, MAX_NESTING, MAX_PLAN_FRONTMATTER_LENGTH, parseYaml, splitFrontmatter, type FrontmatterBlock } from '../parse/frontmatter';
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

export interface SummaryContext {
  schemas: SchemaRegistry;
  /** Criterion and instrument ids of the toolbox, each to itself: the summary keeps the toolbox's strings. */
  criteria: ReadonlyMap<string, string>;
  instruments: ReadonlyMap<string, string>;
  asOf: string;
  named: boolean;
}

/** `line` and `column` count from 1, as the CLI prints them. */
export type SummaryResult = { summary: PlanSummary } | { notPlan: true } | { problem: string; line?: number; column?: number };

export function readPlanSummary(text: string, context: SummaryContext): SummaryResult {
  const split = splitFrontmatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (!split.block) return { notPlan: true };
  const source = split.block.source;
  // Over the limit: the engine's message, shown where `check` shows it (the opening fence), nothing read.
  if (source.length > MAX_PLAN_FRONTMATTER_LENGTH) return { problem: parseYaml(source).limitError!, ...lineAndColumn(text, split.block.openStart) };
  let data: unknown;
  try {
    data = load(source, { maxDepth: MAX_NESTING, maxAliases: MAX_ALIAS_COUNT });
  } catch (error) {
    // Anything the reader throws (js-yaml asks callers to catch every exception) is this plan's problem, not the run's.
    return { problem: 'Das YAML der Kopfdaten ist fehlerhaft.', ...yamlErrorPosition(text, split.block, error instanceof YAMLException ? error : undefined) };
  }
  if (!data || typeof data !== 'object' || (data as { kind?: unknown }).kind !== 'plan') return { notPlan: true };
  const validate = context.schemas.validator('plan');
  if (validate && !validate(data)) return { problem: 'Die Kopfdaten entsprechen nicht dem Schema eines Maßnahmenplans.' };
  return summaryOf(data as PlanFrontmatter, context);
}

/**
 * Where the error is, counted from 1 in the whole file: where `check` shows it (js-yaml often names the line where
 * it gave up), js-yaml's own place where the engine's reading finds no error.
 */
function yamlErrorPosition(text: string, block: FrontmatterBlock, error: YAMLException | undefined): { line: number; column: number } | {} {
  const engineError = parseYaml(block.source).doc.errors[0];
  const offset = engineError ? yamlErrorSpan(engineError, block)[0] : error?.mark ? block.contentStart + error.mark.position : undefined;
  return offset === undefined ? {} : lineAndColumn(text, offset);
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

/**
 * The summary holds no string of the plan's text: a string the YAML reader cut from the text can keep the whole
 * text alive (V8 shares the characters), so 600 plans would keep 600 files. Ids, statuses and the Bundesland are
 * the vocabulary's own strings; the name is copied.
 */
function summaryOf(data: PlanFrontmatter, context: SummaryContext): SummaryResult {
  const unknownCriterion = Object.keys(data.assessment).find((id) => !context.criteria.has(id));
  if (unknownCriterion) return { problem: `Unbekanntes Kriterium „${unknownCriterion}“ in der Bewertung.` };
  const unknownInstrument = data.measures.find((m) => !context.instruments.has(m.instrument));
  if (unknownInstrument) return { problem: `Unbekanntes Instrument „${unknownInstrument.instrument}“ in den Maßnahmen.` };
  const scores: PlanSummary['scores'] = {};
  for (const [id, score] of Object.entries(data.assessment)) scores[context.criteria.get(id)!] = [score.status, score.relevance];
  return {
    summary: {
      name: context.named ? copied(data.agency.name) : null,
      bundesland: BUNDESLAENDER.find((land) => land === data.agency.bundesland)!,
      scores,
      measures: data.measures.map((m) => measureSummary(m, context)),
    },
  };
}

function copied(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** One measure at the reporting date: updates after it do not count (not for the status, the Ampel or the durations). */
function measureSummary(measure: MonitoredMeasure & { instrument: string }, context: SummaryContext): MeasureSummary {
  const { asOf } = context;
  const updates = updatesOf(measure);
  const known = updates.filter((u) => u.date <= asOf);
  const started = actualStart(known);
  const ended = actualEnd(known);
  return {
    instrument: context.instruments.get(measure.instrument)!,
    status: MEASURE_STATUSES.find((status) => status === currentStatus(measure, asOf, updates))!,
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
