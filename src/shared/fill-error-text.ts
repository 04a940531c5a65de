import type { MessageKey } from './i18n';
import type { FillError } from './messages/fill-outcome';

/** What the user reads when a fill did not happen, and what to do about it. */
export const FILL_ERROR_TEXT: Readonly<Record<FillError, MessageKey>> = {
  'unsupported-page': 'fillErrorUnsupportedPage',
  'no-profile': 'fillErrorNoProfile',
  'ip-list-invalid': 'fillErrorIpListInvalid',
  'no-content-script': 'fillErrorNoContentScript',
  'wrong-page': 'fillErrorWrongPage',
  busy: 'fillErrorBusy',
};
