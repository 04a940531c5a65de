import browser from 'webextension-polyfill';
import { t } from '../i18n';
import { SYNC_STATUS_KEY } from './storage-keys';
import { applyPatch, isEmptyPatch, mergePatches, type StoragePatch } from './storage-patch';
import type { SyncStatus } from './storage-settings';
import { failure, type StoreResult, success } from './store-result';
import type { RawStore } from './store-snapshot';
import { checkSyncTotals } from './sync-quota';

async function writeArea(area: 'local' | 'sync', patch: StoragePatch): Promise<void> {
  const storage = browser.storage[area];
  if (Object.keys(patch.set).length > 0) await storage.set(patch.set);
  const remove = patch.remove.filter((key) => !(key in patch.set));
  if (remove.length > 0) await storage.remove(remove);
}

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Writes both areas, sync first: if the browser refuses the sync write, nothing is written locally
 * except the failure itself, which stays visible until a later sync write succeeds.
 */
export async function writeStore(
  raw: RawStore,
  patches: { local: StoragePatch; sync: StoragePatch },
  now: string,
): Promise<StoreResult<void>> {
  let local = patches.local;
  if (!isEmptyPatch(patches.sync)) {
    const quota = checkSyncTotals(applyPatch(raw.sync ?? {}, patches.sync));
    if (!quota.ok) {
      return quota.kind === 'total'
        ? failure('quota', t('storageErrorSyncFull', [String(quota.bytes), String(quota.limit)]))
        : failure('quota', t('storageErrorSyncItems', [String(quota.items), String(quota.limit)]));
    }
    try {
      await writeArea('sync', patches.sync);
    } catch (error) {
      const status: SyncStatus = { error: errorText(error), at: now };
      await browser.storage.local.set({ [SYNC_STATUS_KEY]: status });
      return failure('sync', t('storageErrorSync', status.error));
    }
    if (SYNC_STATUS_KEY in raw.local)
      local = mergePatches(local, { set: {}, remove: [SYNC_STATUS_KEY] });
  }
  await writeArea('local', local);
  return success(undefined);
}
