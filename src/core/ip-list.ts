import type { IpVersion } from './ip-address';
import { Blocks4, type Blocks6 } from './ip-list-blocks';
import { type EntryWarningCode, type IpBlock, type IpEntryKind, parseEntry } from './ip-list-entry';
import { Redundancy } from './ip-list-redundancy';
import { tokenizeIpList } from './ip-list-tokens';
import { scanCanonicalIpv4Block } from './ipv4-scan';
import { isPublicIpv4Block } from './special-ranges';

export type { IpEntryKind } from './ip-list-entry';

export interface IpEntry {
  /** The entry as typed. */
  readonly text: string;
  /**
   * The entry as Microsoft's field should get it: an address, a CIDR block (a /32 or /128 is
   * written as the address), or for a range the CIDR blocks that cover it, joined by "; ".
   */
  readonly canonical: string;
  readonly version: IpVersion;
  readonly kind: IpEntryKind;
  /** Position among the list's entries, counting from 0 (entries with errors count too). */
  readonly index: number;
  /** Offsets of the entry in the input text: text.slice(start, end) === entry.text. */
  readonly start: number;
  readonly end: number;
  /** Set when the entry is left out of `normalized`: it repeats or falls inside other entries. */
  readonly redundant?: {
    readonly reason: 'duplicate' | 'covered';
    /** IpEntry.index of the entries it repeats or falls inside. */
    readonly by: readonly number[];
  };
}

export type IpListProblemCode = 'invalid' | EntryWarningCode | 'duplicate' | 'covered' | 'overlap';

export interface IpListProblem {
  readonly severity: 'error' | 'warning';
  readonly code: IpListProblemCode;
  /** The entry's position, as in IpEntry.index. */
  readonly index: number;
  /** The entry as typed. */
  readonly entry: string;
  /** Names the entry, says what is wrong and how to fix it. */
  readonly message: string;
  /** Offsets of the entry in the input text, for marking it in place. */
  readonly start: number;
  readonly end: number;
  /** A replacement text for the entry, when the intent is clear. */
  readonly fix?: string;
}

export interface IpList {
  /** True when there is at least one entry and no problem is an error. */
  readonly ok: boolean;
  /** Every entry that could be read, in input order (including redundant ones). */
  readonly entries: readonly IpEntry[];
  readonly problems: readonly IpListProblem[];
  /**
   * The text for Microsoft's field: canonical entries joined by "; " in input order, without
   * redundant entries, and without the blocks of overlapping ranges that another entry lists.
   */
  readonly normalized: string;
  /** Distinct addresses covered by all entries together. */
  readonly addressCount: bigint;
}

/** A problem about entry `text`, whose message reads `"8.8.8.8" (entry 2) <says>.` */
function problem(
  severity: IpListProblem['severity'],
  code: IpListProblemCode,
  text: string,
  index: number,
  start: number,
  end: number,
  says: string,
  fix: string | undefined,
): IpListProblem {
  const message = `"${text}" (entry ${index + 1}) ${says}${says.endsWith('.') ? '' : '.'}`;
  return fix === undefined
    ? { severity, code, index, entry: text, message, start, end }
    : { severity, code, index, entry: text, message, start, end, fix };
}

/**
 * Reads an IP list as people paste it (separated by ";", ",", spaces or new lines; addresses in
 * brackets; CIDR blocks; first-last ranges) and says exactly what is wrong with each entry.
 */
export function parseIpList(text: string): IpList {
  const entries: IpEntry[] = [];
  const problems: IpListProblem[] = [];
  const offsets = tokenizeIpList(text);
  const v4 = new Blocks4(offsets.length / 2);
  const v6: Blocks6 = { starts: [], ends: [], owners: [], singles: [], ordinals: [] };

  for (let index = 0; index < offsets.length / 2; index++) {
    const start = offsets[2 * index] as number;
    const end = offsets[2 * index + 1] as number;
    const token = text.slice(start, end);
    // Most entries are public IPv4 addresses or small blocks, already written canonically: they
    // need no further parsing.
    const packed = scanCanonicalIpv4Block(token);
    if (packed >= 0) {
      const prefix = packed % 64;
      const first = (packed - prefix) / 64;
      if (isPublicIpv4Block(first, first + 2 ** (32 - prefix) - 1)) {
        v4.push(first, prefix, entries.length, 0, 1);
        const kind = prefix === 32 ? 'address' : 'cidr';
        entries.push({ text: token, canonical: token, version: 4, kind, index, start, end });
        continue;
      }
    }

    const parsed = parseEntry(token);
    if (!parsed.ok) {
      problems.push(problem('error', 'invalid', token, index, start, end, parsed.text, parsed.fix));
      continue;
    }
    for (const note of parsed.notes) {
      problems.push(problem('warning', note.code, token, index, start, end, note.text, note.fix));
    }
    const single = parsed.blocks.length === 1 ? 1 : 0;
    for (let ordinal = 0; ordinal < parsed.blocks.length; ordinal++) {
      const block = parsed.blocks[ordinal] as IpBlock;
      if (block.version === 4) {
        v4.push(Number(block.start), block.prefix, entries.length, ordinal, single);
      } else {
        v6.starts.push(block.start);
        v6.ends.push(block.end);
        v6.owners.push(entries.length);
        v6.singles.push(single);
        v6.ordinals.push(ordinal);
      }
    }
    entries.push({
      text: token,
      canonical: parsed.canonical,
      version: parsed.version,
      kind: parsed.kind,
      index,
      start,
      end,
    });
  }

  const redundancy = new Redundancy(entries);
  const addressCount = BigInt(redundancy.sweep4(v4)) + redundancy.sweep6(v6);
  const perEntryProblems = problems.length;
  for (const [position, note] of redundancy.notes()) {
    const entry = entries[position];
    if (!entry) continue;
    const { text: entryText, index, start, end } = entry;
    problems.push(
      problem('warning', note.code, entryText, index, start, end, note.text, undefined),
    );
    if (note.code !== 'overlap') {
      const { canonical, version, kind } = entry;
      const redundant = { reason: note.code, by: note.by };
      entries[position] = {
        text: entryText,
        canonical,
        version,
        kind,
        index,
        start,
        end,
        redundant,
      };
    }
  }
  // Problems found per entry are already in input order; merge in the cross-entry ones.
  if (problems.length > perEntryProblems) problems.sort((a, b) => a.index - b.index);

  return {
    ok: entries.length > 0 && !problems.some((problem) => problem.severity === 'error'),
    entries,
    problems,
    normalized: redundancy.normalized(),
    addressCount,
  };
}
