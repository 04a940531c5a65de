import { beforeEach, describe, expect, it } from 'vitest';
import {
  appendErrorMessages,
  appendIps,
  selectedProfileActions,
} from '../../../src/popup/selected-profile-actions';
import { getProfile, saveProfile } from '../../../src/shared/storage/profile-store';
import { useEnglishMessages } from './english-messages';
import { validProfile } from './profile-fixtures';

beforeEach(useEnglishMessages);

describe('what panels do to the selected profile', () => {
  it('appends only the IPs the list does not have, keeping what the user typed', () => {
    expect(appendIps('8.8.8.8, 1.1.1.0/28;', ['8.8.8.8', '9.9.9.9'])).toEqual({
      text: '8.8.8.8, 1.1.1.0/28; 9.9.9.9',
      added: ['9.9.9.9'],
      present: ['8.8.8.8'],
    });
    expect(appendIps('', ['9.9.9.9'])).toMatchObject({ text: '9.9.9.9', added: ['9.9.9.9'] });
    expect(appendIps('8.8.8.8', ['8.8.8.8'])).toMatchObject({ text: '8.8.8.8', added: [] });
  });

  it('adds a bounce to the error messages without dropping the ones already there', () => {
    expect(appendErrorMessages('', '  550 blocked  ')).toBe('550 blocked');
    expect(appendErrorMessages('550 first', '550 second')).toBe('550 first\n\n550 second');
    expect(appendErrorMessages('550 first\n\n550 second', '550 second')).toBe(
      '550 first\n\n550 second',
    );
  });

  it('writes through the store to the selected profile, and refuses when none is selected', async () => {
    const saved = await saveProfile(validProfile({ ipList: '8.8.8.8', errorMessages: '' }));
    if (!saved.ok) throw new Error(saved.error.message);
    const actions = selectedProfileActions(() => saved.value);
    expect(await actions.addIps(['9.9.9.9'])).toEqual({
      ok: true,
      value: { added: ['9.9.9.9'], present: [] },
    });
    await actions.useAsErrorMessages('550 5.7.1 blocked (S3140)');
    await actions.updateSelectedProfile({ notes: 'checked' });
    expect(await getProfile(saved.value.id)).toMatchObject({
      ipList: '8.8.8.8; 9.9.9.9',
      errorMessages: '550 5.7.1 blocked (S3140)',
      notes: 'checked',
    });
    const none = selectedProfileActions(() => undefined);
    expect(await none.addIps(['9.9.9.9'])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
