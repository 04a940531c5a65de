import type { BouncePlatform } from './bounce-types';
import { findMatch } from './find-match';

/** Who rejected the message, as far as the text tells. */
export interface ServerReading {
  /** `other`: a receiving server is named and nothing in the text is Microsoft's. */
  readonly kind: 'microsoft' | 'other' | 'unknown';
  readonly platform: BouncePlatform;
  /** The host name or tag that told, as written. */
  readonly evidence?: string;
}

/**
 * Receiving hosts as MTAs report them: `Remote-MTA: dns; host`, Postfix `host X[IP] said`, Exim
 * `host X [IP]:`, Postfix logs `relay=X[IP]`, Exchange `Remote Server at X`. Literal starts and
 * one character class each: linear.
 */
const RECEIVING_HOST =
  /(?:remote-mta:\s?(?:dns;\s?)?|\bhost\s(?=[0-9a-z.-]+\s?(?:\[|said))|relay=|remote server at\s)([0-9a-z][0-9a-z.-]*)/g;

const MICROSOFT_DOMAINS = [
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'microsoft.com',
  'office365.com',
  'office.com',
];

/** Text markers, most telling first; `unknown` ones only say "Microsoft". */
const MARKERS: readonly (readonly [string, BouncePlatform])[] = [
  ['.olc.protection.outlook.com', 'outlook.com'],
  ['[name=protocol filter agent]', 'outlook.com'],
  ['[agt=pfa]', 'outlook.com'],
  ['.mail.protection.outlook.com', 'office365'],
  ['.outbound.protection.outlook.com', 'office365'],
  ['.prod.protection.outlook.com', 'office365'],
  ['sender.office.com', 'office365'],
  ['@hotmail.', 'outlook.com'],
  ['@outlook.', 'outlook.com'],
  ['@live.', 'outlook.com'],
  ['@msn.com', 'outlook.com'],
  ['outlook.com', 'unknown'],
  ['hotmail', 'unknown'],
  ['microsoft', 'unknown'],
  ['office365', 'unknown'],
  ['exchange online', 'unknown'],
];

/**
 * Where the first marker occurs, if any. One pass finds that several times faster than the
 * markers' own searches, each of which reads the whole bounce: a megabyte for a paste with no
 * line breaks and none of Microsoft's names.
 */
const ANY_MARKER = new RegExp(
  MARKERS.map(([needle]) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

function withoutTrailingDots(host: string): string {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  return end === host.length ? host : host.slice(0, end);
}

const MICROSOFT_SUBDOMAINS = MICROSOFT_DOMAINS.map((domain) => `.${domain}`);

const isMicrosoftHost = (host: string) =>
  MICROSOFT_DOMAINS.includes(host) || MICROSOFT_SUBDOMAINS.some((suffix) => host.endsWith(suffix));

function platformOfHost(host: string): BouncePlatform {
  if (host.endsWith('.olc.protection.outlook.com') || /^mx\d*\.hotmail\.com$/.test(host)) {
    return 'outlook.com';
  }
  if (host.endsWith('.mail.protection.outlook.com')) return 'office365';
  return 'unknown';
}

/** Reads who rejected the message from host names and Microsoft's tags; `lower` as in the text. */
export function readReceivingServer(text: string, lower: string): ServerReading {
  let otherHost: string | undefined;
  let microsoftHost: string | undefined;
  const named = findMatch(RECEIVING_HOST, lower, (match): ServerReading | undefined => {
    const host = withoutTrailingDots(match[1] ?? '');
    if (!host.includes('.')) return;
    if (!isMicrosoftHost(host)) {
      otherHost ??= host;
      return;
    }
    const platform = platformOfHost(host);
    if (platform !== 'unknown') return { kind: 'microsoft', platform, evidence: host };
    microsoftHost ??= host;
  });
  if (named) return named;
  let marker: string | undefined;
  // No marker starts before the first one found: the markers' own searches start there.
  const first = ANY_MARKER.exec(lower)?.index ?? -1;
  const markers = first === -1 ? [] : MARKERS;
  for (const [needle, platform] of markers) {
    const at = lower.indexOf(needle, first);
    if (at === -1) continue;
    const evidence = text.slice(at, at + needle.length);
    if (platform !== 'unknown') return { kind: 'microsoft', platform, evidence };
    marker ??= evidence;
  }
  if (microsoftHost || marker) {
    return { kind: 'microsoft', platform: 'unknown', evidence: microsoftHost ?? marker };
  }
  if (otherHost) return { kind: 'other', platform: 'unknown', evidence: otherHost };
  return { kind: 'unknown', platform: 'unknown' };
}
