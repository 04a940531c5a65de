import type { BounceCatalogueRow } from './bounce-catalogue';
import type { BouncePlatform } from './bounce-types';
import type { BlockedIp } from './extract-blocked-ips';

/**
 * Tells whether a bounce says something new: a DSN repeats its reply in the human and the machine
 * part, and a long log repeats the same few bounces. Keyed by the row object and the platform (no
 * key string to build and hash per bounce), then by the IPs, which are the reader's cached strings.
 */
export class RepeatFilter {
  private readonly seen = new Map<BounceCatalogueRow, Map<BouncePlatform, Set<string>>>();

  /** True the first time this row, platform and list of IPs come together. */
  isNew(row: BounceCatalogueRow, platform: BouncePlatform, ips: readonly BlockedIp[]): boolean {
    let byPlatform = this.seen.get(row);
    if (!byPlatform) {
      byPlatform = new Map();
      this.seen.set(row, byPlatform);
    }
    let kept = byPlatform.get(platform);
    if (!kept) {
      kept = new Set();
      byPlatform.set(platform, kept);
    }
    // One IP (the usual case) is its own key.
    const key = ips.length === 1 ? (ips[0]?.ip ?? '') : ips.map((found) => found.ip).join(' ');
    if (kept.has(key)) return false;
    kept.add(key);
    return true;
  }
}
