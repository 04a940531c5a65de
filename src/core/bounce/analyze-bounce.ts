import { UNRECOGNISED } from './bounce-catalogue';
import { type BounceReading, BounceSignals, readBounce, rowAndPlatform } from './bounce-reading';
import {
  type BounceAnalysis,
  type BouncePlatform,
  type BounceVerdict,
  REMEDY_PRIORITY,
} from './bounce-types';
import { cleanBounceLines } from './clean-bounce-text';
import { cachedAddressReader } from './extract-blocked-ips';
import { findNamedTarget } from './find-named-target';
import { RepeatFilter } from './repeat-filter';
import { splitBounces } from './split-bounces';

/**
 * A run of white space other than one space: as `/\s{2,}|[^\S ]/g` would find it, but faster
 * to scan for (most characters it looks at are single spaces between words).
 */
const WHITE_SPACE_RUN = / \s+|[^\S ]\s*/g;

/** The lines joined: most bounces of a log are one line, which needs no `join` call. */
const joined = (lines: readonly string[], separator: string) =>
  lines.length === 1 ? (lines[0] ?? '') : lines.join(separator);

const unique = (items: Iterable<string>) => [...new Set(items)];

/** The verdict on a bounce that is kept; `lines` are its cleaned lines. */
function verdictOf(reading: BounceReading, lines: readonly string[]): BounceVerdict {
  const { signals, server, match, platform } = reading;
  const { text, codes, ips } = signals;
  const { row, evidence } = match;
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
    text: joined(lines, '\n'),
  };
}

const rank = (verdict: BounceVerdict) => REMEDY_PRIORITY.indexOf(verdict.remedy);

/**
 * Reads a pasted Microsoft rejection (or several): which list, which platform, which sending IPs,
 * and what to do next. Pure and linear in the input; never throws.
 */
export function analyzeBounce(text: string): BounceAnalysis {
  return summary(distinctBounces(cleanBounceLines(typeof text === 'string' ? text : '')));
}

/**
 * The verdict on each distinct bounce of the cleaned lines, in order. The per-bounce loop has a
 * function of its own so that the engine optimises it apart from the summary.
 */
function distinctBounces(lines: readonly string[]): BounceVerdict[] {
  const bounces: BounceVerdict[] = [];
  const repeats = new RepeatFilter();
  const readAddress = cachedAddressReader();
  const records = splitBounces(lines);
  // An index loop: leaving a for-of loop made the engine throw away its optimised code each call.
  for (let index = 0; index < records.length; index++) {
    const record = records[index] ?? [];
    // One line, single spaces: Microsoft's sentences are often wrapped across lines.
    const text = joined(record, ' ').replace(WHITE_SPACE_RUN, ' ');
    const signals = new BounceSignals(text, readAddress);
    const { row, platform } = rowAndPlatform(signals);
    // A DSN repeats its reply in the human and the machine part: one bounce, said twice. A long
    // log repeats the same few: what only a kept bounce needs is worked out after this check.
    if (!repeats.isNew(row, platform, signals.ips)) continue;
    bounces.push(verdictOf(readBounce(signals), record));
  }
  return bounces;
}

/** The analysis of the whole paste from its distinct bounces. */
function summary(bounces: readonly BounceVerdict[]): BounceAnalysis {
  // One loop rather than a flatMap and a set per field: this runs once per paste, but on a long
  // log over hundreds of distinct bounces.
  let lead: BounceVerdict | undefined;
  const codes = new Set<string>();
  const ips = new Set<string>();
  const platforms = new Set<BouncePlatform>();
  for (const verdict of bounces) {
    if (!lead || rank(verdict) < rank(lead)) lead = verdict;
    for (const code of verdict.codes) codes.add(code);
    for (const ip of verdict.ips) ips.add(ip);
    if (verdict.platform !== 'unknown') platforms.add(verdict.platform);
  }
  const leading: BounceVerdict = lead ?? {
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
    ...leading,
    codes: [...codes],
    ips: [...ips],
    bounces,
    mixedPlatforms: platforms.size > 1,
    cleanedText: bounces.map((verdict) => verdict.text).join('\n\n'),
  };
}
