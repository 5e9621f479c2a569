// The address of the question form behind „Frage stellen“, as the CLI (`build --question-url`), the editor's
// setting `werkzeugkoffer.handbook.questionUrl` and the engine (`createHandbook`'s `questionUrl`) accept it: http(s),
// no blank and no character that would end the link's HTML attribute (so no `javascript:`, no `data:`), and a
// placeholder that carries the instrument: `{instrument}` for its title, or `{titel}` for the question's subject
// („Frage zum Instrument „…““, which GitLab's form takes as title and description). One pattern for all three.
//
// An address without either placeholder is refused, not warned about. The setting exists to open the form with the
// instrument filled in (issue #21; the intake `frage neu` finds the instrument from it); without the placeholder
// every „Frage stellen“ of every instrument page opens the same empty form, and the publisher learns it only from
// the questions that come in. A warning would scroll past in a CI log (the handbook is built and published there),
// a refusal stops the build before anything is published. Nobody is locked out: a form that cannot take the
// instrument ignores an extra parameter such as `&instrument={instrument}`. The common slip, the placeholder
// URL-encoded by a browser's address bar (`%7Binstrument%7D`) or spelt otherwise (`{Instrument}`), is named.

/** The placeholder of the URL template: replaced by the instrument's title, URL-encoded (empty on the overview). */
export const INSTRUMENT_PLACEHOLDER = '{instrument}';
/** The placeholder for the question's subject, „Frage zum Instrument „…““ (on the overview without an instrument). */
export const SUBJECT_PLACEHOLDER = '{titel}';

const ADDRESS = `https?://[^\\s<>"']+`;
const ADDRESS_CHARACTER = `[^\\s<>"']`;

/** An http(s) address, whole, without blanks or characters that end an HTML attribute (placeholder or not). */
const ADDRESS_PATTERN = new RegExp(`^${ADDRESS}$`);

/** An http(s) address as ADDRESS with the placeholder somewhere in it (its characters are address characters). */
const QUESTION_URL = `https?://${ADDRESS_CHARACTER}*\\{(?:instrument|titel)\\}${ADDRESS_CHARACTER}*`;

/** A question-form address, whole: an http(s) address with the placeholder `{instrument}` or `{titel}`. */
export const QUESTION_URL_PATTERN = new RegExp(`^${QUESTION_URL}$`);

/** The setting's `pattern` in package.json: the same address, or empty for none (vocabulary.test.ts holds the manifest to it). */
export const QUESTION_URL_SETTING_PATTERN = `^(${QUESTION_URL})?$`;

/** Why an address is no question-form address: not an http(s) address, or without the placeholder (`nearMiss`: how it was spelt instead). */
export type QuestionUrlProblem = { kind: 'address' } | { kind: 'placeholder'; nearMiss?: string };

export function questionUrlProblem(value: string): QuestionUrlProblem | undefined {
  if (!ADDRESS_PATTERN.test(value)) return { kind: 'address' };
  if (value.includes(INSTRUMENT_PLACEHOLDER) || value.includes(SUBJECT_PLACEHOLDER)) return undefined;
  const nearMiss = /%7Binstrument%7D|\{\s*instrument\s*\}|%7B\s*instrument\s*%7D/i.exec(value)?.[0];
  return nearMiss ? { kind: 'placeholder', nearMiss } : { kind: 'placeholder' };
}

export function isQuestionUrl(value: string): boolean {
  return questionUrlProblem(value) === undefined;
}

/** The German message for an address `questionUrlProblem` refused, opened by what was set (`--question-url`). */
export function questionUrlMessage(setting: string, value: string, problem: QuestionUrlProblem): string {
  if (problem.kind === 'address') return `${setting} erwartet eine http(s)-Adresse, nicht „${value}“.`;
  const nearMiss = problem.nearMiss ? ` „${problem.nearMiss}“ ist nicht der Platzhalter: Er heißt genau ${INSTRUMENT_PLACEHOLDER}, mit geschweiften Klammern und klein geschrieben.` : '';
  return `${setting}: In „${value}“ fehlt der Platzhalter ${INSTRUMENT_PLACEHOLDER} (oder ${SUBJECT_PLACEHOLDER} für den Betreff); ohne ihn öffnet „Frage stellen“ das Formular ohne das Instrument.${nearMiss} Setzen Sie ${INSTRUMENT_PLACEHOLDER} dort ein, wo das Formular das Instrument übernimmt, etwa „&instrument=${INSTRUMENT_PLACEHOLDER}“; ein Formular, das kein Instrument übernimmt, übergeht diesen Parameter.`;
}
