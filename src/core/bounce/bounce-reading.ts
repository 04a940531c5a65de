import type { BounceCatalogueRow } from './bounce-catalogue';
import type { BouncePlatform } from './bounce-types';
import { findPhrases, type PhraseHit } from './catalogue-index';
import { type AddressReader, type BlockedIp, extractBlockedIps } from './extract-blocked-ips';
import { type CodeHit, extractCodes } from './extract-codes';
import { lowerCaseSameLength } from './lower-case';
import { type CatalogueMatch, matchCatalogue, rowOfCodes, rowOfPhrases } from './match-catalogue';
import { readReceivingServer, type ServerReading } from './read-receiving-server';

// A long log repeats the same few bounces, and a repeat is dropped once its row, platform and IPs
// are known. So a bounce is read in steps: what every bounce needs (codes and IPs), then only what
// its row and platform depend on, and everything else only for a bounce that is kept.

/** What a bounce says: its codes and IPs, read at once; its phrases and server, once asked for. */
export class BounceSignals {
  readonly lower: string;
  readonly codes: readonly CodeHit[];
  readonly ips: readonly BlockedIp[];
  #phrases: readonly PhraseHit[] | undefined;
  #server: ServerReading | undefined;

  /** `text`: the bounce's cleaned text, on one line with single spaces. */
  constructor(
    readonly text: string,
    readAddress: AddressReader,
  ) {
    this.lower = lowerCaseSameLength(text);
    this.codes = extractCodes(text, this.lower);
    this.ips = extractBlockedIps(text, this.lower, readAddress);
  }

  get phrases(): readonly PhraseHit[] {
    this.#phrases ??= findPhrases(this.text, this.lower);
    return this.#phrases;
  }

  get server(): ServerReading {
    this.#server ??= readReceivingServer(this.text, this.lower);
    return this.#server;
  }
}

const platformOf = (row: BounceCatalogueRow, signals: BounceSignals): BouncePlatform =>
  row.platform === 'from-text' ? signals.server.platform : row.platform;

/** The catalogue row and platform of a bounce. */
export interface RowAndPlatform {
  readonly row: BounceCatalogueRow;
  readonly platform: BouncePlatform;
}

/**
 * The row and platform, as readBounce gives them, reading no more than they depend on: a code,
 * else a phrase, decides the row (both outrank every other signal), and the server is read only
 * when the row takes its platform from the text or nothing else decides.
 */
export function rowAndPlatform(signals: BounceSignals): RowAndPlatform {
  const row = rowOfCodes(signals.codes) ?? rowOfPhrases(signals.phrases);
  if (row) return { row, platform: platformOf(row, signals) };
  const { match, platform } = readBounce(signals);
  return { row: match.row, platform };
}

/** Everything the verdict needs. */
export interface BounceReading extends RowAndPlatform {
  readonly signals: BounceSignals;
  readonly server: ServerReading;
  readonly match: CatalogueMatch;
}

export function readBounce(signals: BounceSignals): BounceReading {
  const { codes, phrases, server } = signals;
  const match = matchCatalogue({ codes, phrases, server });
  const platform = platformOf(match.row, signals);
  return { signals, server, match, row: match.row, platform };
}
