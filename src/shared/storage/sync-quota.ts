import browser from 'webextension-polyfill';
import type { StoredProfile } from '../../core/profile';
import type { AreaSnapshot } from './storage-patch';

/** storage.sync limits (the browser's own constants when it exposes them; Chrome's documented values otherwise). */
export function syncLimits() {
  const sync = browser.storage.sync as unknown as Partial<Record<string, number>>;
  return {
    perItem: sync.QUOTA_BYTES_PER_ITEM ?? 8192,
    total: sync.QUOTA_BYTES ?? 102_400,
    maxItems: sync.MAX_ITEMS ?? 512,
  };
}

const encoder = new TextEncoder();

/** Bytes an item counts against the quota: its key plus its JSON text, as browsers measure it. */
export const itemBytes = (key: string, value: unknown): number =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** Long free-text fields, in the order they move to this device when a profile is too big to sync. */
export const LOCAL_ONLY_CANDIDATES = ['errorMessages', 'notes'] as const;
export type LocalOnlyField = (typeof LOCAL_ONLY_CANDIDATES)[number];

export type SyncItem = StoredProfile & { localFields?: LocalOnlyField[] };

export type SyncSplit =
  | { ok: true; item: SyncItem; local: Partial<Record<LocalOnlyField, string>> }
  | { ok: false; bytes: number; limit: number };

/**
 * The profile as one sync item under `key`. Fields that do not fit are blanked in the item,
 * named in `localFields` (so other devices can say where they are) and returned to be kept locally.
 */
export function splitForSync(key: string, profile: StoredProfile, perItem: number): SyncSplit {
  let item: SyncItem = { ...profile };
  const local: Partial<Record<LocalOnlyField, string>> = {};
  for (const field of LOCAL_ONLY_CANDIDATES) {
    if (itemBytes(key, item) <= perItem) break;
    if (!profile[field]) continue;
    local[field] = profile[field];
    item = { ...item, [field]: '', localFields: [...(item.localFields ?? []), field] };
  }
  const bytes = itemBytes(key, item);
  return bytes <= perItem ? { ok: true, item, local } : { ok: false, bytes, limit: perItem };
}

export type QuotaCheck =
  | { ok: true; bytes: number; items: number }
  | { ok: false; kind: 'total'; bytes: number; limit: number }
  | { ok: false; kind: 'items'; items: number; limit: number };

/** Whether the whole sync area, as it would be after a write, stays within the browser's limits. */
export function checkSyncTotals(after: AreaSnapshot, limits = syncLimits()): QuotaCheck {
  const entries = Object.entries(after);
  if (entries.length > limits.maxItems) {
    return { ok: false, kind: 'items', items: entries.length, limit: limits.maxItems };
  }
  const bytes = entries.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (bytes > limits.total) return { ok: false, kind: 'total', bytes, limit: limits.total };
  return { ok: true, bytes, items: entries.length };
}
