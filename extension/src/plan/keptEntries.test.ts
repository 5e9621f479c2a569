import { describe, expect, it } from 'vitest';
import { KeptEntriesStore, updateFormDefaults, type KeptEntries, type StateStore } from './keptEntries';

const PLAN = {
  agency: { name: 'Ausländerbehörde Teststadt', bundesland: 'Hessen' },
  assessed: '2026-11-20',
  assessment: { 'bo-wartezeiten': { status: 2 as const, relevance: 5 as const } },
};
const ENTERED = { 'bo-wartezeiten': { status: 4 as const, relevance: 5 as const }, 'km-einarbeitung': { status: 'unbekannt' as const, relevance: 3 as const } };
const TODAY = '2027-03-20';

/** workspaceState as VS Code keeps it: values go through JSON, `undefined` removes the key. */
function memoryState(): StateStore & { keys(): string[] } {
  const values = new Map<string, string>();
  return {
    get: <T>(key: string) => (values.has(key) ? (JSON.parse(values.get(key)!) as T) : undefined),
    update: async (key, value) => void (value === undefined ? values.delete(key) : values.set(key, JSON.stringify(value))),
    keys: () => [...values.keys()],
  };
}

describe('the update form’s defaults', () => {
  it('are the plan’s own scores without kept entries: a correction keeps the plan’s date, the next assessment is dated today', () => {
    expect(updateFormDefaults('update', PLAN, TODAY)).toEqual({ mode: 'update', agency: PLAN.agency, assessment: PLAN.assessment, start: '', capacity: 3, assessed: '2026-11-20' });
    expect(updateFormDefaults('assessment', PLAN, TODAY).assessed).toBe(TODAY);
    expect(updateFormDefaults('update', {}, TODAY).assessed).toBe(TODAY);
  });

  it('carry the kept scores, with their date when they were entered for the same form, and say since when they are kept', () => {
    const kept: KeptEntries = { mode: 'assessment', assessment: ENTERED, assessed: '2027-03-15', keptOn: '2027-03-16' };
    expect(updateFormDefaults('assessment', PLAN, TODAY, kept)).toMatchObject({ mode: 'assessment', agency: PLAN.agency, assessment: ENTERED, assessed: '2027-03-15', keptOn: '2027-03-16' });
    // The next Standortbestimmung's date says nothing about the current one: the correction keeps the plan's date.
    expect(updateFormDefaults('update', PLAN, TODAY, kept)).toMatchObject({ mode: 'update', assessment: ENTERED, assessed: '2026-11-20', keptOn: '2027-03-16' });
    // Kept without a date (a script gave none): the mode's own date.
    expect(updateFormDefaults('assessment', PLAN, TODAY, { mode: 'assessment', assessment: ENTERED, keptOn: '2027-03-16' }).assessed).toBe(TODAY);
  });
});

describe('the kept entries', () => {
  it('are kept per plan until dropped', async () => {
    const state = memoryState();
    const store = new KeptEntriesStore(state);
    const kept: KeptEntries = { mode: 'update', assessment: ENTERED, assessed: '2026-11-21', keptOn: '2027-03-16' };
    await store.keep('file:///a/plan-a.md', kept);
    expect(store.get('file:///a/plan-a.md')).toEqual(kept);
    expect(store.get('file:///a/plan-b.md')).toBeUndefined();
    // A new store over the same state (a reloaded window) finds them.
    expect(new KeptEntriesStore(state).get('file:///a/plan-a.md')).toEqual(kept);
    await store.drop('file:///a/plan-a.md');
    expect(store.get('file:///a/plan-a.md')).toBeUndefined();
    expect(state.keys()).toEqual([]);
  });

  it('count as none when the state holds something else under the plan’s key', async () => {
    const state = memoryState();
    const store = new KeptEntriesStore(state);
    await state.update('werkzeugkoffer.plan.keptEntries:file:///a/plan-a.md', { mode: 'neu', assessment: ENTERED, keptOn: '2027-03-16' });
    await state.update('werkzeugkoffer.plan.keptEntries:file:///a/plan-b.md', { mode: 'update', assessment: null, keptOn: '2027-03-16' });
    await state.update('werkzeugkoffer.plan.keptEntries:file:///a/plan-c.md', 'Bewertung');
    expect(['a', 'b', 'c'].map((name) => store.get(`file:///a/plan-${name}.md`))).toEqual([undefined, undefined, undefined]);
  });
});
