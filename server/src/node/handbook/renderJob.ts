// The build's work per file in the thread pool: the check's, and for a document that becomes a handbook page whose
// body only remark can render, that body rendered as well, so that remark runs on every core. A body the line
// reading renders (render/plainMarkdown.ts) is rendered on the main thread when its page is written: sending its
// tree across costs more than making it.
import { join } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { analyzeDocument, documentPath, markdownTree, withoutPositions, type ParsedDocument } from '../../engine';
import { readAndAnalyze, type Analyzed } from '../parallel/analyzeFile';
import type { ParallelJob } from '../parallel/pool';
import { toPortable } from '../parallel/transfer';

export function analyzeAndRender(uri: string, roots?: readonly string[]): Analyzed<HastRoot> {
  return readAndAnalyze(uri, roots, (uri, text) => {
    const { document, local } = analyzeDocument(uri, text);
    // A body over the Markdown budget (WK106) is not rendered either: remark's reading is the one the budget avoids.
    const rendered = documentPath(document) && !document.body.unread ? markdownTree(text.slice(document.split.bodyStart)) : undefined;
    return { uri, portable: toPortable(document), local, ...(rendered?.by === 'remark' && { extra: withoutPositions(rendered.tree) }) };
  });
}

/** The job for the build (dist/renderWorker.js): collects the rendered bodies, keyed by the adopted document. */
export function renderJob(renderedBodies: WeakMap<ParsedDocument, HastRoot>): ParallelJob<HastRoot> {
  return { workerScript: join(__dirname, 'renderWorker.js'), analyze: analyzeAndRender, adoptExtra: (document, body) => renderedBodies.set(document, body) };
}
