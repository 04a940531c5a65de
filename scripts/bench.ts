// Runs every bench/*.bench.ts (or those whose name contains an argument) and prints one table.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from '../bench/bench-kit';

const dir = resolve(import.meta.dirname, '../bench');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();

const rows: (BenchRow & { suite: string })[] = [];
for (const file of files) {
  const suite = file.replace(/\.bench\.ts$/, '');
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: Bench };
  for (const row of await mod.default()) rows.push({ suite, ...row });
}

const table = [
  ['suite', 'measure', 'value', 'goal', 'met'],
  ...rows.map((r) => [
    r.suite,
    r.name,
    `${Number.isInteger(r.value) ? r.value : r.value.toFixed(2)} ${r.unit}`,
    r.goal ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]),
];
const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0))) ?? [];
const line = (row: string[]) =>
  `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(line(table[0] ?? []));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
