// What every part of the plan view reads: the plan's data, the toolbox's criteria and instruments, the
// proposal recomputed from the plan's assessment (needs, scores, quick wins), and how to link to the handbook.
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { ParsedDocument } from '../../parse/document';
import { escapeHtml } from '../../util/escapeHtml';
import { CAPACITY } from '../../vocabulary';
import { propose, type Proposal } from '../builder';
import { criteriaOf, instrumentsOf, type Criterion, type InstrumentInfo, type Measure, type PlanData } from '../model';

export interface PlanViewOptions {
  /** URL of an instrument's or a case's handbook page; links are left out when absent. */
  handbookUrl?: (kind: 'instrument' | 'case', id: string) => string | undefined;
  /** Mark measures with `data-instrument` so the editor preview can open the instrument on click. */
  interactive?: boolean;
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
  /** A link to an instrument's or a case's handbook page, or the text alone. */
  link(kind: 'instrument' | 'case', id: string, text: string): string;
  /** Links in Markdown from the plan or the instruments: to the handbook, or nowhere (`#`). */
  rewriteUrl(url: string): string;
}

export function planViewModel(plan: ParsedDocument, index: WorkspaceIndex, options: PlanViewOptions): PlanViewModel {
  const data = (plan.data ?? {}) as Partial<PlanData>;
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
    criteria: criteriaOf(index),
    instruments,
    measures,
    proposal,
    quickWins: new Set(proposal.measures.filter((m) => m.quickWin).map((m) => m.instrument.id)),
    instrumentTitle: (id) => instruments.get(id)?.title ?? id,
    link(kind, id, text) {
      const url = options.handbookUrl?.(kind, id);
      return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
    },
    rewriteUrl(url) {
      const match = /(?:^|\/)([a-z0-9-]+)\.md(#.*)?$/.exec(url);
      if (!match) return url;
      const target = index.byId(match[1]!);
      const handbook = target && (target.kind === 'instrument' || target.kind === 'case') ? options.handbookUrl?.(target.kind, target.id!) : undefined;
      return handbook ? `${handbook}${match[2] ?? ''}` : '#';
    },
  };
}

/** `JJJJ-MM` (or a day in it): the measures' start and end. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])/.test(value);
}

/** The „Quick Win“ badge after a title, when the proposal marks the instrument as one. */
export function quickWinBadge(model: PlanViewModel, instrument: string): string {
  return model.quickWins.has(instrument) ? ' <span class="quick-win">Quick Win</span>' : '';
}
