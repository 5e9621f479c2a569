// Peak memory and CPU time of a measured CLI process, as the benchmarks read them: a preload script reports them on
// stderr when the process exits.

/** Preloaded into a measured command: on exit it reports its peak RSS (KiB) and CPU time (user + system, µs, all threads). */
export const MAXRSS_PRELOAD =
  "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\nMAXRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });";

/**
 * MAXRSS_PRELOAD that also reports the peak RSS of the programs the process starts (the build's Pagefind), which
 * `resourceUsage` leaves out: every 50 ms it reads their peak so far (VmHWM) from /proc; a last growth of less than
 * that interval can be missed. Only for the build: the polling would cost the check's timing a little.
 */
export const MAXRSS_WITH_CHILDREN_PRELOAD = `${MAXRSS_PRELOAD}
{ const fs = require('fs'); let peak = 0;
  const poll = () => { let children = []; try { children = fs.readFileSync('/proc/self/task/' + process.pid + '/children', 'utf8').split(' ').filter(Boolean); } catch {}
    for (const pid of children) { try { const hwm = /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8')); if (hwm) peak = Math.max(peak, Number(hwm[1])); } catch {} } };
  setInterval(poll, 50).unref();
  process.on('exit', () => fs.writeSync(2, '\\nCHILDMAXRSS ' + peak + '\\n')); }`;

/** Peak RSS (MiB: the kibibytes the kernel reports ÷ 1024) and CPU time (ms) from the stderr of a process run with MAXRSS_PRELOAD; childRss of MAXRSS_WITH_CHILDREN_PRELOAD. */
export function usageOf(stderr: string): { rss: number; cpuMs: number; childRss: number } {
  const match = /MAXRSS (\d+) CPU (\d+)/.exec(stderr);
  const children = /CHILDMAXRSS (\d+)/.exec(stderr);
  return { rss: Number(match?.[1] ?? 0) / 1024, cpuMs: Number(match?.[2] ?? 0) / 1000, childRss: Number(children?.[1] ?? 0) / 1024 };
}

/** The stderr of a process run with MAXRSS_PRELOAD without the preload's report. */
export function ownStderr(stderr: string): string {
  return stderr.replace(/\n?MAXRSS \d+ CPU \d+\n?/, '').replace(/\n?CHILDMAXRSS \d+\n?/, '');
}
