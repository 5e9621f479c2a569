import { describe, expect, it } from 'vitest';
import { WorkQueue } from './workQueue';

const uris = (n: number) => Array.from({ length: n }, (_, i) => `file:///t/${i}.md`);

function drain(queue: WorkQueue): string[][] {
  const chunks: string[][] = [];
  for (let chunk = queue.next(); chunk; chunk = queue.next()) chunks.push(chunk);
  return chunks;
}

describe('WorkQueue', () => {
  it('hands out every file exactly once, in order', () => {
    const all = uris(10_007);
    expect(drain(new WorkQueue(all, 2)).flat()).toEqual(all);
    expect(new WorkQueue([], 2).next()).toBeUndefined();
  });

  it('gives large chunks first and smaller ones towards the end, within its bounds', () => {
    const sizes = drain(new WorkQueue(uris(10_000), 2)).map((c) => c.length);
    expect(sizes[0]).toBe(250);
    expect(Math.max(...sizes)).toBe(250);
    expect(sizes.slice(0, -1).every((size) => size >= 20)).toBe(true);
    expect(sizes.every((size, i) => i === 0 || size <= sizes[i - 1]!)).toBe(true);
    // The last chunks take a fraction of a second each, so the workers finish close together.
    expect(sizes.slice(-4).every((size) => size <= 20)).toBe(true);
  });

  it('splits a small share into chunks for every thread', () => {
    const sizes = drain(new WorkQueue(uris(400), 4)).map((c) => c.length);
    expect(sizes[0]).toBe(25);
    expect(sizes.reduce((a, b) => a + b)).toBe(400);
  });

  it('hands out files put back (a failed worker’s) before the rest, and nothing once aborted', () => {
    const queue = new WorkQueue(uris(1000), 2);
    const first = queue.next()!;
    queue.putBack(first.slice(5));
    expect(queue.next()).toEqual(first.slice(5));
    expect(queue.next()![0]).toBe(`file:///t/${first.length}.md`);
    queue.putBack([]);
    queue.abort();
    queue.putBack(['file:///t/x.md']);
    expect(queue.next()).toBeUndefined();
  });
});
