import type { FieldKind, FillPlan, Locator } from '../../forms/form-map';

/** The outcome for one field, in the order a user reads it in the popup. */
export const FIELD_STATUSES = [
  'filled',
  'already-equal',
  'read-only',
  'skipped',
  'not-found',
  'ambiguous',
  'no-option',
  'refused',
  'page-changed',
] as const;
export type FieldStatus = (typeof FIELD_STATUSES)[number];

export interface FieldReport {
  readonly key: string;
  readonly status: FieldStatus;
  /** For `ambiguous`: how many elements matched. */
  readonly matches?: number;
}

export type FillResponse =
  | { readonly ok: true; readonly fields: readonly FieldReport[] }
  /** `wrong-page`: not a supported page for this form, or not the top frame; `busy`: a fill is running. */
  | { readonly ok: false; readonly error: 'wrong-page' | 'busy' };

/** The fields of a form without values: enough to look for them. */
export interface FieldQuery {
  readonly key: string;
  readonly kind: FieldKind;
  readonly locators: readonly Locator[];
}

export interface FormStatus {
  /** The content script is running on the page. */
  readonly present: true;
  /** Of the fields asked about, those found exactly once, visible. */
  readonly found: number;
  readonly total: number;
}

/** Messages the content script answers (sent by this extension's pages and background). */
export type ContentMessages = {
  'fill-form': { request: { plan: FillPlan }; response: FillResponse };
  'form-status': { request: { fields?: readonly FieldQuery[] }; response: FormStatus };
};
