import type { PlannedField } from '../forms/form-map';

/** How one apply went; verification after a frame may still find the page reverted it. */
export type ApplyResult = 'filled' | 'no-option' | 'ambiguous' | 'refused';

/** Fills one kind of element. `isEqual` re-reads the element as the page now shows it. */
export interface Filler {
  isEqual(element: Element, field: PlannedField): boolean;
  apply(element: Element, field: PlannedField): Promise<ApplyResult>;
}
