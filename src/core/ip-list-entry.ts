import { type IpAddress, type IpVersion, parseAddress } from './ip-address';
import { BITS, blockToText, cidrCover, MAX } from './ip-int';
import { nonPublicMessage, nonPublicReasonForBlock } from './special-ranges';

export type IpEntryKind = 'address' | 'cidr' | 'range';

/** One CIDR block an entry covers; a single address is a block of one. */
export interface IpBlock {
  readonly version: IpVersion;
  readonly start: bigint;
  readonly end: bigint;
  readonly prefix: number;
  /** "8.8.8.8" for a single address, "8.8.8.0/24" otherwise. */
  readonly text: string;
}

export type EntryWarningCode = 'host-bits' | 'range-split' | 'broad' | 'ipv6' | 'ipv4-mapped';

export interface EntryNote {
  readonly code: EntryWarningCode;
  /** Follows the entry's name: `"8.8.8.77/24" (entry 1) has host bits set...`. */
  readonly text: string;
  readonly fix?: string;
}

export type ParsedEntry =
  | {
      readonly ok: true;
      readonly kind: IpEntryKind;
      readonly version: IpVersion;
      readonly blocks: readonly IpBlock[];
      readonly canonical: string;
      readonly notes: readonly EntryNote[];
    }
  | { readonly ok: false; readonly text: string; readonly fix?: string };

const failure = (text: string, fix?: string): ParsedEntry =>
  fix === undefined ? { ok: false, text } : { ok: false, text, fix };

/** Narrowest prefix that still counts as "one by one" for Microsoft's review. */
const BROAD_PREFIX = { 4: 24, 6: 64 } as const;

const MAPPED_START = 0xffff00000000n;
const MAPPED_END = 0xffffffffffffn;

function block(version: IpVersion, start: bigint, prefix: number): IpBlock {
  const end = start + (1n << BigInt(BITS[version] - prefix)) - 1n;
  return { version, start, end, prefix, text: blockToText(version, start, prefix) };
}

const isDigits = (text: string) => /^\d+$/.test(text);

function parsePrefix(version: IpVersion, address: IpAddress, text: string): number | ParsedEntry {
  const max = BITS[version];
  if (text === '') return failure('has nothing after "/"; add a prefix length such as /24');
  if (version === 4 && text.includes('.')) {
    const mask = parseAddress(text);
    const length = mask.ok ? prefixFromMask(mask.address.value) : undefined;
    if (length === undefined) {
      return failure(`ends in "/${text}", which is neither a prefix length nor a valid netmask`);
    }
    const fix = `${address.canonical}/${length}`;
    return failure(`uses the netmask ${text}; write the prefix length instead: ${fix}`, fix);
  }
  if (!isDigits(text)) {
    return failure(`has "/${text}" where a prefix length (a number from 0 to ${max}) belongs`);
  }
  if (text.length > 1 && text.startsWith('0')) {
    const fix = `${address.canonical}/${Number(text)}`;
    return failure(`has a prefix length with a leading zero (/${text}); write ${fix}`, fix);
  }
  const prefix = Number(text);
  if (prefix > max) {
    return failure(
      `has the prefix length /${text}, which is out of range: IPv${version} prefixes go from /0 to /${max}`,
    );
  }
  return prefix;
}

function prefixFromMask(mask: bigint): number | undefined {
  const inverted = MAX[4] ^ mask;
  // A netmask is ones followed by zeros, so its inverse plus one is a power of two.
  if ((inverted & (inverted + 1n)) !== 0n) return undefined;
  return 32 - inverted.toString(2).replace(/^0$/, '').length;
}

function stripBrackets(text: string): string | ParsedEntry {
  if (!text.includes('[') && !text.includes(']')) return text;
  const opens = text.startsWith('[');
  const closes = text.endsWith(']');
  if (opens !== closes || text.slice(1, -1).includes('[') || text.slice(1, -1).includes(']')) {
    if (!opens && !closes) return failure('has a stray bracket; remove it');
    return failure('has an unmatched bracket; remove it or add the missing one');
  }
  if (!opens) return text;
  // Bounces print address literals as [203.0.113.7] or [IPv6:2001:db8::7].
  return text.slice(1, -1).replace(/^IPv6:/i, '');
}

/**
 * Parses the address in an entry; `role` names the part ("first address") when the entry has
 * more, and `rebuild` turns a fixed part back into a whole entry, so that a fix replaces the entry.
 */
function parseOne(
  text: string,
  role = '',
  rebuild = (part: string) => part,
): IpAddress | ParsedEntry {
  const result = parseAddress(text);
  if (result.ok) return result.address;
  const message = role ? `has a bad ${role} "${text}": ${result.message}` : result.message;
  return failure(message, result.fix === undefined ? undefined : rebuild(result.fix));
}

function parseRange(text: string, dash: number): ParsedEntry | [IpVersion, bigint, bigint] {
  const left = text.slice(0, dash).trim();
  const right = text.slice(dash + 1).trim();
  if (left === '' || right === '') {
    return failure(
      'is a range with a missing end; write it as first-last, like 192.0.2.10-192.0.2.20',
    );
  }
  if (/[-–/]/.test(right))
    return failure('has more than one "-" or "/"; write one range as first-last');
  const first = parseOne(left, 'first address', (part) => `${part}-${right}`);
  if ('ok' in first) return first;
  if (first.version === 4 && isDigits(right) && right.length <= 3) {
    const full = `${left.slice(0, left.lastIndexOf('.') + 1)}${right}`;
    const fixed = parseAddress(full);
    const fix = fixed.ok && fixed.address.canonical === full ? `${left}-${full}` : undefined;
    return failure(
      `ends in a bare number; write the full last address${fix ? `: ${fix}` : ', like 192.0.2.10-192.0.2.20'}`,
      fix,
    );
  }
  const last = parseOne(right, 'last address', (part) => `${left}-${part}`);
  if ('ok' in last) return last;
  if (first.version !== last.version) {
    return failure('mixes IPv4 and IPv6; a range must stay within one version');
  }
  if (first.value > last.value) {
    const fix = `${last.canonical}-${first.canonical}`;
    return failure(`runs backwards; write the lower address first: ${fix}`, fix);
  }
  return [first.version, first.value, last.value];
}

/** Reads one list entry: an address, a CIDR block or a first-last range, in brackets or not. */
export function parseEntry(raw: string): ParsedEntry {
  const text = stripBrackets(raw);
  if (typeof text !== 'string') return text;
  const notes: EntryNote[] = [];
  let kind: IpEntryKind;
  let version: IpVersion;
  let blocks: IpBlock[];
  let canonical: string | undefined;

  const dash = Math.max(text.indexOf('-'), text.indexOf('–'));
  const slash = text.indexOf('/');
  if (dash >= 0) {
    const range = parseRange(text, dash);
    if (!Array.isArray(range)) return range;
    const [rangeVersion, start, end] = range;
    kind = 'range';
    version = rangeVersion;
    blocks = cidrCover(version, start, end).map(([from, prefix]) => block(version, from, prefix));
    if (blocks.length > 1) {
      const list = blocks.map((b) => b.text).join('; ');
      canonical = list;
      notes.push({
        code: 'range-split',
        text: `is not one CIDR block; it is listed as the ${blocks.length} blocks that cover it exactly: ${list}`,
      });
    }
  } else if (slash >= 0) {
    if (text.indexOf('/') !== text.lastIndexOf('/')) return failure('has more than one "/"');
    const address = parseOne(
      text.slice(0, slash),
      'address part',
      (part) => part + text.slice(slash),
    );
    if ('ok' in address) return address;
    const prefix = parsePrefix(address.version, address, text.slice(slash + 1));
    if (typeof prefix !== 'number') return prefix;
    kind = 'cidr';
    version = address.version;
    const hostMask = (1n << BigInt(BITS[version] - prefix)) - 1n;
    const start = address.value & ~hostMask;
    blocks = [block(version, start, prefix)];
    if (start !== address.value) {
      const network = `${blocks[0]?.text}`;
      notes.push({
        code: 'host-bits',
        text: `has host bits set: it means the whole network ${network}. Write ${network} if you meant that network, or ${address.canonical} for the single address`,
        fix: network,
      });
    }
  } else {
    const address = parseOne(text);
    if ('ok' in address) return address;
    kind = 'address';
    version = address.version;
    const { value } = address;
    blocks = [
      { version, start: value, end: value, prefix: BITS[version], text: address.canonical },
    ];
  }

  const single = blocks.length === 1 && blocks[0]?.start === blocks[0]?.end;
  for (const b of blocks) {
    const reason = nonPublicReasonForBlock(b.version, b.start, b.end);
    if (reason) return failure(nonPublicMessage('', single, reason).trimStart());
  }

  if (version === 6 && blocks.every((b) => b.start >= MAPPED_START && b.end <= MAPPED_END)) {
    // An IPv4-mapped address is the IPv4 address itself, as dual-stack servers log it.
    blocks = blocks.map((b) => block(4, b.start - MAPPED_START, b.prefix - 96));
    version = 4;
    canonical = undefined;
    const listed = blocks.map((b) => b.text).join('; ');
    notes.push({
      code: 'ipv4-mapped',
      text: `is an IPv4-mapped IPv6 ${single ? 'address' : 'block'}; it is listed as the IPv4 ${single ? 'address' : 'block'} ${listed}`,
    });
  } else if (version === 6) {
    notes.push({
      code: 'ipv6',
      text: 'is an IPv6 entry; the Outlook.com form is not known to accept IPv6, so Microsoft may reject it',
    });
  }

  const broadest = blocks.reduce((a, b) => (b.prefix < a.prefix ? b : a));
  if (broadest.prefix < BROAD_PREFIX[version]) {
    const size = (broadest.end - broadest.start + 1n).toLocaleString('en-US');
    const what =
      kind === 'range'
        ? `includes the /${broadest.prefix} block ${broadest.text}`
        : `is a /${broadest.prefix} block`;
    notes.push({
      code: 'broad',
      text: `${what} (${size} addresses). Microsoft reviews addresses one by one and usually refuses ranges broader than /${BROAD_PREFIX[version]}; list the addresses that actually send mail`,
    });
  }

  canonical ??=
    blocks.length === 1 ? (blocks[0] as IpBlock).text : blocks.map((b) => b.text).join('; ');
  return { ok: true, kind, version, blocks, canonical, notes };
}
