import { z } from 'zod/mini';
import { SETTINGS_KEY, SYNC_STATUS_KEY } from './storage-keys';
import type { AreaSnapshot } from './storage-patch';

/** Per-device choices, always in storage.local. */
export const storageSettingsSchema = z.object({ syncEnabled: z.boolean() });
export type StorageSettings = z.infer<typeof storageSettingsSchema>;
export const DEFAULT_SETTINGS: StorageSettings = { syncEnabled: false };

/** The last browser-sync write failure; cleared by the next successful one. */
export const syncStatusSchema = z.object({ error: z.string(), at: z.string() });
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export function readSettings(local: AreaSnapshot): { settings: StorageSettings; valid: boolean } {
  if (!(SETTINGS_KEY in local)) return { settings: DEFAULT_SETTINGS, valid: true };
  const parsed = storageSettingsSchema.safeParse(local[SETTINGS_KEY]);
  return parsed.success
    ? { settings: parsed.data, valid: true }
    : { settings: DEFAULT_SETTINGS, valid: false };
}

export function readSyncStatus(local: AreaSnapshot): SyncStatus | undefined {
  const parsed = syncStatusSchema.safeParse(local[SYNC_STATUS_KEY]);
  return parsed.success ? parsed.data : undefined;
}
