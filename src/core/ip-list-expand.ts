import { ipToText } from './ip-int';
import { type IpList, parseIpList } from './ip-list';
import { parseEntry } from './ip-list-entry';

const asList = (list: IpList | string) => (typeof list === 'string' ? parseIpList(list) : list);

/** How many distinct addresses the list covers (entries with errors left out). */
export function countAddresses(list: IpList | string): bigint {
  return asList(list).addressCount;
}

export type ExpandResult =
  | { readonly ok: true; readonly addresses: readonly string[] }
  | { readonly ok: false; readonly message: string; readonly count: bigint };

/**
 * Every single address the list covers, in input order without repeats, for pages that take one
 * IP per visit. Refuses lists with errors and lists larger than `cap`.
 */
export function expandToAddresses(list: IpList | string, cap: number): ExpandResult {
  const parsed = asList(list);
  const count = parsed.addressCount;
  if (!parsed.ok) {
    return {
      ok: false,
      count,
      message:
        parsed.entries.length === 0 && !parsed.problems.length
          ? 'The IP list is empty; enter at least one address.'
          : 'The IP list has errors; fix the marked entries first.',
    };
  }
  if (count > BigInt(cap)) {
    return {
      ok: false,
      count,
      message: `The list covers ${count.toLocaleString('en-US')} addresses, more than the ${cap.toLocaleString('en-US')} that can be submitted one at a time. List only the addresses that actually send mail, or split the list.`,
    };
  }
  const seen = new Set<string>();
  const addresses: string[] = [];
  for (const entry of parsed.entries) {
    if (entry.redundant) continue;
    for (const text of entry.canonical.split('; ')) {
      const block = parseEntry(text);
      if (!block.ok) continue;
      for (const { version, start, end } of block.blocks) {
        for (let value = start; value <= end; value++) {
          const address = ipToText(version, value);
          if (seen.has(address)) continue;
          seen.add(address);
          addresses.push(address);
        }
      }
    }
  }
  return { ok: true, addresses };
}
