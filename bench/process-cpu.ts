/**
 * CPU time of this process's child processes, by Chromium process type, read from /proc (Linux only).
 * Unlike frame times, CPU time spent on a fixed amount of scrolling barely moves when the machine is busy,
 * so it compares two builds fairly on a shared machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly cpuMs: number;
  readonly type: string;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), so field 3 of the man page is fields[0] here.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Zygote-forked processes rewrite their command line as one space-separated string: match, don't split.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const type =
      /--type=([\w-]+)/.exec(cmdline)?.[1] ?? (/chrom/.test(cmdline.split('\0')[0] ?? '') ? 'browser' : 'other');
    return {
      pid,
      ppid: Number(fields[1]),
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND,
      type,
    };
  } catch {
    return null; // the process ended while we looked
  }
}

/** CPU milliseconds used so far by each kind of descendant process (renderer, gpu-process, browser…). */
export function descendantCpuByType(): Map<string, number> {
  const totals = new Map<string, number>();
  if (os.platform() !== 'linux') return totals;
  const processes = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((p): p is ProcessInfo => p !== null);
  const children = new Map<number, ProcessInfo[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const p = stack.pop()!;
    totals.set(p.type, (totals.get(p.type) ?? 0) + p.cpuMs);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return totals;
}

/** CPU milliseconds each kind of process used between two readings. */
export function cpuBetween(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): Map<string, number> {
  return new Map([...after].map(([type, ms]) => [type, ms - (before.get(type) ?? 0)]));
}
