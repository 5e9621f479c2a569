// `workspace/executeCommand` handlers for the VS Code extension's consultant workflow. Each one calls the
// engine (plan builder, plan view, index) and returns plain data; the extension only displays it.
import type { LanguageService } from '../engine';
import { documentSkeleton } from '../engine/features/skeleton';
import { documentTitle } from '../engine/parse/document';
import { addMeasure, buildPlan, criteriaOf, instrumentsByNeed, planDocumentText, renderPlanPage, renderPlanView, updatePlan, type Agency, type Assessment } from '../engine/plan';

export const SERVER_COMMANDS = {
  outline: 'werkzeugkoffer.server.outline',
  checklist: 'werkzeugkoffer.server.checklist',
  newPlan: 'werkzeugkoffer.server.newPlan',
  renderPlan: 'werkzeugkoffer.server.renderPlan',
  exportPlan: 'werkzeugkoffer.server.exportPlan',
  instrumentsByNeed: 'werkzeugkoffer.server.instrumentsByNeed',
  addMeasure: 'werkzeugkoffer.server.addMeasure',
  updatePlan: 'werkzeugkoffer.server.updatePlan',
  skeleton: 'werkzeugkoffer.server.skeleton',
  planData: 'werkzeugkoffer.server.planData',
} as const;

export interface OutlineEntry {
  id: string;
  title: string;
  uri: string;
  kind: string;
}

export interface Outline {
  eckpunkte: (OutlineEntry & { instruments: OutlineEntry[] })[];
  cases: OutlineEntry[];
  sites: OutlineEntry[];
  plans: OutlineEntry[];
}

type HandbookUrl = (kind: 'instrument' | 'case', id: string) => string | undefined;

export function createCommandHandlers(service: LanguageService, textOf: (uri: string) => string | undefined) {
  // No problem counts here: the client has every document's diagnostics already (and counting would check the
  // whole workspace on each refresh).
  const entry = (uri: string): OutlineEntry => {
    const document = service.document(uri)!;
    return { id: document.id ?? '', title: documentTitle(document) || uri, uri, kind: document.kind ?? '' };
  };
  const byTitle = (a: OutlineEntry, b: OutlineEntry) => a.title.localeCompare(b.title, 'de');
  const ofKind = (kind: string) => service.index.ofKind(kind).map((d) => entry(d.uri)).sort(byTitle);
  const planText = (uri: string) => {
    const text = textOf(uri) ?? service.document(uri)?.text;
    if (text === undefined) throw new Error(`Unbekanntes Dokument: ${uri}`);
    return text;
  };
  const handbookUrl = (base?: string): HandbookUrl | undefined =>
    base ? (kind, id) => `${base.replace(/\/$/, '')}/${kind === 'instrument' ? 'instrumente' : 'praxis'}/${id}.html` : undefined;

  return {
    [SERVER_COMMANDS.outline]: (): Outline => {
      const instruments = service.index.ofKind('instrument').map((d) => ({ entry: entry(d.uri), eckpunkt: d.data?.eckpunkt, order: Number(d.data?.order ?? 99) }));
      return {
        eckpunkte: service.index
          .ofKind('eckpunkt')
          .sort((a, b) => Number(a.data?.order ?? 99) - Number(b.data?.order ?? 99))
          .map((d) => ({
            ...entry(d.uri),
            instruments: instruments.filter((i) => i.eckpunkt === d.id).sort((a, b) => a.order - b.order || byTitle(a.entry, b.entry)).map((i) => i.entry),
          })),
        cases: ofKind('case'),
        sites: ofKind('site'),
        plans: ofKind('plan'),
      };
    },
    [SERVER_COMMANDS.skeleton]: (kind: string, id: string, title: string) => ({ text: documentSkeleton(kind, id, title, service.schemas) }),
    [SERVER_COMMANDS.checklist]: () => {
      const groups = new Map<string, { eckpunkt: { id: string; title: string }; criteria: { id: string; text: string }[] }>();
      for (const criterion of criteriaOf(service.index)) {
        const group = groups.get(criterion.eckpunkt) ?? { eckpunkt: { id: criterion.eckpunkt, title: criterion.eckpunktTitle }, criteria: [] };
        group.criteria.push({ id: criterion.id, text: criterion.text });
        groups.set(criterion.eckpunkt, group);
      }
      return [...groups.values()];
    },
    [SERVER_COMMANDS.newPlan]: (input: { agency: Agency; assessed: string; assessment: Assessment; start: string; capacity: number; limit?: number; id?: string; title?: string }) => {
      const { plan, proposal } = buildPlan(input, service.index);
      return { text: planDocumentText(plan), measures: proposal.measures.length, open: proposal.needs.open.map((c) => c.id) };
    },
    [SERVER_COMMANDS.renderPlan]: async (uri: string, options: { handbook?: string } = {}) => {
      const document = service.document(uri);
      if (!document || document.kind !== 'plan') return { title: '', html: '<p>Dieses Dokument ist kein Maßnahmenplan.</p>' };
      return renderPlanView(document, service.index, { interactive: true, handbookUrl: handbookUrl(options.handbook) });
    },
    [SERVER_COMMANDS.exportPlan]: async (uri: string, options: { handbook?: string } = {}) => {
      const document = service.document(uri);
      if (!document || document.kind !== 'plan') throw new Error('Dieses Dokument ist kein Maßnahmenplan.');
      const errors = service.diagnostics(uri).filter((d) => d.severity === 'error');
      return { html: await renderPlanPage(document, service.index, { handbookUrl: handbookUrl(options.handbook) }), errors: errors.length };
    },
    [SERVER_COMMANDS.planData]: (uri: string) => {
      const document = service.document(uri);
      return document?.kind === 'plan' ? (document.data ?? null) : null;
    },
    [SERVER_COMMANDS.instrumentsByNeed]: (uri: string) => instrumentsByNeed(planText(uri), service.index),
    [SERVER_COMMANDS.addMeasure]: (uri: string, instrument: string) => ({ text: addMeasure(planText(uri), instrument, service.index) }),
    [SERVER_COMMANDS.updatePlan]: (uri: string, assessment: Assessment, assessed?: string) => updatePlan(planText(uri), assessment, service.index, { assessed }),
  } as Record<string, (...args: any[]) => unknown>;
}
