import { URI } from 'vscode-uri';

/** The relative path from the document at `fromUri` to `toUri`, as a Markdown link writes it. */
export function relativePath(fromUri: string, toUri: string): string {
  const from = URI.parse(fromUri).path.split('/').slice(0, -1);
  const to = URI.parse(toUri).path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].map((part) => (part === '..' ? part : encodeURIComponent(part))).join('/');
}
