// The document kinds of the toolbox: what each is called, where its files live in the toolbox and where its
// pages live in the handbook. The kinds are those of `schemas/`; every adapter reads them from here.

export interface KindInfo {
  /** What a document of this kind is called (hover, search results, messages). */
  label: string;
  /** The folder of its files under `toolbox/` (new documents are created there). */
  toolboxFolder: string;
  /** The folder of its pages in the handbook: `''` for the site root, undefined when the kind is not published. */
  siteFolder?: string;
  /** How every id of this kind begins (the schema's id pattern demands it); new documents are named so. */
  idPrefix?: string;
}

export type DocumentKind = 'eckpunkt' | 'instrument' | 'case' | 'site' | 'plan' | 'page' | 'frage' | 'angebot';

export const KINDS: Readonly<Record<DocumentKind, KindInfo>> = {
  eckpunkt: { label: 'Eckpunkt', toolboxFolder: 'eckpunkte', siteFolder: 'eckpunkte' },
  instrument: { label: 'Instrument', toolboxFolder: 'instrumente', siteFolder: 'instrumente' },
  case: { label: 'Praxisbeispiel', toolboxFolder: 'praxis', siteFolder: 'praxis' },
  site: { label: 'Standort', toolboxFolder: 'standorte', siteFolder: 'standorte' },
  plan: { label: 'Maßnahmenplan', toolboxFolder: 'plaene' },
  page: { label: 'Seite', toolboxFolder: 'seiten', siteFolder: '' },
  frage: { label: 'Frage', toolboxFolder: 'fragen', siteFolder: 'fragen', idPrefix: 'frage-' },
  angebot: { label: 'Angebot', toolboxFolder: 'angebote', siteFolder: 'angebote', idPrefix: 'angebot-' },
};

/**
 * What a Maßnahmenplan rests on: the instruments it plans, the Eckpunkte whose checklists hold its criteria, and the
 * cases its document names beside an instrument. The plan commands read only these kinds' folders — not the other
 * plans, the questions or the offers, which are most of the toolbox's frontmatter.
 */
export const PLAN_CONTEXT_KINDS: readonly DocumentKind[] = ['eckpunkt', 'instrument', 'case'];

/** What a reference may point at: a document kind, or a criterion of an Eckpunkt's checklist. */
export type ReferenceKind = DocumentKind | 'criterion';

export function isDocumentKind(kind: unknown): kind is DocumentKind {
  return typeof kind === 'string' && Object.hasOwn(KINDS, kind);
}

/** The German name of a document kind or of a criterion; unknown kinds are returned as they are. */
export function kindLabel(kind: string | undefined): string {
  if (kind === 'criterion') return 'Kriterium';
  return isDocumentKind(kind) ? KINDS[kind].label : (kind ?? '');
}

// A cheap look at the top of a text (no YAML parse), shared by the server and the extension to decide which
// files they take on: the frontmatter names one of the kinds.
const DECLARES_KIND = new RegExp(`^\\uFEFF?---[ \\t]*\\r?\\n(?:[^\\n]*\\n){0,30}?kind:[ \\t]*["']?(${Object.keys(KINDS).join('|')})\\b`);

/** Whether a text is a Werkzeugkoffer document: its frontmatter names one of the kinds. */
export function declaresKind(text: string): boolean {
  return DECLARES_KIND.test(text.slice(0, 2000));
}
