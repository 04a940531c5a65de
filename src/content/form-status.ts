import type { FieldQuery, FormStatus } from '../shared/messages/content-messages';
import { locateField } from './locate-field';

/** The cheap look the popup asks for: how many of the form's fields are on the page now. */
export function formStatus(fields: readonly FieldQuery[] = []): FormStatus {
  const found = fields.filter((field) => locateField(field.kind, field.locators).found).length;
  return { present: true, found, total: fields.length };
}
