import { BOUNCE_CATALOGUE, type BounceSignal } from './bounce-catalogue';
import { findMatch } from './find-match';

// The catalogue as lookups, built once: a bounce is then matched without walking every row.
// Rows are given by their index in BOUNCE_CATALOGUE, which is also their rank: the earlier wins.

interface StatusRange {
  /** `5.7.` */
  readonly subject: string;
  readonly first: number;
  readonly last: number;
  readonly row: number;
}

const NONE: readonly number[] = [];
const byCode = new Map<string, number[]>();
const statusRanges: StatusRange[] = [];
const rowsByPhrase = new Map<string, number[]>();

/** The fallback rows, in catalogue order, with the server kind each stands for. */
export const SERVER_ROWS: (readonly [row: number, server: BounceSignal['server']])[] = [];

BOUNCE_CATALOGUE.forEach(({ signal }, row) => {
  if (signal.server) SERVER_ROWS.push([row, signal.server]);
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

/** The rows that name this (normalised) Microsoft code. */
export const codeRows = (code: string): readonly number[] => byCode.get(code) ?? NONE;

/** Rows per status, filled as statuses are met: a long log repeats the same few. */
const rowsByStatus = new Map<string, number[]>();

/** The rows whose statuses or status ranges include this status. */
export function statusRows(status: string): readonly number[] {
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

/**
 * Every phrase in one pass (faster than one search per phrase); literals only, so linear. No
 * phrase contains another (the catalogue test checks), so none can hide another's match.
 */
const PHRASES = new RegExp(
  [...rowsByPhrase.keys()].map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

/** A catalogue phrase found in a bounce. */
export interface PhraseHit {
  readonly rows: readonly number[];
  /** As written in the text. */
  readonly quote: string;
}

/** Each distinct catalogue phrase of the text, in the order they first occur. */
export function findPhrases(text: string, lower: string): PhraseHit[] {
  const found: PhraseHit[] = [];
  // At most one entry per catalogue phrase: a short list, cheaper than a set.
  const seen: string[] = [];
  findMatch(PHRASES, lower, (match) => {
    const phrase = match[0];
    if (seen.includes(phrase)) return;
    seen.push(phrase);
    const quote = text.slice(match.index, match.index + phrase.length);
    found.push({ rows: rowsByPhrase.get(phrase) ?? NONE, quote });
  });
  return found;
}
