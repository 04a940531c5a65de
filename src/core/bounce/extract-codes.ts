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
 * Every alternative has bounded length, so a scan is linear whatever the input.
 */
const CODE =
  /(?<![0-9A-Za-z.])(?:AS\((\d{3,10})\)|(A?S\d{3,10})|((?:SC|OU|DY)-\d{3})|([45]\.\d{1,3}\.\d{1,3}))(?![0-9A-Za-z]|\.\d)/gi;

/** The codes of a bounce, deduplicated, in the order they appear. */
export function extractCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(CODE)) {
    const [raw, parenthesised, plain, legacy, status] = match;
    const code = parenthesised ? `AS${parenthesised}` : (plain ?? legacy ?? status ?? raw);
    const normalised = code.toUpperCase();
    if (seen.has(normalised)) continue;
    seen.add(normalised);
    hits.push({ code: normalised, raw, isStatus: status !== undefined });
  }
  return hits;
}
