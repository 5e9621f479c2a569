// The queue of files that the worker threads (and the calling thread) take chunks from.
/**
 * Hands out the files in chunks as the workers ask for them, so that one that is slower (a busier core, longer
 * files) takes fewer: the chunks shrink towards the end and the workers finish together.
 */
export class WorkQueue {
  private position = 0;
  private aborted = false;
  /** Files a failed worker did not deliver: handed out again before the rest. */
  private readonly returned: string[][] = [];

  constructor(
    private readonly uris: string[],
    private readonly threads: number,
    private readonly largest = 250,
    private readonly smallest = 20,
  ) {}

  get isAborted(): boolean {
    return this.aborted;
  }

  /** Hands out nothing more. */
  abort(): void {
    this.aborted = true;
  }

  /** Takes back files that were handed out but not analyzed. */
  putBack(uris: Iterable<string>): void {
    const chunk = [...uris];
    if (chunk.length > 0 && !this.aborted) this.returned.push(chunk);
  }

  next(): string[] | undefined {
    if (this.aborted) return undefined;
    const returned = this.returned.shift();
    if (returned) return returned;
    const remaining = this.uris.length - this.position;
    if (remaining <= 0) return undefined;
    const size = Math.min(remaining, Math.max(this.smallest, Math.min(this.largest, Math.ceil(remaining / (this.threads * 4)))));
    return this.uris.slice(this.position, (this.position += size));
  }
}
