// A small deterministic random source for generated test inputs: the same mutants on every run.

/** `random(n)` gives an integer in [0, n), the same sequence for the same seed. */
export function xorshift(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
}
