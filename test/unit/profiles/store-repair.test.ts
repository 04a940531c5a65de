import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  discardBackup,
  loadProfileState,
  readBackup,
  saveProfile,
} from '../../../src/shared/storage/profile-store';
import { useEnglishMessages } from './english-messages';
import { validProfile } from './profile-fixtures';

beforeEach(useEnglishMessages);

const backups = async () =>
  Object.entries(await fakeBrowser.storage.local.get(null)).filter(([key]) =>
    key.startsWith('backup:'),
  );

describe('validate and repair on load', () => {
  it('reads a profile missing text fields (an older or hand-edited one) with those fields empty', async () => {
    const { notes: _notes, website: _website, ...partial } = validProfile({ name: 'Old one' });
    await fakeBrowser.storage.local.set({ schemaVersion: 1, [`profile:${partial.id}`]: partial });
    const state = await loadProfileState();
    expect(state.profiles).toEqual([{ ...partial, notes: '', website: '' }]);
    expect(state.problems).toEqual([]);
  });

  it('repairs a profile whose timestamps are missing, and keeps the original aside', async () => {
    const { createdAt: _c, updatedAt: _u, ...partial } = validProfile({ name: 'No dates' });
    await fakeBrowser.storage.local.set({ schemaVersion: 1, [`profile:${partial.id}`]: partial });

    const state = await loadProfileState();
    expect(state.profiles).toHaveLength(1);
    expect(state.profiles[0]).toMatchObject({ ...partial, createdAt: expect.any(String) });
    const stored = await fakeBrowser.storage.local.get(`profile:${partial.id}`);
    expect(stored[`profile:${partial.id}`]).toMatchObject({
      name: 'No dates',
      updatedAt: expect.any(String),
    });

    const kept = await backups();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.[1]).toMatchObject({
      originalKey: `profile:${partial.id}`,
      repaired: true,
      value: partial,
    });
    expect(state.problems).toEqual([
      expect.objectContaining({
        kind: 'kept-aside',
        repaired: true,
        message: expect.stringContaining('repaired'),
      }),
    ]);
  });

  it('keeps an unrepairable profile aside, never deleted, and reports it', async () => {
    const good = validProfile({ name: 'Good' });
    const bad = { ...validProfile({ name: 'Bad' }), recipientDomain: 'gmail.com' };
    await fakeBrowser.storage.local.set({
      schemaVersion: 1,
      [`profile:${good.id}`]: good,
      [`profile:${bad.id}`]: bad,
    });

    const state = await loadProfileState();
    expect(state.profiles.map((p) => p.name)).toEqual(['Good']);
    const problem = state.problems.find((p) => p.kind === 'kept-aside');
    expect(problem).toMatchObject({ repaired: false, originalKey: `profile:${bad.id}` });
    expect(problem?.message).toContain('recipientDomain');
    if (problem?.kind !== 'kept-aside') throw new Error('no problem reported');
    expect(await readBackup(problem.backupKey)).toMatchObject({ value: bad, area: 'local' });
    // Reported on every load until the user deals with it.
    expect((await loadProfileState()).problems).toHaveLength(1);
  });

  it('keeps non-object junk at a profile key aside', async () => {
    await fakeBrowser.storage.local.set({
      schemaVersion: 1,
      'profile:x1': 'garbage',
      'profile:x2': [1, 2],
    });
    const state = await loadProfileState();
    expect(state.profiles).toEqual([]);
    expect((await backups()).map(([, entry]) => (entry as { value: unknown }).value)).toEqual(
      expect.arrayContaining(['garbage', [1, 2]]),
    );
    expect(await fakeBrowser.storage.local.get(['profile:x1', 'profile:x2'])).toEqual({});
  });

  it('gives a profile stored under another key the id of its key', async () => {
    const profile = validProfile({ name: 'Moved' });
    await fakeBrowser.storage.local.set({ schemaVersion: 1, 'profile:new-id': profile });
    const state = await loadProfileState();
    expect(state.profiles.map((p) => [p.id, p.name])).toEqual([['new-id', 'Moved']]);
  });

  it('points a dangling default at the oldest profile', async () => {
    const older = validProfile({ name: 'Older', createdAt: '2024-01-01T00:00:00.000Z' });
    const newer = validProfile({ name: 'Newer', createdAt: '2025-01-01T00:00:00.000Z' });
    await fakeBrowser.storage.local.set({
      schemaVersion: 1,
      defaultProfileId: 'gone',
      [`profile:${older.id}`]: older,
      [`profile:${newer.id}`]: newer,
    });
    expect((await loadProfileState()).defaultProfileId).toBe(older.id);
    expect((await fakeBrowser.storage.local.get('defaultProfileId')).defaultProfileId).toBe(
      older.id,
    );
  });

  it('keeps invalid settings aside and goes on with the defaults', async () => {
    await fakeBrowser.storage.local.set({
      schemaVersion: 1,
      storageSettings: { syncEnabled: 'yes' },
    });
    const state = await loadProfileState();
    expect(state.syncEnabled).toBe(false);
    expect((await backups()).map(([, entry]) => entry)).toEqual([
      expect.objectContaining({ originalKey: 'storageSettings', value: { syncEnabled: 'yes' } }),
    ]);
  });

  it('writes nothing when the store is clean', async () => {
    await saveProfile(validProfile());
    const before = await fakeBrowser.storage.local.get(null);
    let writes = 0;
    fakeBrowser.storage.onChanged.addListener(() => writes++);
    await loadProfileState();
    expect(writes).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('removes a kept-aside item only when the user discards it', async () => {
    await fakeBrowser.storage.local.set({ schemaVersion: 1, 'profile:x': 42 });
    const [problem] = (await loadProfileState()).problems;
    if (problem?.kind !== 'kept-aside') throw new Error('expected a kept-aside problem');
    await saveProfile(validProfile());
    expect((await loadProfileState()).problems).toHaveLength(1);
    await discardBackup(problem.backupKey);
    expect((await loadProfileState()).problems).toEqual([]);
  });
});
