import browser from 'webextension-polyfill';
import type { StoredProfile } from '../../core/profile';
import { t } from '../i18n';
import { makeBackup } from './backups';
import {
  DEFAULT_PROFILE_KEY,
  profileKey,
  SETTINGS_KEY,
  SYNC_STATUS_KEY,
  syncLocalKey,
} from './storage-keys';
import { withStorageLock } from './storage-lock';
import { emptyPatch, mergePatches, type StoragePatch } from './storage-patch';
import type { StorageSettings } from './storage-settings';
import { failure, type StoreResult, success } from './store-result';
import { interpret, readRawStore, type StoreSnapshot, timestamp } from './store-snapshot';
import { patchesFor } from './store-transaction';
import { writeStore } from './store-write';

/** Profiles of both sides by id; where both have one, the later edit wins and the other is kept aside. */
function mergeNewest(
  into: StoreSnapshot,
  from: StoreSnapshot,
  fromArea: 'local' | 'sync',
  now: string,
): { profiles: StoredProfile[]; backups: StoragePatch } {
  const backups = emptyPatch();
  const merged = new Map(into.decoded.profiles.map((p) => [p.id, p]));
  for (const profile of from.decoded.profiles) {
    const other = merged.get(profile.id);
    if (!other) {
      merged.set(profile.id, profile);
      continue;
    }
    if (JSON.stringify(other) === JSON.stringify(profile)) continue;
    const [winner, loser, loserArea] =
      profile.updatedAt > other.updatedAt
        ? [profile, other, into.area]
        : [other, profile, fromArea];
    const [key, entry] = makeBackup(
      loserArea,
      profileKey(loser.id),
      loser,
      t('storageReasonOlderCopy'),
      true,
      now,
    );
    backups.set[key] = entry;
    merged.set(winner.id, winner);
  }
  return { profiles: [...merged.values()], backups };
}

const settingsPatch = (settings: StorageSettings): StoragePatch => ({
  set: { [SETTINGS_KEY]: settings },
  remove: [SYNC_STATUS_KEY],
});

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Moves every profile into browser sync, merged with what other devices already put there. Refused
 * as a whole, with the reason, when any profile or the total would not fit: nothing changes then.
 */
export function enableSync(): Promise<StoreResult<void>> {
  return withStorageLock(async () => {
    const raw = await readRawStore();
    if (raw.settings.syncEnabled) return success(undefined);
    const now = timestamp();
    const local = interpret(raw, now);
    let syncArea: Record<string, unknown>;
    try {
      syncArea = await browser.storage.sync.get(null);
    } catch (error) {
      return failure('sync', t('storageErrorSync', errorText(error)));
    }
    const syncRaw = { local: raw.local, sync: syncArea, settings: { syncEnabled: true } };
    const synced = interpret(syncRaw, now);
    if (synced.newerVersion) return failure('newer-version', t('storageErrorNewerVersion'));
    const { profiles, backups } = mergeNewest(synced, local, 'local', now);
    const defaultProfileId = local.decoded.defaultProfileId ?? synced.decoded.defaultProfileId;
    const patches = patchesFor(synced, { upsert: profiles, defaultProfileId });
    if (!patches.ok) return patches;
    const leaveLocal: StoragePatch = {
      set: {},
      remove: [...local.decoded.profiles.map((p) => profileKey(p.id)), DEFAULT_PROFILE_KEY],
    };
    const localPatch = [
      local.pending.local,
      synced.pending.local,
      patches.value.local,
      backups,
      leaveLocal,
      settingsPatch({ syncEnabled: true }),
    ].reduce(mergePatches);
    return writeStore(
      syncRaw,
      { local: localPatch, sync: mergePatches(synced.pending.sync, patches.value.sync) },
      now,
    );
  });
}

/**
 * Brings the synced profiles back to this device only. Browser sync keeps its copy for the user's
 * other devices.
 */
export function disableSync(): Promise<StoreResult<{ fieldsOnOtherDevices: string[] }>> {
  return withStorageLock(async () => {
    const raw = await readRawStore();
    if (!raw.settings.syncEnabled) return success({ fieldsOnOtherDevices: [] });
    const now = timestamp();
    const synced = interpret(raw, now);
    const localRaw = { local: raw.local, settings: { syncEnabled: false } };
    const local = interpret(localRaw, now);
    const { profiles, backups } = mergeNewest(local, synced, 'sync', now);
    const defaultProfileId = synced.decoded.defaultProfileId ?? local.decoded.defaultProfileId;
    const patches = patchesFor(local, { upsert: profiles, defaultProfileId });
    if (!patches.ok) return patches;
    const keptLocal: StoragePatch = {
      set: {},
      remove: synced.decoded.profiles.map((p) => syncLocalKey(p.id)),
    };
    const localPatch = [
      local.pending.local,
      synced.pending.local,
      patches.value.local,
      backups,
      keptLocal,
      settingsPatch({ syncEnabled: false }),
    ].reduce(mergePatches);
    const written = await writeStore(localRaw, { local: localPatch, sync: emptyPatch() }, now);
    if (!written.ok) return written;
    // Texts another device kept to itself cannot come along; the options page names these profiles.
    const fieldsOnOtherDevices = synced.decoded.profiles
      .filter((p) => synced.decoded.localOnly[p.id]?.some(({ here }) => !here))
      .map((p) => p.name);
    return success({ fieldsOnOtherDevices });
  });
}
