import { BOUNCE_CATALOGUE, type BounceCatalogueRow, UNRECOGNISED } from './bounce-catalogue';
import type { CodeHit } from './extract-codes';
import { findMatch } from './find-match';
import type { ServerReading } from './read-receiving-server';

/** What a bounce offers to the catalogue. */
export interface BounceFacts {
  /** Cleaned, single-spaced text. */
  readonly text: string;
  /** The text in lower case, the same length. */
  readonly lower: string;
  readonly codes: readonly CodeHit[];
  readonly server: ServerReading;
}

export interface CatalogueMatch {
  readonly row: BounceCatalogueRow;
  /** The codes, phrases and statuses of the text that matched the row, as written. */
  readonly evidence: readonly string[];
}

/** How much a kind of signal proves: Microsoft's own identifiers most, a status alone least. */
const STRENGTH = { code: 3, phrase: 2, status: 1, server: 0, fallback: -1 } as const;

interface StatusRange {
  /** `5.7.` */
  readonly subject: string;
  readonly first: number;
  readonly last: number;
  readonly row: number;
}

/** The catalogue as lookups, built once: a bounce is then matched without walking every row. */
const byCode = new Map<string, number[]>();
const serverRows: number[] = [];
const statusRanges: StatusRange[] = [];
const rowsByPhrase = new Map<string, number[]>();

BOUNCE_CATALOGUE.forEach(({ signal }, row) => {
  if (signal.server) serverRows.push(row);
  for (const code of signal.codes ?? []) byCode.set(code, [...(byCode.get(code) ?? []), row]);
  for (const phrase of signal.phrases ?? []) {
    rowsByPhrase.set(phrase, [...(rowsByPhrase.get(phrase) ?? []), row]);
  }
  for (const pattern of signal.statuses ?? []) {
    const [first = '', last = first] = pattern.split('-');
    const subject = first.slice(0, first.lastIndexOf('.') + 1);
    statusRanges.push({
      subject,
      first: Number(first.slice(subject.length)),
      last: Number(last.slice(subject.length)),
      row,
    });
  }
});

/**
 * Every phrase in one pass (faster than one search per phrase); literals only, so linear. No
 * phrase contains another (the catalogue test checks), so none can hide another's match.
 */
const PHRASES = new RegExp(
  [...rowsByPhrase.keys()].map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

/** Rows per status, filled as statuses are met: a long log repeats the same few. */
const rowsByStatus = new Map<string, number[]>();

function statusRows(status: string): number[] {
  const known = rowsByStatus.get(status);
  if (known) return known;
  const dot = status.lastIndexOf('.') + 1;
  const subject = status.slice(0, dot);
  const detail = Number(status.slice(dot));
  const rows: number[] = [];
  for (const range of statusRanges) {
    if (range.subject === subject && detail >= range.first && detail <= range.last) {
      rows.push(range.row);
    }
  }
  rowsByStatus.set(status, rows);
  return rows;
}

/** The catalogue row that best explains the bounce; among equally strong rows the earlier wins. */
export function matchCatalogue(facts: BounceFacts): CatalogueMatch {
  const hits: { readonly row: number; readonly strength: number; readonly quote?: string }[] = [];
  for (const hit of facts.codes) {
    if (!hit.isStatus) {
      for (const row of byCode.get(hit.code) ?? [])
        hits.push({ row, strength: STRENGTH.code, quote: hit.raw });
      continue;
    }
    for (const row of statusRows(hit.code)) {
      // A status alone is generic: for Microsoft's own rows it only counts when the rejecting
      // server is not known to be someone else's.
      const counts =
        BOUNCE_CATALOGUE[row]?.platform === 'from-text' || facts.server.kind !== 'other';
      if (counts) hits.push({ row, strength: STRENGTH.status, quote: hit.raw });
    }
  }
  // At most one entry per catalogue phrase: a short list, cheaper than a set.
  const phrasesSeen: string[] = [];
  findMatch(PHRASES, facts.lower, (match) => {
    if (phrasesSeen.includes(match[0])) return;
    phrasesSeen.push(match[0]);
    const quote = facts.text.slice(match.index, match.index + match[0].length);
    for (const row of rowsByPhrase.get(match[0]) ?? []) {
      hits.push({ row, strength: STRENGTH.phrase, quote });
    }
  });
  for (const row of serverRows) {
    const { server } = BOUNCE_CATALOGUE[row]?.signal ?? {};
    if (server === 'any') hits.push({ row, strength: STRENGTH.fallback });
    else if (server === facts.server.kind) {
      hits.push({ row, strength: STRENGTH.server, quote: facts.server.evidence });
    }
  }
  let best = hits[0];
  for (const hit of hits) {
    if (
      !best ||
      hit.strength > best.strength ||
      (hit.strength === best.strength && hit.row < best.row)
    ) {
      best = hit;
    }
  }
  const row = best ? BOUNCE_CATALOGUE[best.row] : undefined;
  if (!best || !row) return { row: UNRECOGNISED, evidence: [] };
  const evidence: string[] = [];
  for (const hit of hits) {
    if (hit.row === best.row && hit.quote !== undefined) evidence.push(hit.quote);
  }
  return { row, evidence };
}
