import ipaddr from 'ipaddr.js';
import { parseIpList } from '../src/core/ip-list';
import type { Bench, BenchRow } from './bench-kit';

type Mix = 'typical' | 'mixed';

/**
 * Public entries, mostly distinct. "typical": IPv4 addresses with some CIDR blocks and a few
 * repeats, as operators paste them. "mixed": also first-last ranges and IPv6, so that 15% of
 * the entries carry a warning.
 */
function makeList(count: number, mix: Mix): string {
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = 11 + (i % 89);
    const b = Math.floor(i / 89) % 256;
    const c = Math.floor(i / (89 * 256)) % 256;
    const kind = i % 20;
    const v6 = `2a00:${(i % 0xffff).toString(16)}:${(b * 256 + c).toString(16)}::${a.toString(16)}`;
    if (kind < 14) entries.push(`${a}.${b}.${c}.${(i * 7) % 250}`);
    else if (kind < 17) entries.push(`${a}.${b}.${c}.${16 * (kind - 14)}/28`);
    else if (mix === 'typical') entries.push(entries[i - 3] ?? `${a}.${b}.${c}.${kind}`);
    else if (kind < 18) entries.push(`${a}.${b}.${c}.16-${a}.${b}.${c}.40`);
    else entries.push(v6);
  }
  return entries.join('; ');
}

/** The cheapest honest use of ipaddr.js on the same text: split, then parse each entry. */
function ipaddrOnly(text: string): number {
  let parsed = 0;
  for (const raw of text.split(/[;,\s]+/)) {
    if (raw === '') continue;
    const v6 = raw.includes(':');
    const dash = raw.indexOf('-');
    if (dash >= 0) {
      const kind = v6 ? ipaddr.IPv6 : ipaddr.IPv4;
      kind.parse(raw.slice(0, dash));
      kind.parse(raw.slice(dash + 1));
    } else if (raw.includes('/')) {
      (v6 ? ipaddr.IPv6 : ipaddr.IPv4).parseCIDR(raw);
    } else {
      (v6 ? ipaddr.IPv6 : ipaddr.IPv4).parse(raw);
    }
    parsed++;
  }
  return parsed;
}

/**
 * The least any parser that returns one object per entry does: slice each entry and keep an
 * object for it. Its time per entry shows what holding a large result costs the garbage
 * collector, apart from any parsing.
 */
function resultFloor(text: string): object[] {
  const out: object[] = [];
  for (const match of text.matchAll(/[^;,\s]+/g)) {
    const entry = match[0];
    out.push({ text: entry, canonical: entry, index: out.length, start: match.index });
  }
  return out;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const SIZES = [1_000, 10_000, 100_000];

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  for (const mix of ['typical', 'mixed'] as const) {
    const lists = SIZES.map((size) => makeList(size, mix));
    for (const [i, text] of lists.entries()) {
      if (!parseIpList(text).ok) throw new Error(`bench list ${mix} ${SIZES[i]} has errors`);
    }
    // Warm both up, so that the first size is not measured before the JIT has done its work.
    for (let run = 0; run < 5; run++) {
      parseIpList(lists[1] ?? '');
      ipaddrOnly(lists[1] ?? '');
    }
    const perEntry: number[] = [];
    const floorPerEntry: number[] = [];
    for (const [i, size] of SIZES.entries()) {
      const text = lists[i] ?? '';
      // Alternate the two, so that load from other processes hits both alike; the ratio is the
      // median of the per-pair ratios.
      const engine: number[] = [];
      const baseline: number[] = [];
      const ratios: number[] = [];
      const runs = size >= 100_000 ? 11 : size >= 10_000 ? 31 : 101;
      for (let run = 0; run < runs; run++) {
        const e = time(() => parseIpList(text));
        const b = time(() => ipaddrOnly(text));
        engine.push(e);
        baseline.push(b);
        ratios.push(e / b);
      }
      const ratio = median(ratios);
      perEntry.push((median(engine) * 1000) / size);
      const floor: number[] = [];
      for (let run = 0; run < Math.ceil(runs / 2); run++) floor.push(time(() => resultFloor(text)));
      floorPerEntry.push((median(floor) * 1000) / size);
      rows.push({
        name: `${mix} ${size / 1000}k: parseIpList ${median(engine).toFixed(1)} ms / ipaddr.js ${median(baseline).toFixed(1)} ms`,
        value: ratio,
        unit: 'x',
        goal: '<= 2x',
        met: ratio <= 2,
      });
    }
    // Linear growth: time per entry at 100k stays within 1.5x of the time per entry at 1k.
    const growth = (perEntry[2] ?? Number.NaN) / (perEntry[0] ?? Number.NaN);
    const µs = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
    rows.push({
      name: `${mix}: µs per entry at 1k / 10k / 100k: ${µs(perEntry)}; growth 1k → 100k`,
      value: growth,
      unit: 'x',
      goal: '<= 1.5x (linear)',
      met: growth <= 1.5,
    });
    rows.push({
      name: `${mix}: result floor, µs per entry ${µs(floorPerEntry)}; growth 1k → 100k`,
      value: (floorPerEntry[2] ?? Number.NaN) / (floorPerEntry[0] ?? Number.NaN),
      unit: 'x',
    });
  }
  return rows;
};

export default bench;
