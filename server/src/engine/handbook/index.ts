// The handbook: the static site `werkzeugkoffer build` publishes, as pure functions of the workspace
// index. The node adapter writes what this returns; after a change it asks which pages to write again.
import type { Root as HastRoot } from 'hast';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import { treeCache } from './content';
import { buildSiteModel, planRebuild, type RebuildPlan, type SiteModel } from './model';
import { renderPage, type PageContext } from './pages';
import { printEditionParts, renderPrintEdition } from './print';
import { PATHS } from './routes';
import { SearchVocabulary } from './search';
import { renderSitemap } from './sitemap';
import { questionUrlMessage, questionUrlProblem } from '../vocabulary/questionUrl';

export { buildSiteModel, planRebuild } from './model';
export type { PageSpec, RebuildPlan, SiteModel } from './model';
export { CONTENT_SECURITY_POLICY, SEARCHABLE_ATTRIBUTE } from './layout';
export { INSTRUMENT_PLACEHOLDER, QUESTION_FORM_FIELD, questionFormHref, questionSubject, TITLE_PLACEHOLDER } from './askLink';
export { documentPath, handbookLinks, PATHS, relativeUrl } from './routes';

export interface HandbookOptions {
  /** Public URL of the site (for sitemap.xml and the 404 page), e.g. `https://example.org/handbuch/`. */
  baseUrl?: string;
  /** Bodies remark rendered while the documents were checked (the build's worker threads). */
  renderedBodies?: WeakMap<ParsedDocument, HastRoot>;
  /**
   * „Frage stellen“: an issue-form URL template with the placeholders `{instrument}` (the instrument's title) and
   * `{titel}` (the question's subject, „Frage zum Instrument „…““), URL-encoded, at least one of them, as
   * `isQuestionUrl` accepts it (createHandbook throws a RangeError otherwise). Without it, the link is a mailto: to
   * the function mailbox of the Impressum.
   */
  questionUrl?: string;
  /**
   * Keep each document's part of the print edition, so that after a change (`update`) only the changed parts render
   * again: for `build --watch`. A one-off build keeps nothing (at ten thousand documents, a hundred megabytes).
   */
  keepPrintParts?: boolean;
}

export interface Handbook {
  readonly model: SiteModel;
  /** Every file path of the site this engine writes (pages and sitemap.xml), in a stable order. */
  paths(): string[];
  /** The content of one file of the site. */
  render(path: string): string;
  /** The same content in pieces made one after the other: the print edition is written without being held whole. */
  renderParts(path: string): Iterable<string>;
  /** After the index changed (the URIs in `changed` were updated or removed): what to write and remove. */
  update(changed: Iterable<string>): RebuildPlan;
}

/** The vocabulary of every published document. */
function publishedVocabulary(model: SiteModel): SearchVocabulary {
  const vocabulary = new SearchVocabulary();
  for (const documents of [model.eckpunkte, model.instruments, model.cases, model.sites, model.questions, model.offers, model.pageDocuments]) {
    for (const document of documents) vocabulary.add(document);
  }
  return vocabulary;
}

export function createHandbook(index: WorkspaceIndex, options: HandbookOptions = {}): Handbook {
  // The CLI and the editor refuse such an address before they build; a caller of the engine gets the same refusal
  // rather than a „Frage stellen“ with a `javascript:` link or without the instrument.
  const questionProblem = options.questionUrl ? questionUrlProblem(options.questionUrl) : undefined;
  if (questionProblem) throw new RangeError(questionUrlMessage('questionUrl', options.questionUrl!, questionProblem));
  let model = buildSiteModel(index);
  const tree = treeCache(options.renderedBodies);
  // The vocabulary for compound parts grows with edits and is rebuilt on a full build: a word removed
  // during a watch session only costs an unneeded index entry until then.
  const vocabulary = publishedVocabulary(model);
  const rootPath = options.baseUrl ? new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`).pathname : undefined;
  const printParts = options.keepPrintParts ? new Map<string, string>() : undefined;
  const pageAt = (path: string) => {
    const spec = model.pages.get(path);
    if (!spec) throw new Error(`Keine Seite unter ${path}.`);
    return spec;
  };
  const render = (path: string): string => {
    if (path === PATHS.sitemap) return renderSitemap(model, options.baseUrl);
    const spec = pageAt(path);
    return spec.type === 'print' ? renderPrintEdition(spec, context()) : renderPage(spec, context());
  };
  const context = (): PageContext => ({ index, model, tree, vocabulary, rootPath, printParts, questionUrl: options.questionUrl });

  return {
    get model() {
      return model;
    },
    paths() {
      return [...model.pages.keys(), PATHS.sitemap];
    },
    render,
    renderParts(path) {
      return model.pages.get(path)?.type === 'print' ? printEditionParts(pageAt(path), context()) : [render(path)];
    },
    update(changed) {
      const uris = [...changed];
      for (const uri of uris) {
        const document = index.get(uri);
        if (document) vocabulary.add(document);
      }
      const before = model;
      model = buildSiteModel(index);
      const plan = planRebuild(before, model, uris);
      // The print edition's parts follow their pages: what is written again is rendered again.
      if (plan.write.length >= model.pages.size) printParts?.clear();
      for (const path of [...plan.write, ...plan.remove]) {
        const uri = model.pages.get(path)?.uri ?? before.pages.get(path)?.uri;
        if (uri) printParts?.delete(uri);
      }
      for (const uri of uris) printParts?.delete(uri);
      if (plan.structureChanged && !plan.write.includes(PATHS.sitemap)) plan.write.push(PATHS.sitemap);
      return plan;
    },
  };
}
