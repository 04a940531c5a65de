/**
 * IPv4 blocks in typed columns that grow by doubling: a long list then costs little memory and
 * little garbage-collector work, and sorts cheaply.
 */
export class Blocks4 {
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

export interface Blocks6 {
  readonly starts: bigint[];
  readonly ends: bigint[];
  readonly owners: number[];
  readonly singles: number[];
  readonly ordinals: number[];
}
