// „So wird die Ampel bestimmt“: the rules of the Ampel as a short legend under the counts, each Ampel with its
// symbol and word, so that the report explains itself on paper.
import { escapeHtml } from '../../../util/escapeHtml';
import { AMPEL, AMPEL_MONTH_RULE, AMPEL_ORDER, AMPEL_RULES, STOPPED_WORD } from '../../ampelRules';

export function ampelLegendSection(): string {
  const entries = AMPEL_ORDER.map((a) => {
    const word = a === 'rot' ? `${AMPEL.rot.word} oder ${STOPPED_WORD}` : AMPEL[a].word;
    return `<div><dt><span class="ampel ampel-${a}"><span class="ampel-symbol" aria-hidden="true">${AMPEL[a].symbol}</span> ${escapeHtml(AMPEL[a].colour)}: ${escapeHtml(word)}</span></dt><dd><ul>${AMPEL_RULES[a].map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul></dd></div>`;
  });
  return `<section class="ampel-legende" aria-labelledby="ampel-legende-h">
  <h2 id="ampel-legende-h">So wird die Ampel bestimmt</h2>
  <dl>${entries.join('')}</dl>
  <p class="klein">${escapeHtml(AMPEL_MONTH_RULE)}</p>
</section>`;
}
