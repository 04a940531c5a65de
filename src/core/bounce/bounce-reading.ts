import type { BounceCatalogueRow } from './bounce-catalogue';
import type { BouncePlatform } from './bounce-types';
import { findPhrases, type PhraseHit } from './catalogue-index';
import { type AddressReader, type BlockedIp, extractBlockedIps } from './extract-blocked-ips';
import { type CodeHit, extractCodes } from './extract-codes';
import { lowerCaseSameLength } from './lower-case';
import { type CatalogueMatch, matchCatalogue, rowOfCodes, rowOfPhrases } from './match-catalogue';
import { readReceivingServer, type ServerReading } from './read-receiving-server';

// A long log repeats the same few bounces, and a repeat is dropped once its row, platform and IPs
// are known. So a bounce is read in two steps: what every bounce needs (codes, IPs, and when no
// code decides, phrases), then, only when the catalogue row alone cannot tell the platform or the
// bounce is kept, the receiving server and the full catalogue match.

/** What every bounce needs: its text, codes and IPs; its phrases once asked for. */
export class BounceSignals {
  readonly lower: string;
  readonly codes: readonly CodeHit[];
  readonly ips: readonly BlockedIp[];
  #phrases: readonly PhraseHit[] | undefined;

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
}

/** The catalogue row and platform, as the full reading would give them. */
export interface RowAndPlatform {
  readonly row: BounceCatalogueRow;
  readonly platform: BouncePlatform;
}

/**
 * The row and platform without reading the receiving server, when a code or phrase decides the
 * row (both outrank every signal that depends on the server) and the row names its platform.
 */
export function rowWithoutServer(signals: BounceSignals): RowAndPlatform | undefined {
  const row = rowOfCodes(signals.codes) ?? rowOfPhrases(signals.phrases);
  if (!row || row.platform === 'from-text') return undefined;
  return { row, platform: row.platform };
}

/** Everything the verdict needs. */
export interface BounceReading extends RowAndPlatform {
  readonly signals: BounceSignals;
  readonly server: ServerReading;
  readonly match: CatalogueMatch;
}

export function readBounce(signals: BounceSignals): BounceReading {
  const { text, lower, codes, phrases } = signals;
  const server = readReceivingServer(text, lower);
  const match = matchCatalogue({ codes, phrases, server });
  const platform = match.row.platform === 'from-text' ? server.platform : match.row.platform;
  return { signals, server, match, row: match.row, platform };
}
