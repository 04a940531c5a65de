import { UNRECOGNISED } from './bounce-catalogue';
import { type BounceAnalysis, type BounceVerdict, REMEDY_PRIORITY } from './bounce-types';
import { cleanBounceLines } from './clean-bounce-text';
import { type AddressReader, cachedAddressReader, extractBlockedIps } from './extract-blocked-ips';
import { extractCodes } from './extract-codes';
import { findNamedTarget } from './find-named-target';
import { lowerCaseSameLength } from './lower-case';
import { matchCatalogue } from './match-catalogue';
import { readReceivingServer } from './read-receiving-server';
import { splitBounces } from './split-bounces';

const unique = (items: Iterable<string>) => [...new Set(items)];

/** The verdict on one bounce's cleaned lines (its text is added only if the bounce is kept). */
function analyzeRecord(
  lines: readonly string[],
  readAddress: AddressReader,
): Omit<BounceVerdict, 'text'> {
  // One line, single spaces: Microsoft's sentences are often wrapped across lines.
  const text = lines.join(' ').replace(/\s{2,}|[^\S ]/g, ' ');
  const lower = lowerCaseSameLength(text);
  const codes = extractCodes(text, lower);
  const server = readReceivingServer(text, lower);
  const { row, evidence } = matchCatalogue({ text, lower, codes, server });
  const ips = extractBlockedIps(text, lower, readAddress);
  const platform = row.platform === 'from-text' ? server.platform : row.platform;
  const platformEvidence =
    row.platform === 'from-text' && server.platform !== 'unknown' ? [server.evidence ?? ''] : [];
  const named = row.namedTarget ? findNamedTarget(text, row.namedTarget) : undefined;
  return {
    platform,
    codes: codes.map((hit) => hit.code),
    ips: ips.map((found) => found.ip),
    remedy: row.remedy,
    rule: row.id,
    listing: row.listing,
    target: named ?? row.target,
    explanation: row.explanation,
    evidence: unique([...evidence, ...platformEvidence, ...ips.map((found) => found.evidence)]),
  };
}

const rank = (verdict: BounceVerdict) => REMEDY_PRIORITY.indexOf(verdict.remedy);

/**
 * Reads a pasted Microsoft rejection (or several): which list, which platform, which sending IPs,
 * and what to do next. Pure and linear in the input; never throws.
 */
export function analyzeBounce(text: string): BounceAnalysis {
  const lines = cleanBounceLines(typeof text === 'string' ? text : '');
  const bounces: BounceVerdict[] = [];
  const seen = new Set<string>();
  const readAddress = cachedAddressReader();
  for (const record of splitBounces(lines)) {
    const verdict = analyzeRecord(record, readAddress);
    // A DSN repeats its reply in the human and the machine part: one bounce, said twice.
    const key = `${verdict.rule} ${verdict.platform} ${verdict.ips.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bounces.push({ ...verdict, text: record.join('\n') });
  }
  const lead = bounces.reduce<BounceVerdict | undefined>(
    (best, verdict) => (best && rank(best) <= rank(verdict) ? best : verdict),
    undefined,
  );
  const platforms = new Set(bounces.map((verdict) => verdict.platform));
  platforms.delete('unknown');
  const summary: BounceVerdict = lead ?? {
    platform: 'unknown',
    codes: [],
    ips: [],
    remedy: UNRECOGNISED.remedy,
    rule: UNRECOGNISED.id,
    listing: UNRECOGNISED.listing,
    target: UNRECOGNISED.target,
    explanation: UNRECOGNISED.explanation,
    evidence: [],
    text: '',
  };
  return {
    ...summary,
    codes: unique(bounces.flatMap((verdict) => verdict.codes)),
    ips: unique(bounces.flatMap((verdict) => verdict.ips)),
    bounces,
    mixedPlatforms: platforms.size > 1,
    cleanedText: bounces.map((verdict) => verdict.text).join('\n\n'),
  };
}
