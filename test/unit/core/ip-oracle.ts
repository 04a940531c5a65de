// Independent judges for the IP tests: syntax from node:net, classification from ipaddr.js's own
// special-range tables. Nothing here uses the code under test.
import { isIP, isIPv4 } from 'node:net';
import ipaddr from 'ipaddr.js';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

const toBigint = (address: ipaddr.IPv4 | ipaddr.IPv6) =>
  address.toByteArray().reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);

function intervals(table: Record<string, Range | Range[]>, skip: readonly string[]) {
  return Object.entries(table)
    .filter(([name]) => !skip.includes(name))
    .flatMap(([name, ranges]) => {
      const list = (Array.isArray(ranges[0]) ? ranges : [ranges]) as Range[];
      return list.map(([network, prefix]) => {
        const bits = network.kind() === 'ipv4' ? 32 : 128;
        const start = toBigint(network);
        return { name, start, end: start + (1n << BigInt(bits - prefix)) - 1n };
      });
    });
}

// AS112 and AMT are globally reachable unicast, so their addresses can be delisted.
const V4_NON_PUBLIC = intervals(
  (ipaddr.IPv4.prototype as unknown as { SpecialRanges: Record<string, Range[]> }).SpecialRanges,
  ['as112', 'amt'],
);
const V6_TABLE = intervals(
  (ipaddr.IPv6.prototype as unknown as { SpecialRanges: Record<string, Range | Range[]> })
    .SpecialRanges,
  [],
);
const GLOBAL_UNICAST = { start: 0x2n << 124n, end: (0x4n << 124n) - 1n };

/** Whether every IPv4 address in [start, end] is public unicast. */
export function oracleV4BlockPublic(start: bigint, end: bigint): boolean {
  return !V4_NON_PUBLIC.some((range) => start <= range.end && end >= range.start);
}

/** Whether one address (any valid text node:net accepts) is public unicast. */
export function oraclePublic(text: string): boolean {
  // Through the URL parser first: ipaddr.js reads "::1.2.3.4" as "::ffff:1.2.3.4".
  const address = ipaddr.parse(text.includes(':') ? urlCanonicalIpv6(text) : text);
  const value = toBigint(address);
  if (address.kind() === 'ipv4') return oracleV4BlockPublic(value, value);
  const inRange = (name: string) =>
    V6_TABLE.some((range) => range.name === name && value >= range.start && value <= range.end);
  // Addresses that carry an IPv4 address are judged by it.
  if (inRange('ipv4Mapped')) return oracleV4BlockPublic(value & 0xffffffffn, value & 0xffffffffn);
  if (inRange('6to4')) {
    const v4 = (value >> 80n) & 0xffffffffn;
    return oracleV4BlockPublic(v4, v4);
  }
  if (value < GLOBAL_UNICAST.start || value > GLOBAL_UNICAST.end) return false;
  // Inside 2000::/3 only plain unicast and AS112 outside the IETF block 2001::/23 are public.
  const ietf = ipaddr.parseCIDR('2001::/23');
  if ((address as ipaddr.IPv6).match(ietf)) return false;
  return !V6_TABLE.some(
    (range) => range.name !== 'as112v6' && value >= range.start && value <= range.end,
  );
}

/** RFC 5952 text as the WHATWG URL parser writes it (an implementation apart from ipaddr.js). */
export function urlCanonicalIpv6(text: string): string {
  return new URL(`http://[${text}]/`).hostname.slice(1, -1);
}

const DECIMAL = /^(0|[1-9]\d{0,2})$/;

/**
 * Whether one list entry (IPv4 only: address, CIDR, first-last range, optionally in brackets)
 * is valid and wholly public, judged from node:net and ipaddr.js's tables.
 */
export function oracleV4Entry(token: string): boolean {
  let text = token;
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  if (/[[\]]/.test(text)) return false;
  const value = (address: string) => toBigint(ipaddr.IPv4.parse(address));
  const dashes = text.split(/[-–]/);
  if (dashes.length === 2) {
    const [first = '', last = ''] = dashes.map((part) => part.trim());
    if (!isIPv4(first) || !isIPv4(last)) return false;
    return value(first) <= value(last) && oracleV4BlockPublic(value(first), value(last));
  }
  if (dashes.length > 2) return false;
  const slash = text.split('/');
  if (slash.length === 2) {
    const [address = '', prefix = ''] = slash;
    if (!isIPv4(address) || !DECIMAL.test(prefix) || Number(prefix) > 32) return false;
    const host = (1n << BigInt(32 - Number(prefix))) - 1n;
    const start = value(address) & ~host;
    return oracleV4BlockPublic(start, start | host);
  }
  return slash.length === 1 && isIP(text) === 4 && oraclePublic(text);
}
