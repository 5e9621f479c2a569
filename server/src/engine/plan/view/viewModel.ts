// What every part of the plan view reads: the plan's data, the toolbox's criteria and instruments, the
// proposal recomputed from the plan's assessment (needs, scores, quick wins), and how to link to the handbook.
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { ParsedDocument } from '../../parse/document';
import { escapeHtml } from '../../util/escapeHtml';
import { quoted } from '../../vocabulary/quoted';
import { CAPACITY, QUICK_WIN } from '../../vocabulary';
import { propose, type Proposal } from '../builder';
import { criteriaOf, instrumentsOf, type Criterion, type InstrumentInfo, type Measure, type PlanData } from '../model';

export interface PlanViewOptions {
  /** URL of an instrument's or a case's handbook page; links are left out when absent. */
  handbookUrl?: (kind: 'instrument' | 'case', id: string) => string | undefined;
  /** The editor preview: measures carry `data-instrument` (open on click) and criteria show their id beside the text. */
  interactive?: boolean;
  /**
   * The printed page of each section, by its heading's text, read from a first print of the same page: the contents
   * then show page numbers (print only). Browsers cannot count pages for a link target (CSS target-counter).
   */
  pageNumbers?: ReadonlyMap<string, number>;
}

export interface PlanViewModel {
  plan: ParsedDocument;
  index: WorkspaceIndex;
  options: PlanViewOptions;
  data: Partial<PlanData>;
  title: string;
  criteria: Criterion[];
  instruments: Map<string, InstrumentInfo>;
  /** The measures that name an instrument, in the plan's order. */
  measures: Measure[];
  proposal: Proposal;
  quickWins: Set<string>;
  instrumentTitle(id: string): string;
  /** A criterion as people read it: its statement in the checklist. */
  criterionText(id: string): string;
  /** Whether the toolbox's checklist has the criterion (an unknown one is WK601's; the view shows no id for it). */
  hasCriterion(id: string): boolean;
  /** Text the builder wrote into the plan (reason, indicator), with criterion ids of older plans as statements. */
  readable(text: string): string;
  /** The id as a small secondary label, in the editor preview only (the printed plan shows no ids). */
  idLabel(id: string): string;
  /** A link to an instrument's or a case's handbook page, or the text alone. */
  link(kind: 'instrument' | 'case', id: string, text: string): string;
  /** Links in Markdown from the plan or the instruments: to the handbook, or none (the text stays). */
  rewriteUrl(url: string): string | undefined;
}

export function planViewModel(plan: ParsedDocument, index: WorkspaceIndex, options: PlanViewOptions): PlanViewModel {
  const data = (plan.data ?? {}) as Partial<PlanData>;
  const criteria = criteriaOf(index);
  const instruments = instrumentsOf(index);
  const assessment = data.assessment && typeof data.assessment === 'object' ? data.assessment : {};
  const measures = (Array.isArray(data.measures) ? data.measures : []).filter((m): m is Measure => !!m && typeof m.instrument === 'string');
  const proposal = propose({ assessment, start: data.planning?.start ?? measures[0]?.start ?? '2027-01', capacity: data.planning?.capacity ?? CAPACITY.default }, index);
  return {
    plan,
    index,
    options,
    data,
    title: typeof data.title === 'string' ? data.title : 'Maßnahmenplan',
    criteria,
    instruments,
    measures,
    proposal,
    quickWins: new Set(proposal.measures.filter((m) => m.quickWin).map((m) => m.instrument.id)),
    instrumentTitle: (id) => instruments.get(id)?.title ?? id,
    criterionText: (id) => criteria.find((c) => c.id === id)?.text ?? id,
    hasCriterion: (id) => criteria.some((c) => c.id === id),
    readable: (text) => readableText(text, criteria),
    idLabel: (id) => (options.interactive ? ` <span class="kennung">${escapeHtml(id)}</span>` : ''),
    link(kind, id, text) {
      const url = options.handbookUrl?.(kind, id);
      return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
    },
    rewriteUrl(url) {
      const match = /(?:^|\/)([a-z0-9-]+)\.md(#.*)?$/.exec(url);
      if (!match) return url;
      const target = index.byId(match[1]!);
      const handbook = target && (target.kind === 'instrument' || target.kind === 'case') ? options.handbookUrl?.(target.kind, target.id!) : undefined;
      return handbook ? `${handbook}${match[2] ?? ''}` : undefined;
    },
  };
}

export { isMonth } from '../months';

/** The „Sofortmaßnahme“ badge after a title, when the proposal marks the instrument as one. */
export function quickWinBadge(model: PlanViewModel, instrument: string): string {
  return model.quickWins.has(instrument) ? ` <span class="quick-win">${QUICK_WIN.one}</span>` : '';
}

/**
 * A table in a frame that scrolls sideways where the page is narrower than the table (the editor's preview pane),
 * instead of the whole page; the frame is named by the table's caption and keyboard users can scroll it.
 */
export function tableFrame(captionId: string, table: string): string {
  return `<div class="tabellenrahmen" role="region" aria-labelledby="${captionId}" tabindex="0">${table}</div>`;
}

/**
 * Every captioned table of a rendered view in its frame (see `tableFrame`), its caption given the id
 * `${prefix}-tabelle-N` where it has none; a table already framed stays as it is.
 */
export function framedTables(html: string, prefix: string): string {
  let count = 0;
  return html.replace(/(?<!tabindex="0">)<table\b[^>]*>\s*<caption(?: id="([^"]*)")?>[\s\S]*?<\/table>/g, (table, id: string | undefined) => {
    const captionId = id ?? `${prefix}-tabelle-${++count}`;
    return tableFrame(captionId, id ? table : table.replace('<caption>', `<caption id="${captionId}">`));
  });
}

/** Only absolute web addresses survive in a file that is handed over; a relative or local path would break. */
export function absoluteLinksOnly(handbookUrl: PlanViewOptions['handbookUrl']): PlanViewOptions['handbookUrl'] {
  return handbookUrl && ((kind, id) => {
    const url = handbookUrl(kind, id);
    return url && /^https?:\/\//i.test(url) ? url : undefined;
  });
}

/** Criterion ids in a text (bare or in quotation marks, as older plans hold them) replaced by their statements. */
function readableText(text: string, criteria: Criterion[]): string {
  const byId = new Map(criteria.map((c) => [c.id, c.text]));
  return text.replace(/„?\b([a-z]{2}-[a-z0-9-]+)\b“?/g, (whole, id: string) => {
    const statement = byId.get(id);
    return statement ? quoted(statement) : whole;
  });
}
