import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { listBackups, makeBackup, type StorageAreaName } from './backups';
import { type DecodedProfiles, decodeProfiles } from './decode-profiles';
import { planMigrations } from './migrations';
import { SETTINGS_KEY } from './storage-keys';
import {
  type AreaSnapshot,
  applyPatch,
  emptyPatch,
  mergePatches,
  type StoragePatch,
} from './storage-patch';
import type { StorageProblem } from './storage-problems';
import {
  DEFAULT_SETTINGS,
  readSettings,
  readSyncStatus,
  type StorageSettings,
} from './storage-settings';

/** Both storage areas as read in one go, before any interpretation. */
export interface RawStore {
  readonly local: AreaSnapshot;
  /** Present when the profiles live in browser sync. */
  readonly sync?: AreaSnapshot;
  readonly settings: StorageSettings;
}

/** What the store holds, validated, plus the writes that bring storage in line with it. */
export interface StoreSnapshot {
  readonly raw: RawStore;
  readonly area: StorageAreaName;
  readonly decoded: DecodedProfiles;
  /** Set when the profile area was written by a newer version: it is read, never written. */
  readonly newerVersion?: { stored: number; known: number };
  readonly problems: StorageProblem[];
  /** Migrations and repairs still to write (empty when storage is already clean). */
  readonly pending: { local: StoragePatch; sync: StoragePatch };
}

export async function readRawStore(): Promise<RawStore> {
  const local = await browser.storage.local.get(null);
  const { settings } = readSettings(local);
  const sync = settings.syncEnabled ? await browser.storage.sync.get(null) : undefined;
  return { local, settings, ...(sync ? { sync } : {}) };
}

export const timestamp = (): string => new Date().toISOString();

export function interpret(raw: RawStore, now = timestamp()): StoreSnapshot {
  let local = emptyPatch();
  let sync = emptyPatch();

  if (!readSettings(raw.local).valid) {
    const [key, entry] = makeBackup(
      'local',
      SETTINGS_KEY,
      raw.local[SETTINGS_KEY],
      'invalid settings',
      true,
      now,
    );
    local = mergePatches(local, {
      set: { [key]: entry, [SETTINGS_KEY]: DEFAULT_SETTINGS },
      remove: [],
    });
  }

  const localPlan = planMigrations(raw.local);
  if (localPlan.kind === 'migrate') local = mergePatches(local, localPlan.patch);

  const area: StorageAreaName = raw.sync ? 'sync' : 'local';
  const areaSnapshot = raw.sync ?? raw.local;
  const areaPlan = area === 'sync' ? planMigrations(areaSnapshot) : localPlan;
  if (area === 'sync' && areaPlan.kind === 'migrate') sync = mergePatches(sync, areaPlan.patch);
  const newerVersion =
    areaPlan.kind === 'newer' ? { stored: areaPlan.stored, known: areaPlan.known } : undefined;

  const migrated = applyPatch(areaSnapshot, area === 'sync' ? sync : local);
  const decoded = decodeProfiles(area, migrated, raw.local, now);
  if (newerVersion) {
    // Written by a newer version: show what can be read, change nothing it owns.
    sync = emptyPatch();
    if (localPlan.kind === 'newer') local = emptyPatch();
  } else {
    if (area === 'sync') sync = mergePatches(sync, decoded.areaPatch);
    else local = mergePatches(local, decoded.areaPatch);
    local = mergePatches(local, decoded.localPatch);
  }

  const afterLocal = applyPatch(raw.local, local);
  const problems: StorageProblem[] = listBackups(afterLocal).map((backup) => ({
    kind: 'kept-aside',
    backupKey: backup.key,
    originalKey: backup.originalKey,
    repaired: backup.repaired,
    savedAt: backup.savedAt,
    message: t(backup.repaired ? 'storageProblemRepaired' : 'storageProblemKeptAside', [
      backup.originalKey,
      backup.reason,
    ]),
  }));
  if (newerVersion) {
    problems.push({
      kind: 'newer-version',
      message: t('storageProblemNewerVersion', [
        String(newerVersion.stored),
        String(newerVersion.known),
      ]),
    });
  }
  const syncStatus = readSyncStatus(raw.local);
  if (syncStatus) {
    problems.push({
      kind: 'sync-error',
      message: t('storageProblemSyncError', syncStatus.error),
      at: syncStatus.at,
    });
  }
  return {
    raw,
    area,
    decoded,
    problems,
    pending: { local, sync },
    ...(newerVersion ? { newerVersion } : {}),
  };
}
