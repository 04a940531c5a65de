import { isPublicUnicast, parseAddress } from '../ip-address';
import { SHORT_LIST } from './short-list';

/**
 * Microsoft's own sentences naming the sending IP it rejects. Other IPs in a bounce belong to
 * Microsoft's receiving servers, to relays or to the sender's header trail: never those.
 */
const ANCHORS = [
  'messages from',
  'banned sending ip',
  'banned sender',
  'client host',
  'the mail server',
  'try again later from',
];
const ANCHOR = new RegExp(ANCHORS.join('|'), 'g');

/**
 * Where the anchor that ends at `end` starts: none ends another, so one fits. Matching with
 * `test` and working this out only for an anchor that names an IP saves a match object per
 * anchor, and a paste can repeat anchors with no address after them many thousand times.
 */
function anchorStart(lower: string, end: number): number {
  const anchor = ANCHORS.find((candidate) => lower.startsWith(candidate, end - candidate.length));
  return end - (anchor?.length ?? 0);
}

/** The longest text an address can take (IPv6 with an embedded IPv4), with some slack. */
const MAX_ADDRESS = 64;

const isAddressChar = (code: number) =>
  (code >= 48 && code <= 58) ||
  (code >= 65 && code <= 70) ||
  (code >= 97 && code <= 102) ||
  code === 46;
const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A space, `[` or `(` between an anchor and its address. */
const isOpening = (code: number) => code === 32 || code === 91 || code === 40;

export interface BlockedIp {
  /** Canonical form (IPv6 lower case, shortest). */
  readonly ip: string;
  /** The sentence part that names it, for the evidence. */
  readonly evidence: string;
}

/**
 * Whether the token could parse at all: with no `:` only a dotted quad can (digits and exactly
 * three dots). Saves copying and looking up the fragments a long paste may repeat after anchors.
 */
function mayBeAddress(text: string, start: number, end: number): boolean {
  let dots = 0;
  let letters = false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    // A colon: IPv6, left to the parser.
    if (code === 58) return true;
    if (code === 46) dots++;
    else if (code > 57) letters = true;
  }
  return !letters && dots === 3;
}

/** Reads the address written right after an anchor, e.g. ` [203.0.113.7]` or ` 2001:db8::7`. */
function addressAfter(
  text: string,
  lower: string,
  from: number,
): { token: string; end: number } | undefined {
  let at = from;
  while (at < text.length && at - from < 4 && isOpening(text.charCodeAt(at))) at++;
  if (lower.startsWith('ipv6:', at)) at += 5;
  let end = at;
  while (end < text.length && end - at <= MAX_ADDRESS && isAddressChar(text.charCodeAt(end))) end++;
  // `1.2.3.x`, `example.com`: the token goes on with other letters, so it is not an address.
  if (end < text.length && isWordChar(text.charCodeAt(end))) return;
  // A sentence's full stop or colon, but not the `::` of an IPv6 address.
  let stop = end;
  while (stop > at && text.charCodeAt(stop - 1) === 46) stop--;
  if (
    stop > at &&
    text.charCodeAt(stop - 1) === 58 &&
    !(stop - 1 > at && text.charCodeAt(stop - 2) === 58)
  ) {
    stop--;
  }
  if (!mayBeAddress(text, at, stop)) return;
  const token = text.slice(at, stop);
  const close = text.charCodeAt(end);
  if (close === 93 || close === 41) end++;
  return token === '' ? undefined : { token, end };
}

/** Canonical form of a public unicast address, else undefined. */
export type AddressReader = (token: string) => string | undefined;

const readPublicAddress: AddressReader = (token) => {
  const parsed = parseAddress(token);
  return parsed.ok && isPublicUnicast(parsed.address) ? parsed.address.canonical : undefined;
};

/** Reads each distinct token once: a long log names the same few IPs over and over. */
export function cachedAddressReader(): AddressReader {
  const cache = new Map<string, string | undefined>();
  return (token) => {
    const known = cache.get(token);
    if (known !== undefined || cache.has(token)) return known;
    const read = readPublicAddress(token);
    cache.set(token, read);
    return read;
  };
}

/**
 * The public unicast IPs Microsoft names as the sender it rejects, deduplicated by canonical form,
 * in order. Masked (`x.x.x.x`, `[IP]`, `999.999.999.999`) and non-public addresses are skipped.
 * `lower` is `text` in lower case, the same length.
 */
export function extractBlockedIps(
  text: string,
  lower: string,
  readAddress: AddressReader = readPublicAddress,
): BlockedIp[] {
  const found: BlockedIp[] = [];
  // A bounce names one IP or a few: the list is searched until a set pays off (see SHORT_LIST).
  let seen: Set<string> | undefined;
  ANCHOR.lastIndex = 0;
  while (ANCHOR.test(lower)) {
    const end = ANCHOR.lastIndex;
    const address = addressAfter(text, lower, end);
    const ip = address && readAddress(address.token);
    if (!address || ip === undefined) continue;
    if (seen ? seen.has(ip) : found.some((earlier) => earlier.ip === ip)) continue;
    found.push({ ip, evidence: text.slice(anchorStart(lower, end), address.end) });
    if (seen) seen.add(ip);
    else if (found.length === SHORT_LIST) seen = new Set(found.map((earlier) => earlier.ip));
  }
  return found;
}
