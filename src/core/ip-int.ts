import type { IpVersion } from './ip-address';
import { formatIpv6 } from './ipv6-format';

/** Address width in bits. */
export const BITS = { 4: 32, 6: 128 } as const satisfies Record<IpVersion, number>;

/** The highest address of a version: all bits set. */
export const MAX = { 4: (1n << 32n) - 1n, 6: (1n << 128n) - 1n } as const;

/** Canonical text of an address given as an integer. */
export function ipToText(version: IpVersion, value: bigint): string {
  if (version === 4) {
    const n = Number(value);
    return `${Math.floor(n / 0x1000000)}.${Math.floor(n / 0x10000) % 256}.${Math.floor(n / 0x100) % 256}.${n % 256}`;
  }
  const parts: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) parts.push(Number((value >> shift) & 0xffffn));
  return formatIpv6(parts);
}

/** Prefix length of an aligned block [start, end] whose size is a power of two. */
export function prefixOf(version: IpVersion, start: bigint, end: bigint): number {
  return BITS[version] - ((end - start + 1n).toString(2).length - 1);
}

/** "a.b.c.d" for a single address, "a.b.c.d/n" for a larger block. */
export function blockToText(version: IpVersion, start: bigint, prefix: number): string {
  const text = ipToText(version, start);
  return prefix === BITS[version] ? text : `${text}/${prefix}`;
}

/**
 * The smallest set of CIDR blocks that covers exactly [start, end], ascending, as
 * [first address, prefix length] pairs: each block is the largest aligned block that starts at
 * the current address and fits.
 */
export function cidrCover(version: IpVersion, start: bigint, end: bigint): [bigint, number][] {
  const bits = BITS[version];
  const blocks: [bigint, number][] = [];
  if (version === 4) {
    // IPv4 fits a double exactly; numbers are much cheaper than bigints here.
    const last = Number(end);
    let at = Number(start);
    while (at <= last) {
      let size = 1;
      let host = 0;
      while (host < bits && at % (size * 2) === 0 && at + size * 2 - 1 <= last) {
        size *= 2;
        host++;
      }
      blocks.push([BigInt(at), bits - host]);
      at += size;
    }
    return blocks;
  }
  let at = start;
  while (at <= end) {
    let host = 0n;
    while (host < BigInt(bits) && ((at >> host) & 1n) === 0n && at + (2n << host) - 1n <= end)
      host++;
    blocks.push([at, bits - Number(host)]);
    at += 1n << host;
  }
  return blocks;
}
