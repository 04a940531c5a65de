import { SHORT_LIST } from './short-list';

/** One identifier found in a bounce. */
export interface CodeHit {
  /** Normalised: upper case, `AS(1430)` as `AS1430`. */
  readonly code: string;
  /** As written in the text. */
  readonly raw: string;
  /** An enhanced status code such as `5.7.606` (RFC 3463), rather than a Microsoft identifier. */
  readonly isStatus: boolean;
}

/**
 * Microsoft's identifiers (`AS(1430)`, `AS16012609`, `S3140`, `SC-001`) and enhanced status
 * codes (`5.7.606`), each standing alone: not part of a word, an IP address or a version number.
 * Every alternative has bounded length, so a scan is linear whatever the input. No capture
 * groups: the first characters tell the kind, and each group would be one more string per match.
 */
const CODE =
  /(?<![0-9a-z.])(?:as\(\d{3,10}\)|a?s\d{3,10}|(?:sc|ou|dy)-\d{3}|[45]\.\d{1,3}\.\d{1,3})(?![0-9a-z]|\.\d)/g;

const OPEN_PARENTHESIS = 40;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The codes of a bounce, deduplicated, in the order they appear. `lower` is `text` in lower case,
 * the same length (matching without the `i` flag is several times faster).
 */
export function extractCodes(text: string, lower: string): CodeHit[] {
  const hits: CodeHit[] = [];
  // A bounce holds a handful of codes: the list is searched until a set pays off (see SHORT_LIST).
  let seen: Set<string> | undefined;
  CODE.lastIndex = 0;
  for (let match = CODE.exec(lower); match; match = CODE.exec(lower)) {
    const found = match[0];
    const code =
      found.charCodeAt(2) === OPEN_PARENTHESIS ? `AS${found.slice(3, -1)}` : found.toUpperCase();
    if (seen ? seen.has(code) : hits.some((hit) => hit.code === code)) continue;
    const raw = text.slice(match.index, match.index + found.length);
    hits.push({ code, raw, isStatus: isDigit(found.charCodeAt(0)) });
    if (seen) seen.add(code);
    else if (hits.length === SHORT_LIST) seen = new Set(hits.map((hit) => hit.code));
  }
  return hits;
}
