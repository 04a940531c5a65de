import type { FieldLocation, FormId } from './form-map';
import { OUTLOOK_SENDER_FIELDS } from './outlook-sender-fields';

/** The fields of each supported form, without their values (form-maps.ts has those). */
export const FORM_FIELDS: Readonly<Record<FormId, readonly FieldLocation[]>> = {
  'outlook-sender-form': OUTLOOK_SENDER_FIELDS,
};
