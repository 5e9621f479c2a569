// „Zeitplan“: the Gantt chart of the measures.
import { QUICK_WIN } from '../../../vocabulary';

export function scheduleSection(ganttSvg: string): string {
  return `<section class="plan-abschnitt" aria-labelledby="zeitplan-h">
  <h2 id="zeitplan-h">Zeitplan</h2>
  <figure class="diagramm breit">${ganttSvg}<figcaption>Jeder Balken reicht vom Start bis zum Ende der Maßnahme; gestrichelte Linien führen von einer Voraussetzung zur Maßnahme, die auf ihr aufbaut. ${QUICK_WIN.symbol} = ${QUICK_WIN.one}.</figcaption></figure>
</section>`;
}
