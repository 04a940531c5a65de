import {
  BOUNCE_CATALOGUE,
  type BounceCatalogueRow,
  type BounceSignal,
  UNRECOGNISED,
} from './bounce-catalogue';
import type { CodeHit } from './extract-codes';
import { quoteAt } from './quote-at';
import type { ServerReading } from './read-receiving-server';

/** What a bounce offers to the catalogue. */
export interface BounceFacts {
  /** Cleaned, single-spaced text. */
  readonly text: string;
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

/** `5.7.606` within `5.7.606-5.7.649`, or equal to `5.4.1`. */
function statusMatches(status: string, pattern: string): boolean {
  const [first, last] = pattern.split('-');
  if (!first) return false;
  if (last === undefined) return status === first;
  const subject = first.slice(0, first.lastIndexOf('.') + 1);
  if (!status.startsWith(subject)) return false;
  const detail = Number(status.slice(subject.length));
  return (
    detail >= Number(first.slice(subject.length)) && detail <= Number(last.slice(subject.length))
  );
}

function serverMatches(signal: BounceSignal, server: ServerReading): boolean {
  return signal.server === 'any' || signal.server === server.kind;
}

function scoreRow(row: BounceCatalogueRow, facts: BounceFacts) {
  const { signal } = row;
  const evidence: string[] = [];
  let strength: number = Number.NEGATIVE_INFINITY;
  for (const hit of facts.codes) {
    if (!hit.isStatus && signal.codes?.includes(hit.code)) {
      strength = STRENGTH.code;
      evidence.push(hit.raw);
    }
  }
  for (const phrase of signal.phrases ?? []) {
    const at = facts.lower.indexOf(phrase);
    if (at === -1) continue;
    strength = Math.max(strength, STRENGTH.phrase);
    evidence.push(quoteAt(facts.text, facts.lower, at, phrase));
  }
  // A status alone is generic: it only counts for Microsoft's rows when the rejecting server is
  // not known to be someone else's.
  const statusCounts = row.platform === 'from-text' || facts.server.kind !== 'other';
  for (const hit of facts.codes) {
    if (!statusCounts || !hit.isStatus) continue;
    if (signal.statuses?.some((pattern) => statusMatches(hit.code, pattern))) {
      strength = Math.max(strength, STRENGTH.status);
      evidence.push(hit.raw);
    }
  }
  if (signal.server && serverMatches(signal, facts.server)) {
    strength = Math.max(strength, signal.server === 'any' ? STRENGTH.fallback : STRENGTH.server);
    if (signal.server !== 'any' && facts.server.evidence) evidence.push(facts.server.evidence);
  }
  return { strength, evidence };
}

/** The catalogue row that best explains the bounce; the earlier row wins a tie. */
export function matchCatalogue(facts: BounceFacts): CatalogueMatch {
  let best: CatalogueMatch = { row: UNRECOGNISED, evidence: [] };
  let bestStrength = Number.NEGATIVE_INFINITY;
  for (const row of BOUNCE_CATALOGUE) {
    const { strength, evidence } = scoreRow(row, facts);
    if (strength > bestStrength) {
      best = { row, evidence };
      bestStrength = strength;
    }
  }
  return best;
}
