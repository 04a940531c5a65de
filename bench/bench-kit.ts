/** One printed row of `npm run bench`. */
export interface BenchRow {
  /** What was measured, e.g. "parseIpList 10k entries". */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The goal in words, e.g. "< 20 ms" or "<= 2x". */
  readonly goal?: string;
  /** Whether the goal was met on this run, when it has one. */
  readonly met?: boolean;
}

/** A benchmark module: `bench/<topic>.bench.ts`, default export. */
export type Bench = () => Promise<BenchRow[]>;

/** Median wall time in ms of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
