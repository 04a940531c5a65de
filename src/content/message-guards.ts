import type { FieldKind, FillPlan, FormId, Locator } from '../forms/form-map';
import { SUPPORTED_PAGES } from '../forms/supported-pages';
import type { ContentMessages, FieldQuery } from '../shared/messages/content-messages';
import type { Message } from '../shared/messages/message-map';

// Plain guards instead of zod: this file ships in the content script, which must stay small.

type Loose = Record<string, unknown>;
const KINDS: readonly FieldKind[] = ['text', 'select', 'checkbox', 'radio'];

const isRecord = (x: unknown): x is Loose => typeof x === 'object' && x !== null;
const isText = (x: unknown): x is string => typeof x === 'string';
const isTexts = (x: unknown): x is string[] => Array.isArray(x) && x.every(isText);
const isForm = (x: unknown): x is FormId => SUPPORTED_PAGES.some((page) => page.form === x);

function isLocator(x: unknown): x is Locator {
  if (!isRecord(x)) return false;
  if (x.by === 'id' || x.by === 'name') return isText(x.value) && x.value !== '';
  return (x.by === 'label' || x.by === 'aria-label') && isTexts(x.texts);
}

function isQuery(x: unknown): x is FieldQuery & Loose {
  return (
    isRecord(x) &&
    isText(x.key) &&
    KINDS.includes(x.kind as FieldKind) &&
    Array.isArray(x.locators) &&
    x.locators.every(isLocator)
  );
}

function isPlan(x: unknown): x is FillPlan {
  return (
    isRecord(x) &&
    isForm(x.form) &&
    Array.isArray(x.fields) &&
    x.fields.every(
      (field: unknown) =>
        isQuery(field) &&
        (isText(field.value) || typeof field.value === 'boolean') &&
        isTexts(field.texts),
    )
  );
}

/** A well-formed content message, or undefined. */
export function parseContentMessage(raw: unknown): Message<ContentMessages> | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.type === 'fill-form' && isPlan(raw.plan)) {
    return { type: 'fill-form', plan: raw.plan };
  }
  if (raw.type === 'form-status') {
    if (raw.fields === undefined) return { type: 'form-status' };
    if (Array.isArray(raw.fields) && raw.fields.every(isQuery)) {
      return { type: 'form-status', fields: raw.fields };
    }
  }
  return undefined;
}
