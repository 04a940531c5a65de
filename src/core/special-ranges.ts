import ipaddr from 'ipaddr.js';
import type { IpVersion } from './ip-address';
import { blockToText, prefixOf } from './ip-int';

/** Why an address cannot be the subject of a delisting request. */
export type NonPublicKind =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'unique-local'
  | 'link-local'
  | 'cgnat'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'translation'
  | 'tunnel'
  | 'invalid';

/** A special-purpose range that a block of addresses falls in or overlaps. */
export interface SpecialRangeMatch {
  readonly kind: NonPublicKind;
  /** The special-purpose range involved, e.g. "10.0.0.0/8". */
  readonly range: string;
  /** Noun phrase for one address, e.g. "a private address". */
  readonly label: string;
  /** Why such addresses cannot be delisted. */
  readonly explanation: string;
  /** For IPv4-mapped and 6to4 addresses: the IPv4 address or block they carry. */
  readonly carriedIpv4?: string;
}

export interface NonPublicReason extends SpecialRangeMatch {
  /** A full sentence: what the address is, why it cannot be delisted, what to list instead. */
  readonly message: string;
}

const ADJECTIVE: Record<Exclude<NonPublicKind, 'invalid'>, string> = {
  unspecified: 'unspecified',
  loopback: 'loopback',
  private: 'private',
  'unique-local': 'private (unique local)',
  'link-local': 'link-local',
  cgnat: 'carrier-grade NAT',
  documentation: 'documentation',
  benchmarking: 'benchmarking',
  multicast: 'multicast',
  broadcast: 'broadcast',
  reserved: 'reserved',
  translation: 'NAT64 translation',
  tunnel: 'Teredo tunnel',
};

const EXPLANATION: Record<Exclude<NonPublicKind, 'invalid'>, string> = {
  unspecified: 'such addresses mean "no address" or "this network" and never send mail',
  loopback: 'such addresses point back at the same machine and never leave it',
  private: 'such addresses are used only inside local networks and never reach Microsoft',
  'unique-local': 'such addresses are used only inside local networks and never reach Microsoft',
  'link-local': 'such addresses are valid on one network segment only and never reach Microsoft',
  cgnat:
    "such addresses sit behind a provider's carrier-grade NAT; Microsoft sees the provider's public address instead",
  documentation:
    'such addresses are reserved for examples in documentation and are never used on the internet',
  benchmarking:
    'such addresses are reserved for testing network equipment and are not routed on the internet',
  multicast: 'such addresses name a group of receivers; mail is never sent from them',
  broadcast: 'such an address reaches every machine on the local network and never sends mail',
  reserved: 'such addresses are reserved and not routed on the public internet',
  translation: 'Microsoft sees the IPv4 address of your NAT64 gateway instead',
  tunnel: 'such addresses belong to client tunnels, never to a mail server',
};

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

interface SpecialRange {
  readonly cidr: string;
  readonly start: bigint;
  readonly end: bigint;
  /** start and end as numbers, exact for IPv4. */
  readonly startNumber: number;
  readonly endNumber: number;
  readonly kind: Exclude<NonPublicKind, 'invalid'> | undefined;
  readonly explanation: string | undefined;
  /** IPv6 ranges that carry an IPv4 address: the bit offset of the 32 IPv4 bits. */
  readonly ipv4Shift: bigint | undefined;
}

// Parsed by ipaddr.js from the IANA special-purpose registries (RFC 6890 and successors). Order
// matters: the first range that overlaps a block names the reason, so narrow ranges come first.
function range(
  cidr: string,
  kind?: Exclude<NonPublicKind, 'invalid'>,
  extra: { explanation?: string; ipv4Shift?: bigint } = {},
): SpecialRange {
  const [network, prefix] = ipaddr.parseCIDR(cidr);
  const bytes = network.toByteArray();
  let start = 0n;
  for (const byte of bytes) start = (start << 8n) | BigInt(byte);
  const hostBits = BigInt(bytes.length * 8 - prefix);
  const end = start | ((1n << hostBits) - 1n);
  // Every range has the same fields in the same order: one object shape keeps lookups fast.
  return {
    cidr,
    start,
    end,
    startNumber: Number(start),
    endNumber: Number(end),
    kind,
    explanation: extra.explanation,
    ipv4Shift: extra.ipv4Shift,
  };
}

const OUTSIDE_GLOBAL_UNICAST =
  'public IPv6 addresses come only from 2000::/3; this one is outside it and not routed on the internet';

const SPECIAL: Record<IpVersion, readonly SpecialRange[]> = {
  4: [
    range('0.0.0.0/8', 'unspecified'),
    range('10.0.0.0/8', 'private'),
    range('100.64.0.0/10', 'cgnat'),
    range('127.0.0.0/8', 'loopback'),
    range('169.254.0.0/16', 'link-local'),
    range('172.16.0.0/12', 'private'),
    range('192.0.0.0/24', 'reserved'),
    range('192.0.2.0/24', 'documentation'),
    range('192.88.99.0/24', 'reserved'),
    range('192.168.0.0/16', 'private'),
    range('198.18.0.0/15', 'benchmarking'),
    range('198.51.100.0/24', 'documentation'),
    range('203.0.113.0/24', 'documentation'),
    range('224.0.0.0/4', 'multicast'),
    range('255.255.255.255/32', 'broadcast'),
    range('240.0.0.0/4', 'reserved'),
  ],
  6: [
    range('::/128', 'unspecified'),
    range('::1/128', 'loopback'),
    range('::ffff:0:0/96', undefined, { ipv4Shift: 0n }),
    range('64:ff9b::/96', 'translation'),
    range('64:ff9b:1::/48', 'translation'),
    range('100::/64', 'reserved'),
    range('2001::/32', 'tunnel'),
    range('2001:2::/48', 'benchmarking'),
    range('2001:db8::/32', 'documentation'),
    range('2001::/23', 'reserved'),
    range('2002::/16', undefined, { ipv4Shift: 80n }),
    range('3fff::/20', 'documentation'),
    range('fc00::/7', 'unique-local'),
    range('fe80::/10', 'link-local'),
    range('ff00::/8', 'multicast'),
    range('::/3', 'reserved', { explanation: OUTSIDE_GLOBAL_UNICAST }),
    range('4000::/2', 'reserved', { explanation: OUTSIDE_GLOBAL_UNICAST }),
    range('8000::/1', 'reserved', { explanation: OUTSIDE_GLOBAL_UNICAST }),
  ],
};

const IPV4_ALL = (1n << 32n) - 1n;

const V4_STARTS = Float64Array.from(SPECIAL[4], (special) => special.startNumber);
const V4_ENDS = Float64Array.from(SPECIAL[4], (special) => special.endNumber);

/** Whether every IPv4 address in [start, end], as numbers, is public unicast: the hot path. */
export function isPublicIpv4Block(start: number, end: number): boolean {
  for (let i = 0; i < V4_STARTS.length; i++) {
    if (start <= (V4_ENDS[i] as number) && end >= (V4_STARTS[i] as number)) return false;
  }
  return true;
}

/**
 * The reason a block of addresses [start, end] (one address when start === end) includes
 * addresses that cannot be delisted, or undefined when all of it is public unicast.
 */
export function nonPublicReasonForBlock(
  version: IpVersion,
  start: bigint,
  end: bigint,
): SpecialRangeMatch | undefined {
  if (version === 6) {
    // Most IPv6 blocks sit in 2000::/3 outside the three special /16s there (2001::, 2002::,
    // 3fff::); within one /16 such a block needs no table scan.
    const top = Number(start >> 112n);
    if (
      top === Number(end >> 112n) &&
      top >= 0x2000 &&
      top <= 0x3ffe &&
      top !== 0x2001 &&
      top !== 0x2002
    ) {
      return undefined;
    }
  }
  const ranges = SPECIAL[version];
  // IPv4 blocks compare as plain numbers: most lists are IPv4 and this runs for every entry.
  const low = version === 4 ? Number(start) : 0;
  const high = version === 4 ? Number(end) : 0;
  for (const special of ranges) {
    if (
      version === 4
        ? low > special.endNumber || high < special.startNumber
        : start > special.end || end < special.start
    ) {
      continue;
    }
    if (special.ipv4Shift !== undefined) {
      // IPv4-mapped and 6to4 addresses stand for the IPv4 address inside them; a block wider
      // than the whole range carries every IPv4 address.
      const inside = start >= special.start && end <= special.end;
      const v4Start = inside ? (start >> special.ipv4Shift) & IPV4_ALL : 0n;
      const v4End = inside ? (end >> special.ipv4Shift) & IPV4_ALL : IPV4_ALL;
      const carried = nonPublicReasonForBlock(4, v4Start, v4End);
      return (
        carried && { ...carried, carriedIpv4: blockToText(4, v4Start, prefixOf(4, v4Start, v4End)) }
      );
    }
    const kind = special.kind ?? 'reserved';
    const adjective = ADJECTIVE[kind];
    return {
      kind,
      range: special.cidr,
      label: `${article(adjective)} ${adjective} address`,
      explanation: special.explanation ?? EXPLANATION[kind],
    };
  }
  return undefined;
}

/**
 * A full sentence for an entry that is or includes non-public addresses: what it is, why it
 * cannot be delisted and what to list instead. `subject` names the entry, e.g. `"10.0.0.1"`.
 */
export function nonPublicMessage(
  subject: string,
  single: boolean,
  reason: SpecialRangeMatch,
): string {
  const what = single
    ? reason.label
    : reason.label.replace(/^an? /, '').replace(/address$/, 'addresses');
  const carried = reason.carriedIpv4
    ? `carries the IPv4 ${single ? 'address' : 'block'} ${reason.carriedIpv4}, which ${single ? 'is' : 'includes'}`
    : single
      ? 'is'
      : 'includes';
  const fix = single
    ? 'List the public IP address your mail server sends from instead (a bounce message shows it).'
    : 'Narrow it to the public addresses your mail servers send from.';
  return `${subject} ${carried} ${what} (${reason.range}): ${reason.explanation}. ${fix}`;
}
