import ipaddr from 'ipaddr.js';
import type { IpVersion } from './ip-address';

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
  return new ipaddr.IPv6(parts).toString();
}

/** Prefix length of an aligned block [start, end] whose size is a power of two. */
export function prefixOf(version: IpVersion, start: bigint, end: bigint): number {
  const size = end - start + 1n;
  return BITS[version] - (size.toString(2).length - 1);
}

/** "a.b.c.d" for a single address, "a.b.c.d/n" for a larger aligned block. */
export function blockToText(version: IpVersion, start: bigint, end: bigint): string {
  const text = ipToText(version, start);
  return start === end ? text : `${text}/${prefixOf(version, start, end)}`;
}
