/**
 * CPU of the serve bench's processes, read from Linux /proc (clock ticks of 10 ms): the server child's, its main
 * thread's and each of its threads', this process's (the load generator's, ended children such as wrk included),
 * and the load average.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The server child's CPU meters. */
export function serverMeters(child: { readonly pid?: number }): {
  serverCpuMs: (thread?: boolean) => number | undefined;
  threadCpu: () => Map<string, { ms: number; nice: number }>;
  threadNote: (before: Map<string, { ms: number; nice: number }>, after: Map<string, { ms: number; nice: number }>) => string;
} {
  // CPU per request of the server process (Linux /proc; clock ticks of 10 ms) and of this one (the
  // load generator): on 2 shared cores a p99 is also the other's and other jobs' CPU, so both are shown.
  // `thread`: the server's main thread alone (/proc/PID/task/PID), apart from its workers (ingest, search, brief).
  const serverCpuMs = (thread = false): number | undefined => {
    try {
      const f = readFileSync(thread ? `/proc/${child.pid}/task/${child.pid}/stat` : `/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      return undefined;
    }
  };
  // CPU of each of the server's threads (tid → ms, with its nice value): which thread took the cores during a phase.
  const threadCpu = (): Map<string, { ms: number; nice: number }> => {
    const out = new Map<string, { ms: number; nice: number }>();
    try {
      for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
        try {
          const f = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
          out.set(tid, { ms: (Number(f[11]) + Number(f[12])) * 10, nice: Number(f[16]) });
        } catch {
          // The thread ended meanwhile.
        }
      }
    } catch {
      // Not Linux, or the server is gone.
    }
    return out;
  };
  const threadNote = (before: Map<string, { ms: number; nice: number }>, after: Map<string, { ms: number; nice: number }>): string => {
    const rows = [...after].map(([tid, a]) => ({ tid, nice: a.nice, ms: a.ms - (before.get(tid)?.ms ?? 0) })).filter((r) => r.ms >= 100 && r.tid !== String(child.pid));
    rows.sort((a, b) => b.ms - a.ms);
    return rows.length === 0 ? '' : `; other server threads: ${rows.slice(0, 4).map((r) => `${(r.ms / 1000).toFixed(1)} s (nice ${r.nice})`).join(', ')}`;
  };
  return { serverCpuMs, threadCpu, threadNote };
}

// This process's CPU and its ended children's (wrk runs as one), in ms: the load generator's.
export const loadCpuMs = (): number => {
  const c = process.cpuUsage();
  let children = 0;
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    // Not Linux: this process only.
  }
  return (c.user + c.system) / 1000 + children;
};

export const loadAvg = (): string => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
};
