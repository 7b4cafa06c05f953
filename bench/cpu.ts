import fs from 'node:fs/promises'

// /proc counts CPU time in USER_HZ ticks, 100 a second on every Linux architecture Node runs on.
const TICKS_PER_SECOND = 100

export interface CpuSample {
  at: number
  /** Busy ticks of the whole machine (every core, every process). */
  machine: number
  server: number
  /** This process: autocannon and the runner. */
  benchMicros: number
  /** Ticks of each local PostgreSQL process, by pid: the database's share of the work. */
  postgres: Map<number, number>
}

export interface CpuShare {
  /** Percent of one core, as `top` shows it. */
  server: number
  bench: number
  /** A PostgreSQL server on this machine (0 with the embedded database, which runs inside the server). */
  postgres: number
  /** Everything else on the machine: a large share means the figures are skewed. */
  other: number
}

async function machineBusyTicks(): Promise<number> {
  const line = (await fs.readFile('/proc/stat', 'utf8')).split('\n', 1)[0]!
  const [user, nice, system, _idle, _iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number)
  return user! + nice! + system! + irq! + softirq! + (steal ?? 0)
}

function parseStat(stat: string): { name: string; ticks: number } {
  // The command name may hold spaces; fields are counted from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return {
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    ticks: Number(fields[11]) + Number(fields[12]),
  }
}

async function processTicks(pid: number): Promise<number> {
  return parseStat(await fs.readFile(`/proc/${pid}/stat`, 'utf8')).ticks
}

async function postgresTicks(): Promise<Map<number, number>> {
  const ticks = new Map<number, number>()
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = parseStat(await fs.readFile(`/proc/${entry}/stat`, 'utf8'))
      if (stat.name === 'postgres') ticks.set(Number(entry), stat.ticks)
    } catch {
      // The process ended while the list was read.
    }
  }
  return ticks
}

export async function sampleCpu(serverPid: number): Promise<CpuSample> {
  const usage = process.cpuUsage()
  return {
    at: performance.now(),
    machine: await machineBusyTicks(),
    server: await processTicks(serverPid),
    benchMicros: usage.user + usage.system,
    postgres: await postgresTicks(),
  }
}

export function cpuShare(start: CpuSample, end: CpuSample): CpuShare {
  const seconds = (end.at - start.at) / 1000
  const percent = (ticks: number) => Math.max(0, (ticks / TICKS_PER_SECOND / seconds) * 100)
  const server = end.server - start.server
  const bench = ((end.benchMicros - start.benchMicros) / 1_000_000) * TICKS_PER_SECOND
  // A backend that started meanwhile counts whole; one that ended meanwhile is lost (pools keep theirs).
  let postgres = 0
  for (const [pid, ticks] of end.postgres) postgres += ticks - (start.postgres.get(pid) ?? 0)
  return {
    server: percent(server),
    bench: percent(bench),
    postgres: percent(postgres),
    other: percent(end.machine - start.machine - server - bench - postgres),
  }
}
