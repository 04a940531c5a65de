import { beforeEach, describe, expect, it } from 'vitest';
import { PROFILE_FILE_FORMAT, serializeProfiles } from '../../../src/shared/storage/profile-file';
import { applyImport, planImport, uniqueName } from '../../../src/shared/storage/profile-import';
import { loadProfileState, saveProfile } from '../../../src/shared/storage/profile-store';
import { useEnglishMessages } from './english-messages';
import { dumpStorage, validProfile } from './profile-fixtures';

beforeEach(useEnglishMessages);

const NOW = '2026-03-01T12:00:00.000Z';
const file = (profiles: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: PROFILE_FILE_FORMAT, version: 1, exportedAt: NOW, profiles, ...extra });

const stored = async (overrides: Parameters<typeof validProfile>[0]) => {
  const result = await saveProfile(validProfile(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('import file checks', () => {
  it.each([
    ['not JSON', '{"format": "delist-assistant-profiles", ', /not valid JSON/],
    [
      'another format',
      JSON.stringify({ format: 'something-else', version: 1, profiles: [] }),
      /not a Delist Assistant backup.*format/,
    ],
    ['no profile array', JSON.stringify({ format: PROFILE_FILE_FORMAT, version: 1 }), /profiles/],
    ['a newer version', file([], { version: 2 }), /newer version.*file version 2/],
    ['a bare array', '[]', /not a Delist Assistant backup/],
  ])('refuses %s with a message, before any write', async (_, text, message) => {
    await stored({ name: 'Mine' });
    const before = await dumpStorage();
    const plan = planImport(text, (await loadProfileState()).profiles, NOW);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(message);
    expect(await dumpStorage()).toEqual(before);
  });

  it('reads back exactly what export wrote', async () => {
    const a = await stored({ name: 'A' });
    const b = await stored({ name: 'B', errorMessages: 'line 1\nline 2 “quoted”' });
    const text = serializeProfiles([a, b], NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: 'delist-assistant-profiles',
      version: 1,
      exportedAt: NOW,
    });
    const plan = planImport(text, [], NOW);
    expect(plan).toEqual({
      ok: true,
      items: [
        { kind: 'new', index: 0, profile: a },
        { kind: 'new', index: 1, profile: b },
      ],
    });
  });

  it('checks each profile on its own and names the problem', () => {
    const good = validProfile({ name: 'Good' });
    const plan = planImport(
      file([
        good,
        { ...validProfile({ name: 'Bad domain' }), recipientDomain: 'gmail.com' },
        'junk',
        { ...good, name: 'Same id' },
      ]),
      [],
      NOW,
    );
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.items.map((item) => item.kind)).toEqual(['new', 'invalid', 'invalid', 'invalid']);
    expect(plan.items[1]).toMatchObject({
      name: 'Bad domain',
      message: expect.stringContaining('recipientDomain'),
    });
    expect(plan.items[3]).toMatchObject({
      message: expect.stringContaining('same id as profile 1'),
    });
  });

  it('fills in the id and times a hand-written profile leaves out', () => {
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...handWritten
    } = validProfile({ name: 'Typed by hand' });
    const plan = planImport(file([handWritten]), [], NOW);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.items[0]).toMatchObject({
      kind: 'new',
      profile: { name: 'Typed by hand', createdAt: NOW, updatedAt: NOW },
    });
  });

  it('finds clashes by id or by name (ignoring case), and identical profiles', async () => {
    const mine = await stored({ name: 'Relays' });
    const other = await stored({ name: 'Other' });
    const plan = planImport(
      file([
        { ...mine, contactName: 'Changed' },
        validProfile({ name: 'RELAYS ' }),
        other,
        validProfile({ name: 'Fresh' }),
      ]),
      (await loadProfileState()).profiles,
      NOW,
    );
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.items.map((item) => item.kind)).toEqual(['clash', 'clash', 'unchanged', 'new']);
    expect(plan.items[1]).toMatchObject({ existing: { id: mine.id } });
  });
});

describe('applying an import', () => {
  it('keeps both, replaces or skips each clash as chosen, and adds the new ones', async () => {
    const keep = await stored({ name: 'Keep both' });
    const replace = await stored({ name: 'Replace' });
    const skip = await stored({ name: 'Skip' });
    await saveProfile(validProfile({ name: 'Replace' })); // a second "Replace" is not touched
    const incoming = [
      validProfile({ name: 'Keep both', contactName: 'Imported' }),
      { ...replace, contactName: 'Imported' },
      validProfile({ name: 'Skip', contactName: 'Imported' }),
      validProfile({ name: 'New one' }),
    ];
    const plan = planImport(file(incoming), (await loadProfileState()).profiles, NOW);
    if (!plan.ok) throw new Error(plan.message);

    const result = await applyImport(plan.items, { 0: 'keep-both', 1: 'replace', 2: 'skip' });
    expect(result).toEqual({
      ok: true,
      value: { added: ['Keep both (2)', 'New one'], replaced: ['Replace'], skipped: ['Skip'] },
    });
    const profiles = (await loadProfileState()).profiles;
    expect(profiles.map((p) => p.name)).toEqual([
      'Keep both',
      'Keep both (2)',
      'New one',
      'Replace',
      'Replace',
      'Skip',
    ]);
    expect(profiles.find((p) => p.id === keep.id)?.contactName).toBe('Jane Doe');
    expect(profiles.find((p) => p.id === replace.id)).toMatchObject({
      contactName: 'Imported',
      createdAt: replace.createdAt,
    });
    expect(profiles.find((p) => p.id === skip.id)?.contactName).toBe('Jane Doe');
  });

  it('skips a clash the user did not decide: nothing is overwritten silently', async () => {
    const mine = await stored({ name: 'Mine' });
    const plan = planImport(file([{ ...mine, notes: 'from file' }]), [mine], NOW);
    if (!plan.ok) throw new Error(plan.message);
    expect(await applyImport(plan.items, {})).toMatchObject({
      ok: true,
      value: { skipped: ['Mine'] },
    });
    expect((await loadProfileState()).profiles).toEqual([mine]);
  });

  it('writes nothing when browser sync cannot take the result', async () => {
    const { enableSync } = await import('../../../src/shared/storage/sync-toggle');
    await enableSync();
    await stored({ name: 'Mine' });
    const before = await dumpStorage();
    const many = Array.from({ length: 20 }, (_, i) =>
      validProfile({ name: `Big ${i}`, notes: 'n'.repeat(7000) }),
    );
    const plan = planImport(file(many), (await loadProfileState()).profiles, NOW);
    if (!plan.ok) throw new Error(plan.message);
    expect(await applyImport(plan.items, {})).toMatchObject({
      ok: false,
      error: { code: 'quota' },
    });
    expect(await dumpStorage()).toEqual(before);
  });

  it('numbers a kept-both name past the names already taken', () => {
    expect(uniqueName('Relays', ['relays', 'Relays (2)'])).toBe('Relays (3)');
    expect(uniqueName('Fresh', ['Relays'])).toBe('Fresh');
  });
});
