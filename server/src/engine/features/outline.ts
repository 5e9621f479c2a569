// The toolbox at a glance, for the editor's tree view and the plan wizard: Eckpunkte with their instruments,
// cases, sites, plans, questions and offers by title; the checklist's criteria grouped by Eckpunkt.
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { documentTitle } from '../parse/document';
import { criteriaOf } from '../plan/model';
import { orderOf } from '../vocabulary';

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
  /** The questions and answers (kind `frage`). */
  questions: OutlineEntry[];
  /** The training and exchange offers (kind `angebot`). */
  offers: OutlineEntry[];
}

export interface ChecklistGroup {
  eckpunkt: { id: string; title: string };
  criteria: { id: string; text: string }[];
}

const byTitle = (a: OutlineEntry, b: OutlineEntry) => a.title.localeCompare(b.title, 'de');

/** No problem counts here: the editor has every document's diagnostics already (counting would check the whole workspace). */
export function toolboxOutline(index: WorkspaceIndex): Outline {
  const entry = (uri: string): OutlineEntry => {
    const document = index.get(uri)!;
    return { id: document.id ?? '', title: documentTitle(document) || uri, uri, kind: document.kind ?? '' };
  };
  const ofKind = (kind: string) => index.ofKind(kind).map((d) => entry(d.uri)).sort(byTitle);
  const instruments = index.ofKind('instrument').map((d) => ({ entry: entry(d.uri), eckpunkt: d.data?.eckpunkt, order: orderOf(d.data) }));
  return {
    eckpunkte: index
      .ofKind('eckpunkt')
      .sort((a, b) => orderOf(a.data) - orderOf(b.data))
      .map((d) => ({
        ...entry(d.uri),
        instruments: instruments.filter((i) => i.eckpunkt === d.id).sort((a, b) => a.order - b.order || byTitle(a.entry, b.entry)).map((i) => i.entry),
      })),
    cases: ofKind('case'),
    sites: ofKind('site'),
    plans: ofKind('plan'),
    questions: ofKind('frage'),
    offers: ofKind('angebot'),
  };
}

/** The checklist's criteria, grouped by Eckpunkt in checklist order. */
export function checklistGroups(index: WorkspaceIndex): ChecklistGroup[] {
  const groups = new Map<string, ChecklistGroup>();
  for (const criterion of criteriaOf(index)) {
    const group = groups.get(criterion.eckpunkt) ?? { eckpunkt: { id: criterion.eckpunkt, title: criterion.eckpunktTitle }, criteria: [] };
    group.criteria.push({ id: criterion.id, text: criterion.text });
    groups.set(criterion.eckpunkt, group);
  }
  return [...groups.values()];
}
