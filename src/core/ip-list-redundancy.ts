import type { IpEntry } from './ip-list';
import type { Blocks4, Blocks6 } from './ip-list-blocks';

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
export class Redundancy {
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
