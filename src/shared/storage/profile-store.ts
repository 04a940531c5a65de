import browser from 'webextension-polyfill';
import { createProfile, type StoredProfile, storedProfileSchema } from '../../core/profile';
import { t } from '../i18n';
import { describeIssues } from './decode-profiles';
import { isStoreKey } from './storage-keys';
import { withStorageLock } from './storage-lock';
import { isEmptyPatch } from './storage-patch';
import type { StorageProblem } from './storage-problems';
import { failure, type StoreResult, success } from './store-result';
import { interpret, readRawStore, type StoreSnapshot, timestamp } from './store-snapshot';
import { mutate, nextTimestamp } from './store-transaction';
import { writeStore } from './store-write';
import type { LocalOnlyField } from './sync-quota';

export type { StorageProblem } from './storage-problems';
export type { StoreError, StoreResult } from './store-result';

export interface ProfileState {
  /** Sorted by name. */
  readonly profiles: StoredProfile[];
  readonly defaultProfileId: string | null;
  readonly problems: StorageProblem[];
  readonly syncEnabled: boolean;
  /** Synced profiles whose long texts stay on one device: which fields, and whether on this one. */
  readonly localOnly: Readonly<Record<string, readonly { field: LocalOnlyField; here: boolean }[]>>;
}

const toState = (snapshot: StoreSnapshot): ProfileState => ({
  profiles: snapshot.decoded.profiles,
  defaultProfileId: snapshot.decoded.defaultProfileId,
  problems: snapshot.problems,
  syncEnabled: snapshot.raw.settings.syncEnabled,
  localOnly: snapshot.decoded.localOnly,
});

/**
 * Every profile, validated. A store that needs migrating or repairing is fixed first, under the
 * store lock; a clean one costs one read per area.
 */
export async function loadProfileState(): Promise<ProfileState> {
  const first = interpret(await readRawStore());
  if (isClean(first)) return toState(first);
  return withStorageLock(async () => {
    const raw = await readRawStore();
    const now = timestamp();
    const snapshot = interpret(raw, now);
    if (isClean(snapshot)) return toState(snapshot);
    await writeStore(raw, snapshot.pending, now);
    return toState(interpret(await readRawStore(), now));
  });
}

const isClean = (snapshot: StoreSnapshot): boolean =>
  isEmptyPatch(snapshot.pending.local) && isEmptyPatch(snapshot.pending.sync);

export async function getProfile(id: string): Promise<StoredProfile | undefined> {
  return (await loadProfileState()).profiles.find((profile) => profile.id === id);
}

/** The profile the keyboard shortcut and a fresh popup use. */
export async function getDefaultProfile(): Promise<StoredProfile | undefined> {
  const state = await loadProfileState();
  return state.profiles.find((profile) => profile.id === state.defaultProfileId);
}

export interface SaveOptions {
  /**
   * The `updatedAt` the editor started from (null for a new profile). When the stored profile no
   * longer has it, another window saved meanwhile and the save is refused as a conflict rather
   * than silently overwriting that edit. Omit to overwrite on purpose.
   */
  readonly expectedUpdatedAt?: string | null;
}

/** Creates or replaces a profile; stamps `updatedAt` (and `createdAt` when new). */
export function saveProfile(
  profile: StoredProfile,
  options: SaveOptions = {},
): Promise<StoreResult<StoredProfile>> {
  const parsed = storedProfileSchema.safeParse(profile);
  if (!parsed.success)
    return Promise.resolve(failure('invalid', describeIssues(parsed.error.issues)));
  return mutate((snapshot, now) => {
    const existing = snapshot.decoded.profiles.find((p) => p.id === profile.id);
    const expected = options.expectedUpdatedAt;
    if (expected !== undefined && (existing?.updatedAt ?? null) !== expected) {
      return existing
        ? failure('conflict', t('storageErrorConflict', existing.name), existing)
        : failure('conflict', t('storageErrorDeletedElsewhere', profile.name));
    }
    const saved: StoredProfile = {
      ...parsed.data,
      createdAt: existing?.createdAt ?? parsed.data.createdAt,
      updatedAt: nextTimestamp(now, existing?.updatedAt),
    };
    return success({ change: { upsert: [saved] }, value: saved });
  });
}

export type ProfileFields = Omit<StoredProfile, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Changes some fields of a stored profile. A function patch is computed from the profile as it
 * is stored at write time, so appending to a field never drops another window's edit.
 */
export function updateProfile(
  id: string,
  patch: Partial<ProfileFields> | ((current: StoredProfile) => Partial<ProfileFields>),
): Promise<StoreResult<StoredProfile>> {
  return mutate((snapshot, now) => {
    const existing = snapshot.decoded.profiles.find((p) => p.id === id);
    if (!existing) return failure('not-found', t('storageErrorNotFound'));
    const changes = typeof patch === 'function' ? patch(existing) : patch;
    const parsed = storedProfileSchema.safeParse({
      ...existing,
      ...changes,
      id,
      updatedAt: nextTimestamp(now, existing.updatedAt),
    });
    if (!parsed.success) return failure('invalid', describeIssues(parsed.error.issues));
    return success({ change: { upsert: [parsed.data] }, value: parsed.data });
  });
}

/** What `restoreProfile` needs to undo a delete. */
export interface DeletedProfile {
  readonly profile: StoredProfile;
  readonly wasDefault: boolean;
}

export function deleteProfile(id: string): Promise<StoreResult<DeletedProfile>> {
  return mutate((snapshot) => {
    const profile = snapshot.decoded.profiles.find((p) => p.id === id);
    if (!profile) return failure('not-found', t('storageErrorNotFound'));
    const wasDefault = snapshot.decoded.defaultProfileId === id;
    return success({ change: { remove: [id] }, value: { profile, wasDefault } });
  });
}

/** Undo of a delete: the profile comes back as it was, default again if it was. */
export function restoreProfile(deleted: DeletedProfile): Promise<StoreResult<StoredProfile>> {
  return mutate(() =>
    success({
      change: {
        upsert: [deleted.profile],
        ...(deleted.wasDefault ? { defaultProfileId: deleted.profile.id } : {}),
      },
      value: deleted.profile,
    }),
  );
}

export function setDefaultProfile(id: string): Promise<StoreResult<string>> {
  return mutate((snapshot) =>
    snapshot.decoded.profiles.some((p) => p.id === id)
      ? success({ change: { defaultProfileId: id }, value: id })
      : failure('not-found', t('storageErrorNotFound')),
  );
}

/** A copy with a new id and " (copy)" after the name, saved next to the original. */
export function duplicateProfile(id: string): Promise<StoreResult<StoredProfile>> {
  return mutate((snapshot, now) => {
    const original = snapshot.decoded.profiles.find((p) => p.id === id);
    if (!original) return failure('not-found', t('storageErrorNotFound'));
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = original;
    const copy = {
      ...createProfile({ ...fields, name: t('profileCopyName', original.name) }),
      createdAt: now,
      updatedAt: now,
    };
    return success({ change: { upsert: [copy] }, value: copy });
  });
}

/**
 * Calls `listener` with the fresh state whenever any window changes the store. Returns the
 * unsubscribe function.
 */
export function subscribeToProfileState(listener: (state: ProfileState) => void): () => void {
  let running = false;
  let again = false;
  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        listener(await loadProfileState());
      } while (again);
    } finally {
      running = false;
    }
  };
  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if ((areaName === 'local' || areaName === 'sync') && Object.keys(changes).some(isStoreKey))
      void refresh();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The user's explicit choice after downloading (or not needing) a set-aside item. */
export function discardBackup(backupKey: string): Promise<void> {
  return withStorageLock(() => browser.storage.local.remove(backupKey));
}

/** A set-aside item exactly as it was found, for download. */
export async function readBackup(backupKey: string): Promise<unknown> {
  return (await browser.storage.local.get(backupKey))[backupKey];
}
