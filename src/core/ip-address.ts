import ipaddr from 'ipaddr.js';
import { scanIpv4 } from './ipv4-scan';
import { formatIpv6 } from './ipv6-format';
import { type NonPublicReason, nonPublicMessage, nonPublicReasonForBlock } from './special-ranges';

export type IpVersion = 4 | 6;

/** A strictly parsed IP address. */
export interface IpAddress {
  readonly version: IpVersion;
  /** The address as an integer: 32 bits for IPv4, 128 bits for IPv6. */
  readonly value: bigint;
  /** Dotted decimal for IPv4, RFC 5952 (lower case, shortest) for IPv6. */
  readonly canonical: string;
}

export type ParseAddressResult =
  | { readonly ok: true; readonly address: IpAddress }
  | {
      readonly ok: false;
      /** What is wrong and how to fix it, in plain words. */
      readonly message: string;
      /** A corrected text, when the intent is clear enough to suggest one. */
      readonly fix?: string;
    };

export type { NonPublicKind, NonPublicReason, SpecialRangeMatch } from './special-ranges';

const fail = (message: string, fix?: string): ParseAddressResult =>
  fix === undefined ? { ok: false, message } : { ok: false, message, fix };

const isDigit = (code: number) => code >= 48 && code <= 57;
const isHexDigit = (code: number) =>
  isDigit(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
const allDigits = (text: string) => {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return text.length > 0;
};

const ordinal = (n: number) => ['first', 'second', 'third', 'fourth'][n] ?? `${n + 1}th`;

/**
 * Says what is wrong with an IPv4 text that scanIpv4 refused: a hex or octal-looking number,
 * the wrong number of parts, a missing part, a leading zero or a number above 255. Undefined when
 * none of these applies (the text is then no IPv4 address at all).
 */
function ipv4ShapeProblem(text: string): { message: string; fix?: string } | undefined {
  const parts = text.split('.');
  const hasOnlyDigitsAndDots = parts.every((part) => part === '' || allDigits(part));
  if (!hasOnlyDigitsAndDots) {
    if (/^0x/i.test(parts.find((part) => !allDigits(part)) ?? '')) {
      return {
        message: 'uses hexadecimal (0x…) numbers; write each part as a plain decimal number',
      };
    }
    return undefined;
  }
  if (
    parts.length > 1 &&
    (parts[0] === '' || parts[parts.length - 1] === '') &&
    parts.length !== 4
  ) {
    return { message: 'starts or ends with a dot; remove it' };
  }
  if (parts.length === 1) {
    return {
      message:
        'is a single number; an IPv4 address has four numbers separated by dots, like 192.0.2.10',
    };
  }
  if (parts.length !== 4) {
    return {
      message: `has ${parts.length} parts; an IPv4 address has exactly four numbers separated by dots, like 192.0.2.10`,
    };
  }
  const emptyAt = parts.indexOf('');
  if (emptyAt >= 0) {
    return {
      message: `is missing its ${ordinal(emptyAt)} number (two dots in a row, or a dot at the start or end)`,
    };
  }
  const zeroAt = parts.findIndex((part) => part.length > 1 && part.startsWith('0'));
  if (zeroAt >= 0) {
    const decimal = parts.map((part) => String(Number.parseInt(part, 10)));
    const decimalIsValid = decimal.every((part) => Number(part) <= 255);
    return {
      message: `has a leading zero in its ${ordinal(zeroAt)} number "${parts[zeroAt]}", which some systems read as octal and others as decimal. Write it without leading zeros${decimalIsValid ? ` (${decimal.join('.')} if you meant decimal)` : ''}`,
      ...(decimalIsValid ? { fix: decimal.join('.') } : {}),
    };
  }
  const bigAt = parts.findIndex((part) => Number(part) > 255);
  if (bigAt >= 0) {
    return {
      message: `has ${parts[bigAt]} as its ${ordinal(bigAt)} number, which is out of range; each of the four numbers must be between 0 and 255`,
    };
  }
  return undefined;
}

function ipv6ToBigint(parts: readonly number[]): bigint {
  // Four 32-bit chunks: far fewer BigInt operations than one per 16-bit group.
  let value = 0n;
  for (let i = 0; i < 8; i += 2) {
    value = (value << 32n) | BigInt((parts[i] ?? 0) * 0x10000 + (parts[i + 1] ?? 0));
  }
  return value;
}

function parseIpv4(text: string): ParseAddressResult {
  const value = scanIpv4(text);
  if (value >= 0)
    return { ok: true, address: { version: 4, value: BigInt(value), canonical: text } };
  const problem = ipv4ShapeProblem(text);
  return problem ? fail(problem.message, problem.fix) : fail(notAnAddressMessage(text));
}

function ipv6ShapeProblem(text: string): string | undefined {
  if (text.includes(':::')) return 'has three colons in a row';
  if (text.indexOf('::') !== text.lastIndexOf('::')) {
    return 'uses "::" twice; it may shorten only one run of zero groups';
  }
  const groups = text.split(':');
  for (const group of groups) {
    if (group.includes('.')) continue;
    for (let i = 0; i < group.length; i++) {
      if (!isHexDigit(group.charCodeAt(i))) {
        return `contains "${group[i]}", which is not a hexadecimal digit (0-9, a-f)`;
      }
    }
    if (group.length > 4) return `has the group "${group}", longer than four hexadecimal digits`;
  }
  if (!text.includes('::')) {
    const wanted = text.includes('.') ? 7 : 8;
    if (groups.length !== wanted) {
      return `has ${groups.length} groups; a full IPv6 address has eight (use "::" to shorten a run of zero groups)`;
    }
  } else if (groups.filter((group) => group !== '').length > (text.includes('.') ? 6 : 7)) {
    return 'has too many groups for an IPv6 address';
  }
  if (
    (text.startsWith(':') && !text.startsWith('::')) ||
    (text.endsWith(':') && !text.endsWith('::'))
  ) {
    return 'starts or ends with a single colon';
  }
  return undefined;
}

function parseIpv6(text: string): ParseAddressResult {
  const zoneAt = text.indexOf('%');
  if (zoneAt >= 0) {
    const bare = text.slice(0, zoneAt);
    return fail(
      `has a zone index ("${text.slice(zoneAt)}"), which only means something on one machine. Remove it: ${bare}`,
      bare,
    );
  }
  if (text.indexOf(':') === text.lastIndexOf(':')) {
    const [host = '', port = ''] = text.split(':');
    if (allDigits(port) && parseIpv4(host).ok) {
      return fail(`looks like an address with a port (:${port}). Remove the port: ${host}`, host);
    }
  }
  let text6 = text;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.')) {
    const tail = text.slice(lastColon + 1);
    if (scanIpv4(tail) < 0) {
      const problem = ipv4ShapeProblem(tail);
      return fail(
        `has a bad IPv4 part "${tail}": ${problem?.message ?? 'it is not an IPv4 address'}`,
      );
    }
    // ipaddr.js reads "::1.2.3.4" as the mapped "::ffff:1.2.3.4"; it is the IPv4-compatible
    // "::102:304" (RFC 4291), so spell it so that ipaddr.js takes it literally.
    if (text.startsWith('::') && lastColon === 1) text6 = `0${text}`;
  }
  let parsed: ipaddr.IPv6;
  try {
    parsed = ipaddr.IPv6.parse(text6);
  } catch {
    return fail(ipv6ShapeProblem(text) ?? notAnAddressMessage(text));
  }
  return {
    ok: true,
    address: { version: 6, value: ipv6ToBigint(parsed.parts), canonical: formatIpv6(parsed.parts) },
  };
}

function looksLikeHostname(text: string): boolean {
  const labels = text.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => /^[\p{L}\p{N}-]+$/u.test(label)) &&
    /\p{L}/u.test(labels[labels.length - 1] ?? '')
  );
}

function notAnAddressMessage(text: string): string {
  if (looksLikeHostname(text)) {
    return 'is a host name, not an IP address. List the IP address it sends from (for example the output of "dig +short" for that name)';
  }
  return 'is not an IP address; write an IPv4 address like 192.0.2.10 or an IPv6 address like 2001:db8::10';
}

/**
 * Parses one IP address strictly: IPv4 only as four decimal numbers 0-255 without leading zeros
 * (no octal, hex or shortened forms), IPv6 in any standard notation but without a zone index.
 */
export function parseAddress(text: string): ParseAddressResult {
  if (text === '') return fail('is empty; write an IP address like 192.0.2.10');
  if (/\s/.test(text)) return fail('contains spaces; write the address without them');
  return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

/**
 * Why this address cannot be the subject of a delisting request (private, loopback,
 * documentation, ...), or undefined when it is public unicast. IPv4-mapped and 6to4 IPv6
 * addresses are judged by the IPv4 address they carry. A text that is not an address gets the
 * kind "invalid".
 */
export function nonPublicReason(address: IpAddress | string): NonPublicReason | undefined {
  const parsed =
    typeof address === 'string' ? parseAddress(address) : { ok: true as const, address };
  if (!parsed.ok) {
    return {
      kind: 'invalid',
      range: '',
      label: 'not a valid IP address',
      explanation: 'it could not be read as an IPv4 or IPv6 address',
      message: `"${address}" ${parsed.message}.`,
    };
  }
  const { version, value, canonical } = parsed.address;
  const match = nonPublicReasonForBlock(version, value, value);
  return match && { ...match, message: nonPublicMessage(`"${canonical}"`, true, match) };
}

/** Whether the address can be the subject of a delisting request: public unicast. */
export function isPublicUnicast(address: IpAddress | string): boolean {
  return nonPublicReason(address) === undefined;
}
