import { describe, expect, it } from 'vitest';
import messages from '../../../../_locales/en/messages.json';
import { BOUNCE_CATALOGUE } from '../../../../src/core/index';
import { rowMessageKeys } from '../../../../src/popup/bounce/bounce-texts';

const english = messages as Record<string, { message: string }>;

describe('bounce messages', () => {
  it('has every catalogue row in _locales/en, worded as the catalogue says', () => {
    for (const row of BOUNCE_CATALOGUE) {
      const keys = rowMessageKeys(row.id);
      expect(english[keys.listing]?.message, keys.listing).toBe(row.listing);
      expect(english[keys.explanation]?.message, keys.explanation).toBe(row.explanation);
    }
  });

  it('keeps no message for a row that no longer exists', () => {
    const rowKeys = new Set(
      BOUNCE_CATALOGUE.flatMap((row) => Object.values(rowMessageKeys(row.id)) as string[]),
    );
    const stale = Object.keys(english).filter(
      (key) => /^bounce(Listing|Explanation)/.test(key) && !rowKeys.has(key),
    );
    expect(stale).toEqual([]);
  });
});
