import { z } from 'zod/mini';
import { backupKey, isBackupKey } from './storage-keys';
import type { AreaSnapshot } from './storage-patch';

export type StorageAreaName = 'local' | 'sync';

/**
 * Data that failed validation, moved out of the way with the reason. The extension never removes
 * these on its own; the options page lets the user download or discard them.
 */
export const backupEntrySchema = z.object({
  originalKey: z.string(),
  area: z.enum(['local', 'sync']),
  savedAt: z.string(),
  /** What was wrong, for the user. */
  reason: z.string(),
  /** True when a repaired copy replaced the original; false when nothing could be kept in place. */
  repaired: z.boolean(),
  value: z.unknown(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema> & { key: string };

export function makeBackup(
  area: StorageAreaName,
  originalKey: string,
  value: unknown,
  reason: string,
  repaired: boolean,
  savedAt: string,
): [string, z.infer<typeof backupEntrySchema>] {
  return [backupKey(originalKey, savedAt), { originalKey, area, savedAt, reason, repaired, value }];
}

/** Every backup in storage.local, oldest first. A malformed backup is still listed, as found. */
export function listBackups(local: AreaSnapshot): BackupEntry[] {
  return Object.keys(local)
    .filter(isBackupKey)
    .sort()
    .map((key) => {
      const parsed = backupEntrySchema.safeParse(local[key]);
      if (parsed.success) return { ...parsed.data, key };
      return {
        key,
        originalKey: key,
        area: 'local',
        savedAt: '',
        reason: 'unreadable backup entry',
        repaired: false,
        value: local[key],
      };
    });
}
