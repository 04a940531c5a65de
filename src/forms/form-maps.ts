import type { StoredProfile } from '../core/profile';
import type { FormId, FormMap } from './form-map';
import { outlookSenderForm } from './outlook-sender-form';

/** The field map of each supported form (see supported-pages.ts). */
export const FORM_MAPS: Readonly<Record<FormId, FormMap<StoredProfile>>> = {
  'outlook-sender-form': outlookSenderForm,
};
