// A plan's free text still holds a prompt of the template (WK1009): the consultant has not written that part
// yet. The export leaves such prompts out; the editor says where they stand so that none is forgotten.
import { templatePrompts } from '../plan/document';
import { Codes } from './codes';
import { diagnostic, type Rule } from './context';

export const templatePromptRule: Rule = {
  name: 'template-prompt',
  scope: 'document',
  check(document) {
    if (document.kind !== 'plan') return [];
    const start = document.split.bodyStart;
    return templatePrompts(document.text.slice(start)).map((p) =>
      diagnostic(document, [start + p.start, start + p.end], 'info', Codes.templatePrompt,
        'Diese Vorgabe der Vorlage ist noch nicht ausgefüllt. Ersetzen Sie sie durch eigenen Text; im Export wird sie weggelassen.'),
    );
  },
};
