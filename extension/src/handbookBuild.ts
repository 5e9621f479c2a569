// The command line with which „Handbuch erstellen und öffnen“ runs the CLI's `build`, with the question form from
// the setting `werkzeugkoffer.handbook.questionUrl`. Free of VS Code, so that a unit test checks the arguments;
// the address is checked with the CLI's own pattern (the vocabulary's), so the editor refuses what the CLI refuses.
import { questionUrlProblem, type QuestionUrlProblem } from '../../server/src/engine/vocabulary';

export interface HandbookBuildInput {
  /** The CLI's script (`werkzeugkoffer.js` or the bundled `dist/cli.js`). */
  cli: string;
  toolbox: string;
  out: string;
  /** Whether the search index can be written (Pagefind comes with the toolbox's own installation only). */
  search: boolean;
  /** The setting as stored: empty or missing for none. */
  questionUrl: string | undefined;
}

/**
 * The arguments for Node, or the stored address with why the CLI would refuse it (no http(s) address, or without
 * the placeholder `{instrument}`): the build does not start then.
 */
export type HandbookBuildCommand = { args: string[] } | { invalidQuestionUrl: string; problem: QuestionUrlProblem };

export function handbookBuildCommand(input: HandbookBuildInput): HandbookBuildCommand {
  const questionUrl = (input.questionUrl ?? '').trim();
  const problem = questionUrl === '' ? undefined : questionUrlProblem(questionUrl);
  if (problem) return { invalidQuestionUrl: questionUrl, problem };
  return {
    args: [
      input.cli, 'build', input.toolbox, '--out', input.out,
      ...(input.search ? [] : ['--no-search']),
      ...(questionUrl ? ['--question-url', questionUrl] : []),
    ],
  };
}
