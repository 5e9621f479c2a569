// Peak memory and CPU time of a measured CLI process, as the benchmarks read them: a preload script reports them on
// stderr when the process exits.

/** Preloaded into a measured command: on exit it reports its peak RSS (KiB) and CPU time (user + system, µs, all threads). */
export const MAXRSS_PRELOAD =
  "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\nMAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });";

/** Peak RSS (MiB: the kibibytes the kernel reports ÷ 1024) and CPU time (ms) from the stderr of a process run with MAXRSS_PRELOAD. */
export function usageOf(stderr: string): { rss: number; cpuMs: number } {
  const match = /MAXRSS (\d+) CPU (\d+)/.exec(stderr);
  return { rss: Number(match?.[1] ?? 0) / 1024, cpuMs: Number(match?.[2] ?? 0) / 1000 };
}

/** The stderr of a process run with MAXRSS_PRELOAD without the preload's report. */
export function ownStderr(stderr: string): string {
  return stderr.replace(/\n?MAXRSS \d+ CPU \d+\n?/, '');
}
