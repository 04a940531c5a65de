import type { MessageKey } from '../shared/i18n';
import type { SupportedPage } from './supported-pages';

export type FormId = SupportedPage['form'];

/**
 * How a field is found, tried in order. Text locators compare normalized text (case, spacing and
 * a trailing `*`, `:` or `?` ignored) and list every known wording, localized pages included.
 */
export type Locator =
  | { readonly by: 'id'; readonly value: string }
  | { readonly by: 'name'; readonly value: string }
  | { readonly by: 'aria-label'; readonly texts: readonly string[] }
  | { readonly by: 'label'; readonly texts: readonly string[] };

/**
 * What the field holds. `select` is one choice among options: a native `<select>` or an ARIA
 * combobox, whichever the page renders; `radio` is one choice among radio buttons.
 */
export type FieldKind = 'text' | 'select' | 'checkbox' | 'radio';

/** A field's target: text for text fields, the option value for choices, on/off for checkboxes. */
export type FieldValue = string | boolean;

/** Where a field is and what it is called: all a page needs to report which fields it has. */
export interface FieldLocation {
  /** Stable name in reports, e.g. the form's own id. */
  readonly key: string;
  /** i18n key of the field's name in the popup's report. */
  readonly labelKey: MessageKey;
  readonly kind: FieldKind;
  readonly locators: readonly Locator[];
}

export interface FieldSpec<Source> extends FieldLocation {
  /** The field's value from the profile; '' leaves the field alone. */
  readonly value: (source: Source) => FieldValue;
  /** For choices: other visible texts of an option value (e.g. localized), matched after it. */
  readonly optionTexts?: Readonly<Record<string, readonly string[]>>;
}

export interface FormMap<Source> {
  readonly form: FormId;
  readonly fields: readonly FieldSpec<Source>[];
}

/** One field as the content script receives it: locators and the resolved target value. */
export interface PlannedField {
  readonly key: string;
  readonly kind: FieldKind;
  readonly locators: readonly Locator[];
  readonly value: FieldValue;
  /** For choices: visible texts that also identify the option. */
  readonly texts: readonly string[];
}

export interface FillPlan {
  readonly form: FormId;
  readonly fields: readonly PlannedField[];
}

export const byId = (value: string): Locator => ({ by: 'id', value });
export const byName = (value: string): Locator => ({ by: 'name', value });
export const byAriaLabel = (...texts: string[]): Locator => ({ by: 'aria-label', texts });
export const byLabel = (...texts: string[]): Locator => ({ by: 'label', texts });

/** The plan for one source (profile): every field with its value resolved. */
export function planFor<Source>(map: FormMap<Source>, source: Source): FillPlan {
  return {
    form: map.form,
    fields: map.fields.map((field) => {
      const value = field.value(source);
      return {
        key: field.key,
        kind: field.kind,
        locators: field.locators,
        value,
        texts: typeof value === 'string' ? (field.optionTexts?.[value] ?? []) : [],
      };
    }),
  };
}
