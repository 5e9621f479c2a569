// The address of the question form behind „Frage stellen“, as the CLI (`build --question-url`) and the editor's
// setting `werkzeugkoffer.handbook.questionUrl` accept it: http(s), no blank and no character that would end the
// link's HTML attribute (`{instrument}` stands for the instrument's title, `{titel}` for the question's subject).
// One pattern for both.
const QUESTION_URL = `https?://[^\\s<>"']+`;

/** A question-form address, whole. */
export const QUESTION_URL_PATTERN = new RegExp(`^${QUESTION_URL}$`);

/** The setting's `pattern` in package.json: the same address, or empty for none (vocabulary.test.ts holds the manifest to it). */
export const QUESTION_URL_SETTING_PATTERN = `^(${QUESTION_URL})?$`;

export function isQuestionUrl(value: string): boolean {
  return QUESTION_URL_PATTERN.test(value);
}
