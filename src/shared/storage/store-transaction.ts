import type { StoredProfile } from '../../core/profile';
import { t } from '../i18n';
import { oldest } from './decode-profiles';
import { DEFAULT_PROFILE_KEY, profileKey, syncLocalKey } from './storage-keys';
import { withStorageLock } from './storage-lock';
import { emptyPatch, mergePatches, type StoragePatch } from './storage-patch';
import { failure, type StoreResult, success } from './store-result';
import { interpret, readRawStore, type StoreSnapshot, timestamp } from './store-snapshot';
import { writeStore } from './store-write';
import { splitForSync, syncLimits } from './sync-quota';

/** Profiles to write or remove, and optionally a new default (null: none). */
export interface ProfileChange {
  readonly upsert?: readonly StoredProfile[];
  readonly remove?: readonly string[];
  readonly defaultProfileId?: string | null;
}

export type Decision<T> = StoreResult<{ change: ProfileChange; value: T }>;

/** The storage writes for a change, or why browser sync cannot take it. */
export function patchesFor(
  snapshot: StoreSnapshot,
  change: ProfileChange,
): StoreResult<{ local: StoragePatch; sync: StoragePatch }> {
  const area = emptyPatch();
  const local = emptyPatch();
  const { decoded, raw } = snapshot;
  const limits = syncLimits();
  const removed = new Set(change.remove ?? []);
  const final = new Map(decoded.profiles.filter((p) => !removed.has(p.id)).map((p) => [p.id, p]));

  for (const id of removed) {
    area.remove.push(profileKey(id));
    if (syncLocalKey(id) in raw.local) local.remove.push(syncLocalKey(id));
  }
  for (const profile of change.upsert ?? []) {
    const key = profileKey(profile.id);
    final.set(profile.id, profile);
    if (snapshot.area === 'local') {
      area.set[key] = profile;
      continue;
    }
    const split = splitForSync(key, profile, limits.perItem);
    if (!split.ok) {
      return failure(
        'too-large',
        t('storageErrorTooLarge', [profile.name, String(split.bytes), String(split.limit)]),
      );
    }
    // A field kept on another device arrives here empty: keep saying where it is.
    const elsewhere = (decoded.localOnly[profile.id] ?? [])
      .filter(({ field, here }) => !here && profile[field] === '')
      .map(({ field }) => field);
    const localFields = [...new Set([...(split.item.localFields ?? []), ...elsewhere])];
    area.set[key] = localFields.length > 0 ? { ...split.item, localFields } : split.item;
    if (Object.keys(split.local).length > 0) local.set[syncLocalKey(profile.id)] = split.local;
    else if (syncLocalKey(profile.id) in raw.local) local.remove.push(syncLocalKey(profile.id));
  }

  const wanted =
    change.defaultProfileId === undefined ? decoded.defaultProfileId : change.defaultProfileId;
  const defaultId =
    wanted && final.has(wanted) ? wanted : (oldest([...final.values()])?.id ?? null);
  if (defaultId) area.set[DEFAULT_PROFILE_KEY] = defaultId;
  else area.remove.push(DEFAULT_PROFILE_KEY);

  return snapshot.area === 'local'
    ? success({ local: mergePatches(area, local), sync: emptyPatch() })
    : success({ local, sync: area });
}

/**
 * One read-modify-write of the profile store, serialised with every other window's: `decide`
 * sees the store as it is now (validated and repaired), so no write is based on a stale read.
 */
export function mutate<T>(
  decide: (snapshot: StoreSnapshot, now: string) => Decision<T>,
): Promise<StoreResult<T>> {
  return withStorageLock(async () => {
    const raw = await readRawStore();
    const now = timestamp();
    const snapshot = interpret(raw, now);
    if (snapshot.newerVersion) return failure('newer-version', t('storageErrorNewerVersion'));
    const decision = decide(snapshot, now);
    if (!decision.ok) return decision;
    const patches = patchesFor(snapshot, decision.value.change);
    if (!patches.ok) return patches;
    const written = await writeStore(
      raw,
      {
        local: mergePatches(snapshot.pending.local, patches.value.local),
        sync: mergePatches(snapshot.pending.sync, patches.value.sync),
      },
      now,
    );
    return written.ok ? success(decision.value.value) : written;
  });
}

/** `now`, or just after `previous` if the clock has not moved past it: edits stay ordered. */
export function nextTimestamp(now: string, previous?: string): string {
  if (!previous || now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}
