import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getProfile,
  loadProfileState,
  saveProfile,
} from '../../../src/shared/storage/profile-store';
import { itemBytes } from '../../../src/shared/storage/sync-quota';
import { disableSync, enableSync } from '../../../src/shared/storage/sync-toggle';
import { useEnglishMessages } from './english-messages';
import { dumpStorage, validProfile } from './profile-fixtures';

beforeEach(useEnglishMessages);
afterEach(() => vi.restoreAllMocks());

const longText = (bytes: number) => 'x'.repeat(bytes);

const mustSave = async (...args: Parameters<typeof saveProfile>) => {
  const result = await saveProfile(...args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('browser sync', () => {
  it('moves every profile into storage.sync and reads them from there', async () => {
    const a = await mustSave(validProfile({ name: 'A' }));
    const b = await mustSave(validProfile({ name: 'B' }));
    expect(await enableSync()).toEqual({ ok: true, value: undefined });

    const { local, sync } = await dumpStorage();
    expect(Object.keys(sync)).toEqual(
      expect.arrayContaining([`profile:${a.id}`, `profile:${b.id}`, 'defaultProfileId']),
    );
    expect(Object.keys(local).filter((key) => key.startsWith('profile:'))).toEqual([]);
    const state = await loadProfileState();
    expect(state.syncEnabled).toBe(true);
    expect(state.profiles.map((p) => p.name)).toEqual(['A', 'B']);
    expect(state.defaultProfileId).toBe(a.id);
  });

  it('keeps error messages too long for one sync item on this device, and says so', async () => {
    await enableSync();
    const bounce = longText(9000);
    const profile = await mustSave(validProfile({ name: 'Long bounce', errorMessages: bounce }));

    const { local, sync } = await dumpStorage();
    const item = sync[`profile:${profile.id}`] as Record<string, unknown>;
    expect(item.errorMessages).toBe('');
    expect(item.localFields).toEqual(['errorMessages']);
    expect(itemBytes(`profile:${profile.id}`, item)).toBeLessThanOrEqual(8192);
    expect(local[`syncLocal:${profile.id}`]).toEqual({ errorMessages: bounce });

    expect((await getProfile(profile.id))?.errorMessages).toBe(bounce);
    expect((await loadProfileState()).localOnly[profile.id]).toEqual([
      { field: 'errorMessages', here: true },
    ]);
  });

  it('on another device, says where the kept-local text is and keeps saying it after an edit there', async () => {
    const profile = validProfile({ name: 'Synced elsewhere', errorMessages: '' });
    const key = `profile:${profile.id}`;
    await fakeBrowser.storage.local.set({ storageSettings: { syncEnabled: true } });
    await fakeBrowser.storage.sync.set({
      schemaVersion: 1,
      [key]: { ...profile, localFields: ['errorMessages'] },
    });

    expect((await loadProfileState()).localOnly[profile.id]).toEqual([
      { field: 'errorMessages', here: false },
    ]);
    await mustSave({ ...profile, contactName: 'Edited here' });
    expect(
      ((await fakeBrowser.storage.sync.get(key))[key] as { localFields?: string[] }).localFields,
    ).toEqual(['errorMessages']);
  });

  it('refuses a profile that cannot fit one sync item even without its long texts, changing nothing', async () => {
    await enableSync();
    const before = await dumpStorage();
    const huge = validProfile({ name: 'Huge', issueTitle: longText(9000) });
    const result = await saveProfile(huge);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) expect(result.error.message).toMatch(/Huge.*too large for browser sync.*8192/);
    expect(await dumpStorage()).toEqual(before);
  });

  it('refuses a write past the total sync quota, changing nothing', async () => {
    await enableSync();
    for (let i = 0; i < 13; i++)
      await mustSave(validProfile({ name: `P${i}`, notes: longText(7000) }));
    const before = await dumpStorage();
    const result = await saveProfile(validProfile({ name: 'One too many', notes: longText(7000) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
    if (!result.ok) expect(result.error.message).toContain('102400');
    expect(await dumpStorage()).toEqual(before);
  });

  it('refuses to turn sync on when the profiles would not fit, and stays local', async () => {
    for (let i = 0; i < 15; i++)
      await mustSave(validProfile({ name: `P${i}`, notes: longText(7000) }));
    const before = await dumpStorage();
    const result = await enableSync();
    expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await dumpStorage()).toEqual(before);
    expect((await loadProfileState()).syncEnabled).toBe(false);
  });

  it('shows a sync error the browser raises, keeps the data as it was, and clears it after a success', async () => {
    await enableSync();
    const profile = await mustSave(validProfile({ name: 'Before' }));
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const result = await saveProfile({ ...profile, name: 'After' });
    expect(result).toMatchObject({ ok: false, error: { code: 'sync' } });
    if (!result.ok) expect(result.error.message).toContain('MAX_WRITE_OPERATIONS_PER_MINUTE');

    const state = await loadProfileState();
    expect(state.profiles.map((p) => p.name)).toEqual(['Before']);
    expect(state.problems).toEqual([expect.objectContaining({ kind: 'sync-error' })]);

    set.mockRestore();
    await mustSave({ ...profile, name: 'After' });
    expect((await loadProfileState()).problems).toEqual([]);
  });

  it('merges with profiles another device already synced; the later edit of a shared profile wins', async () => {
    const shared = validProfile({ name: 'Shared', updatedAt: '2025-01-01T00:00:00.000Z' });
    const remoteOnly = validProfile({ name: 'Remote' });
    await fakeBrowser.storage.sync.set({
      schemaVersion: 1,
      [`profile:${shared.id}`]: {
        ...shared,
        contactName: 'Remote, newer',
        updatedAt: '2025-06-01T00:00:00.000Z',
      },
      [`profile:${remoteOnly.id}`]: remoteOnly,
    });
    await fakeBrowser.storage.local.set({ schemaVersion: 1, [`profile:${shared.id}`]: shared });

    expect((await enableSync()).ok).toBe(true);
    const state = await loadProfileState();
    expect(state.profiles.map((p) => p.name).sort()).toEqual(['Remote', 'Shared']);
    expect(state.profiles.find((p) => p.id === shared.id)?.contactName).toBe('Remote, newer');
    // The older local copy is kept aside, not dropped.
    expect(state.problems).toEqual([
      expect.objectContaining({ kind: 'kept-aside', originalKey: `profile:${shared.id}` }),
    ]);
  });

  it('turning sync off brings every profile, long texts included, back to this device', async () => {
    await enableSync();
    const bounce = longText(9000);
    const profile = await mustSave(validProfile({ name: 'Round trip', errorMessages: bounce }));
    const result = await disableSync();
    expect(result).toEqual({ ok: true, value: { fieldsOnOtherDevices: [] } });

    const { local, sync } = await dumpStorage();
    expect(local[`profile:${profile.id}`]).toMatchObject({ errorMessages: bounce });
    expect(local[`syncLocal:${profile.id}`]).toBeUndefined();
    // Browser sync keeps its copy for the user's other devices.
    expect(sync[`profile:${profile.id}`]).toBeDefined();
    const state = await loadProfileState();
    expect(state.syncEnabled).toBe(false);
    expect((await getProfile(profile.id))?.errorMessages).toBe(bounce);
  });
});
