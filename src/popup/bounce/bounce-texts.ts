import type { BouncePlatform, BounceVerdict } from '../../core/bounce/bounce-types';
import { type MessageKey, t } from '../../shared/i18n';

/** `outlook-block-list` → `OutlookBlockList`: the catalogue row's part of its message keys. */
const pascalCase = (id: string) =>
  id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

/** Message keys of a catalogue row's listing and explanation (test: all exist, same English). */
export const rowMessageKeys = (rowId: string) => ({
  listing: `bounceListing${pascalCase(rowId)}` as MessageKey,
  explanation: `bounceExplanation${pascalCase(rowId)}` as MessageKey,
});

/** The verdict's listing and explanation in the browser's language (English from core else). */
export function verdictTexts(verdict: BounceVerdict): { listing: string; explanation: string } {
  const keys = rowMessageKeys(verdict.rule);
  return {
    listing: t(keys.listing) || verdict.listing,
    explanation: t(keys.explanation) || verdict.explanation,
  };
}

export function platformLabel(platform: BouncePlatform): string {
  if (platform === 'outlook.com') return t('bouncePlatformOutlook');
  if (platform === 'office365') return t('bouncePlatformOffice365');
  return t('bouncePlatformUnknown');
}
