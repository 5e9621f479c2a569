// Rule 1b: a body whose CommonMark reading would exceed its budget (parse/markdownBudget.ts) is not read; it gets
// this one finding where the budget ran out, and every other rule still runs on the rest of the document.
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const bodyBudgetRule: Rule = {
  name: 'body-budget',
  scope: 'document',
  check(document) {
    const unread = document.body.unread;
    return unread ? [diagnostic(document, [unread.start, unread.end], 'error', Codes.bodyTooComplex, unread.message)] : [];
  },
};
