import type { PlannedField } from '../forms/form-map';
import { normalizeText, ownText } from './text-match';

/**
 * The option for a choice: first by value (`value` or `data-value`), then by visible text equal
 * to the value or one of the field's known texts. Several equal texts are no answer: `ambiguous`.
 */
export function matchOption<T extends Element>(
  options: readonly T[],
  field: PlannedField,
  optionValue: (option: T) => string | null,
): T | 'none' | 'ambiguous' {
  const value = String(field.value);
  const byValue = options.filter((option) => optionValue(option) === value);
  if (byValue.length > 0) return byValue.length === 1 && byValue[0] ? byValue[0] : 'ambiguous';
  const wanted = new Set([value, ...field.texts].map(normalizeText));
  const byText = options.filter((option) => wanted.has(normalizeText(ownText(option))));
  if (byText.length === 0) return 'none';
  return byText.length === 1 && byText[0] ? byText[0] : 'ambiguous';
}
