// The plan view: one HTML rendering of a Maßnahmenplan, used by the editor preview and by the export,
// so the preview shows what will be printed. Markdown goes through the shared renderer; charts are
// Vega-Lite compiled to static, accessible SVG.
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ParsedDocument } from '../parse/document';
import { renderMarkdown } from '../render/markdown';
import { propose } from './builder';
import { escapeHtml } from '../util/escapeHtml';
import { CAPACITY } from '../vocabulary';
import { chartToSvg, type Chart } from './charts';
import { criteriaOf, instrumentsOf, type Measure, type PlanData } from './model';
import { formatMonth, monthLabel, parseMonth } from './months';
import { NEED_FORMULA, QUADRANT_LABELS, quadrantOf, type CriterionNeed } from './needs';

export interface PlanViewOptions {
  /** URL of an instrument's or a case's handbook page; links are left out when absent. */
  handbookUrl?: (kind: 'instrument' | 'case', id: string) => string | undefined;
  /** Mark measures with `data-instrument` so the editor preview can open the instrument on click. */
  interactive?: boolean;
}

export interface PlanView {
  title: string;
  html: string;
}

const STATUS_LABELS: Record<Measure['status'], string> = { geplant: 'geplant', laufend: 'laufend', abgeschlossen: 'abgeschlossen', zurueckgestellt: 'zurückgestellt' };
const EFFORT_LABELS = { niedrig: 'niedrig', mittel: 'mittel', hoch: 'hoch' } as const;

function sectionMarkdown(document: ParsedDocument | undefined, heading: string): string | undefined {
  const section = document?.body.sections.find((s) => s.heading.text === heading);
  return section ? document!.text.slice(section.contentStart, section.contentEnd).trim() : undefined;
}

/** Renders the plan view of `plan` (a parsed plan document) against the toolbox in `index`. */
export async function renderPlanView(plan: ParsedDocument, index: WorkspaceIndex, options: PlanViewOptions = {}): Promise<PlanView> {
  const data = (plan.data ?? {}) as Partial<PlanData>;
  const title = typeof data.title === 'string' ? data.title : 'Maßnahmenplan';
  const criteria = criteriaOf(index);
  const instruments = instrumentsOf(index);
  const assessment = data.assessment && typeof data.assessment === 'object' ? data.assessment : {};
  const measures = (Array.isArray(data.measures) ? data.measures : []).filter((m): m is Measure => !!m && typeof m.instrument === 'string');
  const proposal = propose({ assessment, start: data.planning?.start ?? measures[0]?.start ?? '2027-01', capacity: data.planning?.capacity ?? CAPACITY.default }, index);
  const { needs } = proposal;
  const scoreOf = new Map(proposal.ranked.map((r) => [r.instrument.id, r]));
  const quickWins = new Set(proposal.measures.filter((m) => m.quickWin).map((m) => m.instrument.id));
  const instrumentTitle = (id: string) => instruments.get(id)?.title ?? id;
  const link = (kind: 'instrument' | 'case', id: string, text: string) => {
    const url = options.handbookUrl?.(kind, id);
    return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
  };
  const rewriteUrl = (url: string) => {
    const match = /(?:^|\/)([a-z0-9-]+)\.md(#.*)?$/.exec(url);
    if (!match) return url;
    const target = index.byId(match[1]!);
    const handbook = target && (target.kind === 'instrument' || target.kind === 'case') ? options.handbookUrl?.(target.kind, target.id!) : undefined;
    return handbook ? `${handbook}${match[2] ?? ''}` : '#';
  };

  const parts: string[] = [];
  const agency = data.agency ?? { name: '', bundesland: '' };
  parts.push(`<header class="plan-kopf">
  <p class="plan-art">Maßnahmenplan</p>
  <h1>${escapeHtml(title)}</h1>
  <dl class="plan-eckdaten">
    <div><dt>Behörde</dt><dd>${escapeHtml(String(agency.name ?? ''))}${agency.bundesland ? `, ${escapeHtml(String(agency.bundesland))}` : ''}</dd></div>
    ${typeof agency.staff === 'number' ? `<div><dt>Mitarbeitende</dt><dd>${agency.staff}</dd></div>` : ''}
    <div><dt>Standortbestimmung</dt><dd>${escapeHtml(String(data.assessed ?? '–'))}</dd></div>
    <div><dt>Planungsrahmen</dt><dd>ab ${escapeHtml(data.planning?.start ? monthLabel(data.planning.start) : '–')}, höchstens ${data.planning?.capacity ?? CAPACITY.default} Maßnahmen gleichzeitig</dd></div>
  </dl>
  <p class="plan-formel"><strong>So entsteht der Vorschlag:</strong> ${escapeHtml(NEED_FORMULA)} (0 bis 20) für jedes Kriterium der Checkliste. Der Punktwert eines Instruments ist die Summe der Bedarfe der Kriterien, die es adressiert; bei Gleichstand zählen geringerer Aufwand, kürzere Dauer, dann die Kennung.</p>
</header>`);

  // Profile per Eckpunkt and the importance–performance grid.
  const eckpunkte = [...new Map(criteria.map((c) => [c.eckpunkt, c])).values()];
  const profile = eckpunkte.flatMap((e) => {
    const scored = needs.scored.filter((n) => n.criterion.eckpunkt === e.eckpunkt);
    if (!scored.length) return [];
    const average = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    return [
      { eckpunkt: e.eckpunktTitle, order: e.eckpunktOrder, Maß: 'Stand heute', Wert: average(scored.map((s) => s.status)) },
      { eckpunkt: e.eckpunktTitle, order: e.eckpunktOrder, Maß: 'Relevanz', Wert: average(scored.map((s) => s.relevance)) },
    ];
  });
  const profileChart: Chart = {
    id: 'profil',
    title: 'Profil je Eckpunkt: Stand heute und Relevanz',
    description: profile.length
      ? `Durchschnitt je Eckpunkt auf der Skala 1 bis 5. ${eckpunkte.map((e) => { const rows = profile.filter((p) => p.eckpunkt === e.eckpunktTitle); return rows.length ? `${e.eckpunktTitle}: Stand ${rows[0]!.Wert}, Relevanz ${rows[1]!.Wert}` : ''; }).filter(Boolean).join('; ')}.`
      : 'Noch keine bewerteten Kriterien.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 520,
      height: 200,
      data: { values: profile },
      mark: { type: 'bar', stroke: '#111', strokeWidth: 0.8 },
      encoding: {
        y: { field: 'eckpunkt', type: 'nominal', title: null, sort: { field: 'order' }, axis: { labelLimit: 400 } },
        yOffset: { field: 'Maß', sort: ['Stand heute', 'Relevanz'] },
        x: { field: 'Wert', type: 'quantitative', title: 'Durchschnitt (1 = gering, 5 = hoch)', scale: { domain: [0, 5] } },
        color: { field: 'Maß', type: 'nominal', title: null, scale: { domain: ['Stand heute', 'Relevanz'], range: ['#ffffff', '#444444'] }, sort: ['Stand heute', 'Relevanz'] },
      },
    },
  };
  const cells = new Map<string, { status: number; relevance: number; ids: string[] }>();
  for (const n of needs.scored) {
    const key = `${n.status}/${n.relevance}`;
    const cell = cells.get(key) ?? { status: n.status, relevance: n.relevance, ids: [] };
    cell.ids.push(n.criterion.id);
    cells.set(key, cell);
  }
  const gridChart: Chart = {
    id: 'raster',
    title: 'Wichtigkeit und Stand der Kriterien',
    description: `Jeder Kreis steht für die Kriterien mit demselben Stand (waagerecht) und derselben Relevanz (senkrecht); die Zahl nennt ihre Anzahl. Oben links liegt das Feld „Hier ansetzen“. ${(['hier-ansetzen', 'weiter-so', 'geringe-prioritaet', 'ggf-zu-viel-aufwand'] as const).map((q) => `${QUADRANT_LABELS[q]}: ${needs.scored.filter((n) => quadrantOf(n.status, n.relevance) === q).length}`).join(', ')}.`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 360,
      height: 300,
      layer: [
        {
          data: { values: [{ x: 0.5, x2: 3.5, y: 2.5, y2: 5.5, label: 'Hier ansetzen', lx: 0.6, ly: 5.4 }, { x: 3.5, x2: 5.5, y: 2.5, y2: 5.5, label: 'Weiter so', lx: 3.6, ly: 5.4 }, { x: 0.5, x2: 3.5, y: 0.5, y2: 2.5, label: 'Geringe Priorität', lx: 0.6, ly: 2.4 }, { x: 3.5, x2: 5.5, y: 0.5, y2: 2.5, label: 'Ggf. zu viel Aufwand', lx: 3.6, ly: 2.4 }] },
          layer: [
            { mark: { type: 'rect', stroke: '#777', strokeDash: [3, 3] }, encoding: { x: { field: 'x', type: 'quantitative', scale: { domain: [0.5, 5.5] }, title: 'Wo stehen wir heute? (1 = keine Ansätze, 5 = sehr gut)', axis: { values: [1, 2, 3, 4, 5] } }, x2: { field: 'x2' }, y: { field: 'y', type: 'quantitative', scale: { domain: [0.5, 5.5] }, title: 'Relevanz (1 = gering, 5 = hoch)', axis: { values: [1, 2, 3, 4, 5] } }, y2: { field: 'y2' }, fill: { field: 'label', type: 'nominal', scale: { domain: ['Hier ansetzen', 'Weiter so', 'Geringe Priorität', 'Ggf. zu viel Aufwand'], range: ['#d9d9d9', '#ffffff', '#ffffff', '#f2f2f2'] }, legend: null } } },
            { mark: { type: 'text', align: 'left', baseline: 'top', fontWeight: 'bold', fontSize: 11, color: '#222' }, encoding: { x: { field: 'lx', type: 'quantitative' }, y: { field: 'ly', type: 'quantitative' }, text: { field: 'label' } } },
          ],
        },
        {
          data: { values: [...cells.values()].map((c) => ({ ...c, count: c.ids.length })) },
          layer: [
            { mark: { type: 'circle', stroke: '#111', fill: '#fff', opacity: 1 }, encoding: { x: { field: 'status', type: 'quantitative' }, y: { field: 'relevance', type: 'quantitative' }, size: { field: 'count', type: 'quantitative', scale: { range: [250, 1400] }, legend: null } } },
            { mark: { type: 'text', fontSize: 12, fontWeight: 'bold', color: '#111' }, encoding: { x: { field: 'status', type: 'quantitative' }, y: { field: 'relevance', type: 'quantitative' }, text: { field: 'count' } } },
          ],
        },
      ],
    },
  };
  const topNeeds = needs.scored.filter((n) => n.need > 0).sort((a, b) => b.need - a.need || a.criterion.id.localeCompare(b.criterion.id));
  const needsChart: Chart = {
    id: 'bedarf',
    title: 'Bedarf je Kriterium',
    description: topNeeds.length ? `Die Kriterien mit Bedarf, absteigend: ${topNeeds.map((n) => `${n.criterion.id} ${n.need}`).join(', ')}.` : 'Kein Kriterium hat Bedarf.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 480,
      height: { step: 16 },
      data: { values: topNeeds.map((n) => ({ kriterium: n.criterion.id, bedarf: n.need })) },
      layer: [
        { mark: { type: 'bar', fill: '#555', stroke: '#111', strokeWidth: 0.5 }, encoding: { y: { field: 'kriterium', type: 'nominal', sort: null, title: null }, x: { field: 'bedarf', type: 'quantitative', title: 'Bedarf (0 bis 20)', scale: { domain: [0, 20] } } } },
        { mark: { type: 'text', align: 'left', dx: 3, fontSize: 11, color: '#111' }, encoding: { y: { field: 'kriterium', type: 'nominal', sort: null }, x: { field: 'bedarf', type: 'quantitative' }, text: { field: 'bedarf' } } },
      ],
    },
  };

  // Timeline: one bar per measure from its start to the end of its last month; dependencies as lines.
  const rows = measures.filter((m) => isMonth(m.start) && isMonth(m.due));
  const label = (m: Measure) => `${m.title ?? instrumentTitle(m.instrument)}${quickWins.has(m.instrument) ? ' ★' : ''}`;
  const day = (month: string) => `${month.slice(0, 7)}-01`;
  const afterEnd = (month: string) => `${formatMonth(parseMonth(month) + 1)}-01`;
  const edges = rows.flatMap((m) => (instruments.get(m.instrument)?.requires ?? []).flatMap((r) => {
    const prerequisite = rows.find((p) => p.instrument === r);
    return prerequisite ? [{ from: label(prerequisite), to: label(m), x: afterEnd(prerequisite.due), x2: day(m.start) }] : [];
  }));
  const timelineChart: Chart = {
    id: 'zeitplan',
    title: 'Zeitplan der Maßnahmen',
    description: rows.length ? `${rows.map((m) => `${label(m)}: ${monthLabel(m.start)} bis ${monthLabel(m.due)}`).join('; ')}.${edges.length ? ` Abhängigkeiten: ${edges.map((e) => `${e.to} baut auf ${e.from} auf`).join('; ')}.` : ''}` : 'Noch keine Maßnahmen mit Start und Ende.',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 560,
      height: { step: 22 },
      layer: [
        {
          data: { values: rows.map((m) => ({ massnahme: label(m), start: day(m.start), ende: afterEnd(m.due), status: STATUS_LABELS[m.status] ?? m.status })) },
          mark: { type: 'bar', stroke: '#111', strokeWidth: 0.8, cornerRadius: 2 },
          encoding: {
            y: { field: 'massnahme', type: 'nominal', sort: null, title: null, axis: { labelLimit: 400 } },
            x: { field: 'start', type: 'temporal', title: null, axis: { format: '%m/%Y', tickCount: { interval: 'month', step: 2 } } },
            x2: { field: 'ende' },
            fill: { field: 'status', type: 'nominal', title: 'Status', scale: { domain: ['geplant', 'laufend', 'abgeschlossen', 'zurückgestellt'], range: ['#ffffff', '#999999', '#333333', '#e6e6e6'] } },
          },
        },
        ...(edges.length
          ? [{
              data: { values: edges },
              mark: { type: 'rule' as const, stroke: '#111', strokeDash: [4, 2], strokeWidth: 2 },
              encoding: { x: { field: 'x', type: 'temporal' as const }, x2: { field: 'x2' }, y: { field: 'from', type: 'nominal' as const, sort: null }, y2: { field: 'to' } },
            }]
          : []),
      ],
    },
  };

  const [profileSvg, gridSvg, needsSvg, timelineSvg] = await Promise.all([profileChart, gridChart, needsChart, timelineChart].map(chartToSvg));

  parts.push(`<section class="plan-abschnitt" aria-labelledby="profil-h">
  <h2 id="profil-h">Profil der Behörde</h2>
  <figure class="diagramm">${profileSvg}<figcaption>Durchschnittlicher Stand und Relevanz je Eckpunkt (Skala 1 bis 5).</figcaption></figure>
  <figure class="diagramm">${gridSvg}<figcaption>Wichtigkeit und Stand aller bewerteten Kriterien. Die Zuordnung im Einzelnen:</figcaption></figure>
  ${quadrantTable(needs.scored)}
  ${needs.open.length ? `<div class="noch-zu-klaeren"><h3>Noch zu klären</h3><p>Diese Kriterien sind nicht bewertet; der Vorschlag berücksichtigt sie nicht, bis sie bewertet sind:</p><ul>${needs.open.map((c) => `<li><code>${escapeHtml(c.id)}</code> ${escapeHtml(c.text)}</li>`).join('')}</ul></div>` : ''}
</section>`);

  parts.push(`<section class="plan-abschnitt" aria-labelledby="bedarf-h">
  <h2 id="bedarf-h">Bedarfe nach Rang</h2>
  <figure class="diagramm">${needsSvg}<figcaption>${escapeHtml(NEED_FORMULA)} je Kriterium.</figcaption></figure>
  <table class="tabelle"><caption>Alle Instrumente mit Bedarf, nach Punktwert</caption>
    <thead><tr><th scope="col">Rang</th><th scope="col">Instrument</th><th scope="col">Punktwert</th><th scope="col">Aufwand</th><th scope="col">Dauer</th><th scope="col">Beitragende Kriterien</th></tr></thead>
    <tbody>${proposal.ranked.map((r, i) => `<tr><td>${i + 1}</td><td>${link('instrument', r.instrument.id, r.instrument.title)}${quickWins.has(r.instrument.id) ? ' <span class="quick-win">Quick Win</span>' : ''}</td><td>${r.score}</td><td>${EFFORT_LABELS[r.instrument.effort]}</td><td>${r.instrument.durationWeeks} Wochen</td><td>${r.contributions.map((c) => `${escapeHtml(c.criterion)} (${c.need})`).join(', ')}</td></tr>`).join('')}</tbody>
  </table>
</section>`);

  parts.push(`<section class="plan-abschnitt" aria-labelledby="zeitplan-h">
  <h2 id="zeitplan-h">Zeitplan</h2>
  <figure class="diagramm breit">${timelineSvg}<figcaption>Jeder Balken reicht vom Start bis zum Ende der Maßnahme; gestrichelte Linien führen von einer Voraussetzung zur Maßnahme, die auf ihr aufbaut. ★ = Quick Win.</figcaption></figure>
</section>`);

  parts.push(`<section class="plan-abschnitt" aria-labelledby="aktionsplan-h">
  <h2 id="aktionsplan-h">Aktionsplan</h2>
  <table class="tabelle aktionsplan"><caption>Maßnahmen in der Form eines Aktionsplans</caption>
    <thead><tr><th scope="col">Was?</th><th scope="col">Wer?</th><th scope="col">Mit wem?</th><th scope="col">Womit?</th><th scope="col">Bis wann?</th><th scope="col">Aufbauend auf</th><th scope="col">Status</th></tr></thead>
    <tbody>${measures.map((m) => {
      const builds = (instruments.get(m.instrument)?.requires ?? []).filter((r) => measures.some((o) => o.instrument === r));
      return `<tr${options.interactive ? ` data-instrument="${escapeHtml(m.instrument)}"` : ''}><th scope="row">${link('instrument', m.instrument, m.title ?? instrumentTitle(m.instrument))}${quickWins.has(m.instrument) ? ' <span class="quick-win">Quick Win</span>' : ''}</th><td>${escapeHtml(m.owner ?? '')}</td><td>${escapeHtml((m.participants ?? []).join(', '))}</td><td>${escapeHtml(m.resources ?? '')}</td><td>${isMonth(m.due) ? escapeHtml(monthLabel(m.due)) : ''}${isMonth(m.start) ? `<br><span class="klein">ab ${escapeHtml(monthLabel(m.start))}</span>` : ''}</td><td>${builds.map((b) => escapeHtml(instrumentTitle(b))).join(', ') || '–'}</td><td>${escapeHtml(STATUS_LABELS[m.status] ?? String(m.status ?? ''))}</td></tr>`;
    }).join('')}</tbody>
  </table>
</section>`);

  const details = measures.map((m, i) => {
    const document = index.documentsWithId(m.instrument).find((d) => d.kind === 'instrument');
    const ranked = scoreOf.get(m.instrument);
    const example = index.referrersOf(m.instrument).filter((d) => d.kind === 'case' && d.id).sort((a, b) => String(a.data?.title ?? '').localeCompare(String(b.data?.title ?? ''), 'de'))[0];
    const block = (heading: string) => {
      const markdown = sectionMarkdown(document, heading);
      return markdown ? `<h4>${escapeHtml(heading)}</h4>${renderMarkdown(markdown, { rewriteUrl, headingShift: 3 })}` : '';
    };
    return `<article class="massnahme"${options.interactive ? ` data-instrument="${escapeHtml(m.instrument)}" tabindex="0"` : ''} aria-labelledby="massnahme-${i}">
  <h3 id="massnahme-${i}">${i + 1}. ${escapeHtml(m.title ?? instrumentTitle(m.instrument))}${quickWins.has(m.instrument) ? ' <span class="quick-win">Quick Win</span>' : ''}</h3>
  <p class="klein">${link('instrument', m.instrument, 'Instrument im Handbuch')}${ranked ? ` · Punktwert ${ranked.score}` : ''}${m.reason ? ` · ${escapeHtml(m.reason)}` : ''}</p>
  ${m.note ? `<p class="notiz"><strong>Notiz:</strong> ${escapeHtml(m.note)}</p>` : ''}
  <dl class="massnahme-daten">
    <div><dt>Verantwortlich</dt><dd>${escapeHtml(m.owner ?? '–')}</dd></div>
    <div><dt>Zeitraum</dt><dd>${isMonth(m.start) ? escapeHtml(monthLabel(m.start)) : '–'} bis ${isMonth(m.due) ? escapeHtml(monthLabel(m.due)) : '–'}</dd></div>
    ${m.indicator ? `<div class="breit"><dt>Indikator</dt><dd>${escapeHtml(m.indicator)}</dd></div>` : ''}
    ${m.milestones?.length ? `<div class="breit"><dt>Meilensteine</dt><dd><ul class="meilensteine">${m.milestones.map((s) => `<li>${s.due && isMonth(s.due) ? `${escapeHtml(monthLabel(s.due))}: ` : ''}${escapeHtml(s.text)}</li>`).join('')}</ul></dd></div>` : ''}
  </dl>
  ${block('Ziel')}${block('Umsetzungsschritte')}${block('Erfolgsfaktoren')}
  ${example ? `<h4>Aus der Praxis</h4><p>${link('case', example.id!, String(example.data?.title ?? example.id))}${typeof example.data?.summary === 'string' ? ` – ${escapeHtml(example.data.summary)}` : ''}</p>` : ''}
</article>`;
  });
  parts.push(`<section class="plan-abschnitt" aria-labelledby="massnahmen-h">
  <h2 id="massnahmen-h">Die Maßnahmen im Einzelnen</h2>
  ${details.join('\n')}
</section>`);

  const body = plan.text.slice(plan.split.bodyStart).trim();
  if (body) parts.push(`<section class="plan-abschnitt freitext" aria-labelledby="freitext-h"><h2 id="freitext-h">Anmerkungen der Beratung</h2>${renderMarkdown(body, { rewriteUrl, headingShift: 1 })}</section>`);

  return { title, html: parts.join('\n') };
}

function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])/.test(value);
}

function quadrantTable(scored: CriterionNeed[]): string {
  const quadrants = ['hier-ansetzen', 'weiter-so', 'geringe-prioritaet', 'ggf-zu-viel-aufwand'] as const;
  return `<table class="tabelle"><caption>Kriterien im Raster aus Wichtigkeit und Stand</caption>
  <thead><tr><th scope="col">Feld</th><th scope="col">Kriterien (Stand / Relevanz)</th></tr></thead>
  <tbody>${quadrants.map((q) => `<tr><th scope="row">${QUADRANT_LABELS[q]}</th><td>${scored.filter((n) => quadrantOf(n.status, n.relevance) === q).map((n) => `<span title="${escapeHtml(n.criterion.text)}">${escapeHtml(n.criterion.id)} (${n.status}/${n.relevance})</span>`).join(', ') || '–'}</td></tr>`).join('')}</tbody>
</table>`;
}

export const PLAN_CSS = `
:root { color-scheme: light; }
body.plan { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; line-height: 1.5; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
.plan h1 { font-size: 1.8rem; margin: 0.2rem 0 1rem; }
.plan h2 { font-size: 1.35rem; border-bottom: 2px solid #111; padding-bottom: 0.2rem; margin-top: 2rem; }
.plan h3 { font-size: 1.1rem; margin-top: 1.5rem; }
.plan h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
.plan-art { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.85rem; margin: 0; color: #333; }
.plan-eckdaten { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.5rem 1.5rem; margin: 0 0 1rem; }
.plan-eckdaten dt { font-weight: bold; font-size: 0.85rem; }
.plan-eckdaten dd { margin: 0; }
.plan-formel { border: 1px solid #111; padding: 0.6rem 0.8rem; background: #f5f5f5; }
.diagramm { margin: 1rem 0; }
.diagramm svg { max-width: 100%; height: auto; }
.diagramm figcaption { font-size: 0.9rem; color: #333; }
.tabelle { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.92rem; }
.aktionsplan { table-layout: fixed; font-size: 0.85rem; }
.aktionsplan th, .aktionsplan td { overflow-wrap: break-word; hyphens: auto; }
.aktionsplan thead th:nth-child(1) { width: 19%; } .aktionsplan thead th:nth-child(2) { width: 14%; } .aktionsplan thead th:nth-child(3) { width: 20%; }
.aktionsplan thead th:nth-child(4) { width: 18%; } .aktionsplan thead th:nth-child(5) { width: 11%; } .aktionsplan thead th:nth-child(6) { width: 11%; } .aktionsplan thead th:nth-child(7) { width: 7%; }
.massnahme-daten { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.3rem 1.5rem; margin: 0.5rem 0; }
.massnahme-daten .breit { grid-column: 1 / -1; }
.massnahme-daten dt { font-weight: bold; font-size: 0.85rem; }
.massnahme-daten dd { margin: 0; }
.tabelle caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
.tabelle th, .tabelle td { border: 1px solid #555; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
.tabelle thead th { background: #e8e8e8; }
.quick-win { display: inline-block; border: 1px solid #111; border-radius: 0.2rem; padding: 0 0.3rem; font-size: 0.75rem; font-weight: bold; }
.klein { font-size: 0.85rem; color: #333; }
.meilensteine { margin: 0.3rem 0 0; padding-left: 1.1rem; font-size: 0.85rem; }
.massnahme { border-top: 1px solid #999; padding-top: 0.5rem; }
.notiz { border-left: 4px solid #111; padding-left: 0.6rem; }
.noch-zu-klaeren { border: 1px dashed #111; padding: 0.5rem 0.8rem; }
.plan a { color: #0b4f8a; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body.plan { max-width: none; padding: 0; font-size: 10.5pt; }
  .plan a { color: #111; text-decoration: none; }
  .plan-abschnitt { break-before: page; }
  .plan-abschnitt:first-of-type { break-before: auto; }
  .massnahme, figure, tr { break-inside: avoid; }
  .plan-formel, .tabelle thead th { background: none; }
}
`;

/** The plan view as a self-contained, printable HTML page (inline CSS and SVG, no scripts, nothing remote). */
export async function renderPlanPage(plan: ParsedDocument, index: WorkspaceIndex, options: PlanViewOptions = {}): Promise<string> {
  const view = await renderPlanView(plan, index, options);
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(view.title)}</title>
<style>${PLAN_CSS}</style>
</head>
<body class="plan">
<main>
${view.html}
</main>
</body>
</html>
`;
}
