import type { IpVersion } from './ip-address';
import { type EntryWarningCode, type IpBlock, type IpEntryKind, parseEntry } from './ip-list-entry';
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
 * IPv4 blocks in typed columns that grow by doubling: a long list then costs little memory and
 * little garbage-collector work, and sorts cheaply.
 */
class Blocks4 {
  length = 0;
  starts: Float64Array;
  prefixes: Uint8Array;
  /** Position in `entries` of each block's entry. */
  owners: Uint32Array;
  /** The block's position among its entry's blocks. */
  ordinals: Uint32Array;
  /** 1 when the block's entry has only this block, 0 for a range of several blocks. */
  singles: Uint8Array;

  /** `expected`: about how many blocks will come, usually one per entry. */
  constructor(expected: number) {
    const size = Math.max(16, expected);
    this.starts = new Float64Array(size);
    this.prefixes = new Uint8Array(size);
    this.owners = new Uint32Array(size);
    this.ordinals = new Uint32Array(size);
    this.singles = new Uint8Array(size);
  }

  push(start: number, prefix: number, owner: number, ordinal: number, single: number): void {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.prefixes[i] = prefix;
    this.owners[i] = owner;
    this.ordinals[i] = ordinal;
    this.singles[i] = single;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = <T extends Float64Array | Uint8Array | Uint32Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.starts = grown(this.starts, new Float64Array(size));
    this.prefixes = grown(this.prefixes, new Uint8Array(size));
    this.owners = grown(this.owners, new Uint32Array(size));
    this.ordinals = grown(this.ordinals, new Uint32Array(size));
    this.singles = grown(this.singles, new Uint8Array(size));
  }
}

interface Blocks6 {
  readonly starts: bigint[];
  readonly ends: bigint[];
  readonly owners: number[];
  readonly singles: number[];
  readonly ordinals: number[];
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

interface RedundancyNote {
  readonly code: 'duplicate' | 'covered' | 'overlap';
  readonly by: number[];
  readonly text: string;
}

/**
 * Stable counting sort of `order` by small integer keys (each below `buckets`). Chained from the
 * least to the most significant key, it sorts by all of them in linear time.
 */
function countingSort(order: Uint32Array, keys: ArrayLike<number>, buckets: number): Uint32Array {
  // counts[k] becomes the first output slot for key k.
  const counts = new Uint32Array(buckets + 1);
  for (const i of order) {
    const slot = (keys[i] as number) + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  for (let k = 1; k <= buckets; k++) counts[k] = (counts[k] as number) + (counts[k - 1] as number);
  const sorted = new Uint32Array(order.length);
  for (const i of order) {
    const key = keys[i] as number;
    const slot = counts[key] as number;
    sorted[slot] = i;
    counts[key] = slot + 1;
  }
  return sorted;
}

/**
 * Finds entries that repeat an earlier one, lie inside others or overlap them. Blocks sorted by
 * start (wider first) are each either inside the widest block seen so far or disjoint from it,
 * because two CIDR blocks never overlap partially; so one pass after sorting finds them all.
 */
class Redundancy {
  /** Entry position → the first entry with the same canonical text. */
  private readonly duplicateOf = new Map<number, number>();
  /** Entry position → entries whose blocks contain some of its blocks. */
  private readonly coveredBy = new Map<number, Set<number>>();
  /** Entry position → which of its blocks lie inside other entries. */
  private readonly coveredParts = new Map<number, Set<number>>();
  /** Per entry position: 1 when at least one of its blocks lies inside no other entry. */
  private readonly uncovered: Uint8Array;

  constructor(private readonly entries: readonly IpEntry[]) {
    this.uncovered = new Uint8Array(entries.length);
  }

  /**
   * Sorts IPv4 blocks by start, then prefix (wider first), then entries with several blocks
   * first (a range keeps an equal single block inside it), then input order: a radix sort,
   * linear in the number of blocks. Returns how many distinct addresses they cover.
   */
  sweep4({ length: n, starts, prefixes, owners, singles, ordinals }: Blocks4): number {
    // Typed arrays filled by plain loops: TypedArray.from with a mapping function is far slower.
    let order: Uint32Array = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    // Keys that are the same for every block (plain address lists) need no pass.
    if (singles.subarray(0, n).some((single) => single !== 1))
      order = countingSort(order, singles, 2);
    if (prefixes.subarray(0, n).some((prefix) => prefix !== 32)) {
      order = countingSort(order, prefixes, 33);
    }
    // The start address, one byte at a time from the lowest: 256 buckets keep small lists cheap.
    const digit = new Uint8Array(n);
    for (let shift = 0; shift < 32; shift += 8) {
      for (let i = 0; i < n; i++) digit[i] = ((starts[i] as number) >>> shift) & 0xff;
      order = countingSort(order, digit, 0x100);
    }

    let count = 0;
    let containerEnd = -1;
    let containerOwner = -1;
    let previous = -1;
    for (const i of order) {
      const start = starts[i] as number;
      const end = start + 2 ** (32 - (prefixes[i] as number)) - 1;
      if (end <= containerEnd) {
        const same = start === starts[previous] && prefixes[i] === prefixes[previous];
        const equalOwner = same ? (owners[previous] as number) : -1;
        this.inside(owners[i] as number, ordinals[i] as number, containerOwner, equalOwner);
      } else {
        containerEnd = end;
        containerOwner = owners[i] as number;
        this.uncovered[containerOwner] = 1;
        count += end - start + 1;
      }
      previous = i;
    }
    return count;
  }

  /** The same for IPv6 blocks, which are rare: a comparison sort on bigints. */
  sweep6({ starts, ends, owners, singles, ordinals }: Blocks6): bigint {
    const order = Array.from(owners, (_, i) => i);
    order.sort((i, j) => {
      const si = starts[i] as bigint;
      const sj = starts[j] as bigint;
      if (si !== sj) return si < sj ? -1 : 1;
      const ei = ends[i] as bigint;
      const ej = ends[j] as bigint;
      if (ei !== ej) return ei > ej ? -1 : 1;
      return (singles[i] as number) - (singles[j] as number) || i - j;
    });
    let count = 0n;
    let containerEnd = -1n;
    let containerOwner = -1;
    let previous = -1;
    for (const i of order) {
      const start = starts[i] as bigint;
      const end = ends[i] as bigint;
      if (end <= containerEnd) {
        const same = start === starts[previous] && end === ends[previous];
        const equalOwner = same ? (owners[previous] as number) : -1;
        this.inside(owners[i] as number, ordinals[i] as number, containerOwner, equalOwner);
      } else {
        containerEnd = end;
        containerOwner = owners[i] as number;
        this.uncovered[containerOwner] = 1;
        count += end - start + 1n;
      }
      previous = i;
    }
    return count;
  }

  /**
   * Records block number `ordinal` of `owner` lying inside a block of `container`; `equalOwner`
   * is the entry of an equal block just before it in sorted order, or -1.
   */
  private inside(owner: number, ordinal: number, container: number, equalOwner: number): void {
    if (equalOwner >= 0 && this.entries[owner]?.canonical === this.entries[equalOwner]?.canonical) {
      this.duplicateOf.set(owner, this.duplicateOf.get(equalOwner) ?? equalOwner);
      return;
    }
    const by = this.coveredBy.get(owner) ?? new Set<number>();
    by.add(container);
    this.coveredBy.set(owner, by);
    const parts = this.coveredParts.get(owner) ?? new Set<number>();
    parts.add(ordinal);
    this.coveredParts.set(owner, parts);
  }

  /**
   * The entry as `normalized` lists it: its canonical text, without the blocks of a range that
   * other entries already list.
   */
  listed(position: number): string {
    const canonical = this.entries[position]?.canonical ?? '';
    const covered = this.coveredParts.get(position);
    if (!covered || this.uncovered[position] !== 1) return canonical;
    return canonical
      .split('; ')
      .filter((_, ordinal) => !covered.has(ordinal))
      .join('; ');
  }

  /** The listed text of every entry that is not redundant, joined by "; ". */
  normalized(): string {
    const listed: string[] = [];
    for (let position = 0; position < this.entries.length; position++) {
      if (!this.entries[position]?.redundant) listed.push(this.listed(position));
    }
    return listed.join('; ');
  }

  /** What to say about each redundant or overlapping entry, by position in `entries`. */
  *notes(): Generator<[number, RedundancyNote]> {
    const indexOf = (position: number) => this.entries[position]?.index ?? 0;
    for (const [position, first] of this.duplicateOf) {
      const original = indexOf(first);
      yield [
        position,
        {
          code: 'duplicate',
          by: [original],
          text: `repeats entry ${original + 1}; it is listed once`,
        },
      ];
    }
    for (const [position, by] of this.coveredBy) {
      if (this.duplicateOf.has(position)) continue;
      const others = [...by].sort((a, b) => a - b).map(indexOf);
      const list = others.map((index) => index + 1).join(', ');
      const plural = others.length > 1 ? 'entries' : 'entry';
      yield [
        position,
        this.uncovered[position] === 1
          ? {
              code: 'overlap',
              by: others,
              text: `overlaps ${plural} ${list}; the shared addresses are listed once, so it is listed as ${this.listed(position)}`,
            }
          : {
              code: 'covered',
              by: others,
              text: `is already covered by ${plural} ${list}; it is left out`,
            },
      ];
    }
  }
}
