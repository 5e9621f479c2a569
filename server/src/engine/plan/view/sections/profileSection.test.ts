// The plan's profile section marks each listed criterion with its origin (the project's checklist or added by
// the toolbox), as the handbook's checklist does, and explains the marks once.
import { describe, expect, it } from 'vitest';
import { assessment, toolbox } from '../../../testing/planToolbox';
import { criteriaOf } from '../../model';
import { computeNeeds } from '../../needs';
import type { PlanViewModel } from '../viewModel';
import { profileSection } from './profileSection';

const render = () => {
  const needs = computeNeeds(assessment, criteriaOf(toolbox().service.index));
  return profileSection({ proposal: { needs }, idLabel: () => '' } as unknown as PlanViewModel, '<svg></svg>', '<svg></svg>');
};

describe('the profile section', () => {
  it('marks scored criteria in the grid table and open criteria in „Noch zu klären“ with their origin', () => {
    const html = render();
    // k-a is the fixture's checklist criterion; k-b and k-c are scored, k-d is open; all three added by the toolbox.
    expect(html).toMatch(/<li>Kriterium A[^<]*<span class="wert">\(1\/5\)<\/span> <span class="herkunft herkunft-checkliste" title="Kriterium aus der Checkliste des Modellprojekts">Checkliste<\/span><\/li>/);
    expect(html).toMatch(/<li>Kriterium B[^<]*<span class="wert">\(2\/5\)<\/span> <span class="herkunft herkunft-werkzeugkoffer" title="vom Werkzeugkoffer ergänzt">ergänzt<\/span><\/li>/);
    expect(html).toMatch(/<li>Kriterium D der Checkliste mit genug Text\. <span class="herkunft herkunft-werkzeugkoffer"[^>]*>ergänzt<\/span><\/li>/);
    expect(html.match(/class="herkunft herkunft-checkliste" title=/g)).toHaveLength(1);
  });

  it('explains the marks once, in German', () => {
    const legends = render().match(/<p class="herkunft-legende">[^]*?<\/p>/g)!;
    expect(legends).toEqual(['<p class="herkunft-legende">Herkunft der Kriterien: <span class="herkunft herkunft-checkliste">Checkliste</span> Kriterium aus der Checkliste des Modellprojekts · <span class="herkunft herkunft-werkzeugkoffer">ergänzt</span> vom Werkzeugkoffer ergänzt</p>']);
  });
});
