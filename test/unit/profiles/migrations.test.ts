import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
  planMigrations,
} from '../../../src/shared/storage/migrations';
import { loadProfileState, saveProfile } from '../../../src/shared/storage/profile-store';
import { useEnglishMessages } from './english-messages';
import { dumpStorage, validProfile } from './profile-fixtures';

beforeEach(useEnglishMessages);

const steps: Migration[] = [
  { version: 1, name: 'one', migrate: () => ({ set: { a: 1 }, remove: [] }) },
  {
    version: 2,
    name: 'two',
    // Sees what step one wrote.
    migrate: (snapshot) => ({ set: { b: (snapshot.a as number) + 1 }, remove: ['legacy'] }),
  },
  { version: 3, name: 'three', migrate: (snapshot) => ({ set: { c: snapshot.b }, remove: ['a'] }) },
];

describe('migrations', () => {
  it('are named, ordered by version, and the last one is the current version', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('run in order from an unversioned store, each seeing the previous result', () => {
    const plan = planMigrations({ legacy: true }, steps);
    expect(plan).toEqual({
      kind: 'migrate',
      from: 0,
      to: 3,
      applied: ['one', 'two', 'three'],
      patch: { set: { b: 2, c: 2, schemaVersion: 3 }, remove: ['legacy', 'a'] },
    });
  });

  it('run only the steps after the stored version', () => {
    const plan = planMigrations({ schemaVersion: 2, a: 5, b: 6 }, steps);
    expect(plan).toMatchObject({
      kind: 'migrate',
      from: 2,
      applied: ['three'],
      patch: { set: { c: 6, schemaVersion: 3 } },
    });
  });

  it('leave a current store alone', () => {
    expect(planMigrations({ schemaVersion: 3 }, steps)).toEqual({ kind: 'current' });
  });

  it('never touch a store written by a newer version', () => {
    expect(planMigrations({ schemaVersion: 9 }, steps)).toEqual({
      kind: 'newer',
      stored: 9,
      known: 3,
    });
  });

  it('a newer store is shown read-only: readable profiles listed, writes refused, nothing changed', async () => {
    const profile = validProfile({ name: 'From the future' });
    await fakeBrowser.storage.local.set({
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      [`profile:${profile.id}`]: { ...profile, someNewField: 1 },
      'profile:unknown-shape': { totally: 'different' },
    });
    const before = await dumpStorage();
    const state = await loadProfileState();
    expect(state.profiles.map((p) => p.name)).toEqual(['From the future']);
    expect(state.problems).toEqual([
      expect.objectContaining({
        kind: 'newer-version',
        message: expect.stringContaining('newer version'),
      }),
    ]);
    const save = await saveProfile(validProfile());
    expect(save).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    expect(await dumpStorage()).toEqual(before);
  });
});
