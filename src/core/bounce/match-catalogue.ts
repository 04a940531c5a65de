import { BOUNCE_CATALOGUE, type BounceCatalogueRow, UNRECOGNISED } from './bounce-catalogue';
import { codeRows, type PhraseHit, SERVER_ROWS, statusRows } from './catalogue-index';
import type { CodeHit } from './extract-codes';
import type { ServerReading } from './read-receiving-server';

/** What a bounce offers to the catalogue. */
export interface BounceFacts {
  readonly codes: readonly CodeHit[];
  readonly phrases: readonly PhraseHit[];
  readonly server: ServerReading;
}

export interface CatalogueMatch {
  readonly row: BounceCatalogueRow;
  /** The codes, phrases and statuses of the text that matched the row, as written. */
  readonly evidence: readonly string[];
}

/** How much a kind of signal proves: Microsoft's own identifiers most, a status alone least. */
const STRENGTH = { code: 3, phrase: 2, status: 1, server: 0, fallback: -1 } as const;

/** The catalogue row that best explains the bounce; among equally strong rows the earlier wins. */
export function matchCatalogue(facts: BounceFacts): CatalogueMatch {
  const hits: { readonly row: number; readonly strength: number; readonly quote?: string }[] = [];
  for (const hit of facts.codes) {
    if (!hit.isStatus) {
      for (const row of codeRows(hit.code)) {
        hits.push({ row, strength: STRENGTH.code, quote: hit.raw });
      }
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
  for (const { rows, quote } of facts.phrases) {
    for (const row of rows) hits.push({ row, strength: STRENGTH.phrase, quote });
  }
  for (const [row, server] of SERVER_ROWS) {
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

const rowAt = (index: number) => (index === -1 ? undefined : BOUNCE_CATALOGUE[index]);

/**
 * The row matchCatalogue gives when a Microsoft code decides it: codes are the strongest signal,
 * so neither phrases nor the receiving server can change the outcome. Undefined when no code
 * names a row.
 */
export function rowOfCodes(codes: readonly CodeHit[]): BounceCatalogueRow | undefined {
  let first = -1;
  for (const hit of codes) {
    if (hit.isStatus) continue;
    for (const row of codeRows(hit.code)) if (first === -1 || row < first) first = row;
  }
  return rowAt(first);
}

/** Likewise when no code names a row and a phrase does: a phrase outranks statuses and servers. */
export function rowOfPhrases(phrases: readonly PhraseHit[]): BounceCatalogueRow | undefined {
  let first = -1;
  for (const hit of phrases)
    for (const row of hit.rows) if (first === -1 || row < first) first = row;
  return rowAt(first);
}
