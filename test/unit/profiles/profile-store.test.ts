import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteProfile,
  duplicateProfile,
  getDefaultProfile,
  getProfile,
  loadProfileState,
  restoreProfile,
  saveProfile,
  setDefaultProfile,
  subscribeToProfileState,
  updateProfile,
} from '../../../src/shared/storage/profile-store';
import { useEnglishMessages } from './english-messages';
import { validProfile } from './profile-fixtures';

beforeEach(useEnglishMessages);

const saved = async (...args: Parameters<typeof saveProfile>) => {
  const result = await saveProfile(...args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('profile store', () => {
  it('starts empty, with the current schema version recorded', async () => {
    const state = await loadProfileState();
    expect(state).toMatchObject({
      profiles: [],
      defaultProfileId: null,
      problems: [],
      syncEnabled: false,
    });
    expect(await fakeBrowser.storage.local.get('schemaVersion')).toEqual({ schemaVersion: 1 });
  });

  it('keeps a saved profile under its own key and reads it back', async () => {
    const profile = await saved(validProfile({ name: 'Relays' }), { expectedUpdatedAt: null });
    const stored = await fakeBrowser.storage.local.get(`profile:${profile.id}`);
    expect(stored[`profile:${profile.id}`]).toMatchObject({
      name: 'Relays',
      ipList: '8.8.8.8; 1.1.1.0/28',
    });
    expect(await getProfile(profile.id)).toEqual(profile);
  });

  it('makes the first profile the default and keeps it when more are added', async () => {
    const first = await saved(validProfile({ name: 'First' }));
    await saved(validProfile({ name: 'Second' }));
    expect((await getDefaultProfile())?.id).toBe(first.id);
    const state = await loadProfileState();
    expect(state.profiles.map((p) => p.name)).toEqual(['First', 'Second']);
  });

  it('sets another default, and after deleting the default falls back to the oldest profile', async () => {
    const first = await saved(validProfile({ name: 'A first' }));
    const second = await saved(validProfile({ name: 'B second' }));
    const third = await saved(validProfile({ name: 'C third' }));
    expect(await setDefaultProfile(third.id)).toMatchObject({ ok: true });
    expect((await getDefaultProfile())?.id).toBe(third.id);
    await deleteProfile(third.id);
    expect((await getDefaultProfile())?.id).toBe(first.id);
    expect((await loadProfileState()).profiles.map((p) => p.id)).toEqual([first.id, second.id]);
  });

  it('undoes a delete: the profile comes back unchanged and is the default again', async () => {
    await saved(validProfile({ name: 'Other' }));
    const target = await saved(validProfile({ name: 'Target' }));
    await setDefaultProfile(target.id);
    const deleted = await deleteProfile(target.id);
    if (!deleted.ok) throw new Error('delete failed');
    expect(deleted.value.wasDefault).toBe(true);
    expect(await getProfile(target.id)).toBeUndefined();
    await restoreProfile(deleted.value);
    expect(await getProfile(target.id)).toEqual(target);
    expect((await getDefaultProfile())?.id).toBe(target.id);
  });

  it('duplicates a profile under a new id and a "(copy)" name', async () => {
    const original = await saved(validProfile({ name: 'Relays' }));
    const copy = await duplicateProfile(original.id);
    if (!copy.ok) throw new Error('duplicate failed');
    expect(copy.value.id).not.toBe(original.id);
    expect(copy.value).toMatchObject({
      name: 'Relays (copy)',
      ipList: original.ipList,
      contactEmail: original.contactEmail,
    });
    expect((await loadProfileState()).profiles).toHaveLength(2);
  });

  it('refuses a save based on a version another window has replaced, and says so', async () => {
    const original = await saved(validProfile({ name: 'Shared' }));
    // The options page saves first…
    await saved(
      { ...original, contactName: 'Options edit' },
      { expectedUpdatedAt: original.updatedAt },
    );
    // …then the popup, whose editor loaded the original.
    const late = await saveProfile(
      { ...original, contactName: 'Popup edit' },
      { expectedUpdatedAt: original.updatedAt },
    );
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.error.code).toBe('conflict');
    expect(late.error.current?.contactName).toBe('Options edit');
    expect(late.error.message).toContain('Shared');
    expect((await getProfile(original.id))?.contactName).toBe('Options edit');
    // Overwriting is the user's explicit choice.
    await saved({ ...original, contactName: 'Popup edit' });
    expect((await getProfile(original.id))?.contactName).toBe('Popup edit');
  });

  it('loses no write when two windows save different profiles at the same moment', async () => {
    const profiles = Array.from({ length: 8 }, (_, i) => validProfile({ name: `Profile ${i}` }));
    await Promise.all(profiles.map((profile) => saveProfile(profile, { expectedUpdatedAt: null })));
    expect((await loadProfileState()).profiles).toHaveLength(8);
  });

  it('loses no write when two windows change the same profile at the same moment', async () => {
    const profile = await saved(validProfile({ ipList: '8.8.8.8' }));
    const append = (ip: string) =>
      updateProfile(profile.id, (current) => ({ ipList: `${current.ipList}; ${ip}` }));
    await Promise.all([append('9.9.9.9'), append('1.0.0.1'), append('4.4.4.4')]);
    const list = (await getProfile(profile.id))?.ipList ?? '';
    expect(list.split('; ').sort()).toEqual(['1.0.0.1', '4.4.4.4', '8.8.8.8', '9.9.9.9']);
  });

  it('stamps updatedAt forward on every save, even within one millisecond', async () => {
    const first = await saved(validProfile());
    const second = await saved({ ...first, notes: 'x' }, { expectedUpdatedAt: first.updatedAt });
    const third = await saved({ ...second, notes: 'y' }, { expectedUpdatedAt: second.updatedAt });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(third.updatedAt > second.updatedAt).toBe(true);
    expect(third.createdAt).toBe(first.createdAt);
  });

  it('refuses to store what the stored-profile schema rejects, naming the field', async () => {
    const result = await saveProfile({ ...validProfile(), recipientDomain: 'gmail.com' as never });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('recipientDomain');
    expect((await loadProfileState()).profiles).toEqual([]);
  });

  it('tells subscribers about changes made by any window', async () => {
    const seen: string[][] = [];
    const unsubscribe = subscribeToProfileState((state) =>
      seen.push(state.profiles.map((p) => p.name)),
    );
    await saved(validProfile({ name: 'From options' }));
    await expect.poll(() => seen.at(-1)).toEqual(['From options']);
    unsubscribe();
    await saved(validProfile({ name: 'After unsubscribe' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.at(-1)).toEqual(['From options']);
  });

  it('leaves keys it does not own alone', async () => {
    await fakeBrowser.storage.local.set({ bounceHistory: ['x'], profile: 'not ours either' });
    await saved(validProfile());
    await deleteProfile((await loadProfileState()).profiles[0]?.id ?? '');
    expect(await fakeBrowser.storage.local.get(['bounceHistory', 'profile'])).toEqual({
      bounceHistory: ['x'],
      profile: 'not ours either',
    });
  });
});
