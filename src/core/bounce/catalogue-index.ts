import { BOUNCE_CATALOGUE, type BounceSignal } from './bounce-catalogue';

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

const PHRASE_LIST = [...rowsByPhrase.keys()];

/**
 * Every phrase in one pass (faster than one search per phrase); literals only, so linear. No
 * phrase contains another (the catalogue test checks), so none can hide another's match, and
 * only one can end where a match ends.
 */
const PHRASES = new RegExp(
  PHRASE_LIST.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

/** The phrases by their last character, to tell which one a match is from where it ends. */
const phrasesByLastChar = new Map<number, string[]>();
for (const phrase of PHRASE_LIST) {
  const last = phrase.charCodeAt(phrase.length - 1);
  phrasesByLastChar.set(last, [...(phrasesByLastChar.get(last) ?? []), phrase]);
}

const phraseEndingAt = (lower: string, end: number): string =>
  phrasesByLastChar
    .get(lower.charCodeAt(end - 1))
    ?.find((phrase) => lower.startsWith(phrase, end - phrase.length)) ?? '';

/** A catalogue phrase found in a bounce. */
export interface PhraseHit {
  readonly rows: readonly number[];
  /** As written in the text. */
  readonly quote: string;
}

/**
 * Each distinct catalogue phrase of the text, in the order they first occur. Matched with `test`
 * and told apart by where they end: a paste can repeat one phrase many thousand times, and a
 * match object per occurrence costs more than that.
 */
export function findPhrases(text: string, lower: string): PhraseHit[] {
  const found: PhraseHit[] = [];
  // At most one entry per catalogue phrase: a short list, cheaper than a set.
  const seen: string[] = [];
  PHRASES.lastIndex = 0;
  while (PHRASES.test(lower)) {
    const end = PHRASES.lastIndex;
    const phrase = phraseEndingAt(lower, end);
    if (seen.includes(phrase)) continue;
    seen.push(phrase);
    const quote = text.slice(end - phrase.length, end);
    found.push({ rows: rowsByPhrase.get(phrase) ?? NONE, quote });
  }
  return found;
}
