/**
 * Every key this store owns. Profiles live one per key so that two windows editing different
 * profiles never overwrite each other; keys without these names belong to other features and are
 * never touched.
 */
export const SCHEMA_VERSION_KEY = 'schemaVersion';
export const DEFAULT_PROFILE_KEY = 'defaultProfileId';
/** Device settings, always in storage.local. */
export const SETTINGS_KEY = 'storageSettings';
/** The last browser-sync failure, always in storage.local, shown until a sync write succeeds. */
export const SYNC_STATUS_KEY = 'syncStatus';

const PROFILE_PREFIX = 'profile:';
/** Fields of a synced profile too long for browser sync, kept on this device (storage.local). */
const SYNC_LOCAL_PREFIX = 'syncLocal:';
/** Damaged data moved out of the way, always in storage.local, never deleted by the extension. */
const BACKUP_PREFIX = 'backup:';

export const profileKey = (id: string): string => `${PROFILE_PREFIX}${id}`;
export const syncLocalKey = (id: string): string => `${SYNC_LOCAL_PREFIX}${id}`;
export const backupKey = (originalKey: string, savedAt: string): string =>
  `${BACKUP_PREFIX}${savedAt}:${originalKey}`;

const idAfter = (prefix: string, key: string): string | undefined =>
  key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : undefined;

export const profileIdOf = (key: string): string | undefined => idAfter(PROFILE_PREFIX, key);
export const syncLocalIdOf = (key: string): string | undefined => idAfter(SYNC_LOCAL_PREFIX, key);
export const isBackupKey = (key: string): boolean => key.startsWith(BACKUP_PREFIX);

const OWN_KEYS = new Set([SCHEMA_VERSION_KEY, DEFAULT_PROFILE_KEY, SETTINGS_KEY, SYNC_STATUS_KEY]);

/** Whether a storage key belongs to the profile store (a change to it means: reload). */
export const isStoreKey = (key: string): boolean =>
  OWN_KEYS.has(key) ||
  profileIdOf(key) !== undefined ||
  syncLocalIdOf(key) !== undefined ||
  isBackupKey(key);
