import { distance } from 'fastest-levenshtein';

/** The candidates closest to `input`, best first, within a distance that still reads as a typo. */
export function didYouMean(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const threshold = Math.max(2, Math.floor(needle.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === input) continue;
    const lower = candidate.toLowerCase();
    let score = distance(needle, lower);
    // A prefix or a containment is a strong hint even at a larger edit distance ("termin" → "terminsystem").
    if (needle.length >= 4 && (lower.startsWith(needle) || lower.includes(needle))) score = Math.min(score, 1);
    if (score <= threshold) scored.push({ candidate, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate)).slice(0, limit).map((s) => s.candidate);
}

/** „Meinten Sie „x“?“ for a message, or an empty string. */
export function suggestionText(suggestions: string[]): string {
  if (suggestions.length === 0) return '';
  return ` Meinten Sie ${suggestions.map((s) => `„${s}“`).join(' oder ')}?`;
}
