import type { FillPlan, PlannedField } from '../forms/form-map';
import { supportedPageFor } from '../forms/supported-pages';
import type { FieldReport, FillResponse } from '../shared/messages/content-messages';
import { blockSubmit } from './block-submit';
import { isLocked } from './dom-events';
import { checkboxFiller } from './fill-checkbox';
import { comboboxFiller } from './fill-combobox';
import { radioFiller } from './fill-radio';
import { selectFiller } from './fill-select';
import { textFiller } from './fill-text';
import type { Filler } from './filler';
import { highlight } from './highlight';
import { type Located, locateField } from './locate-field';
import { afterFrame, waitFor } from './wait-for';

/** How long a form that is not on the page yet is waited for. */
const LATE_FORM_MS = 10_000;
/** Once part of a late form is there, how long to wait for the rest to render. */
const SETTLE_MS = 200;

function fillerFor(element: Element, field: PlannedField): Filler {
  if (field.kind === 'text') return textFiller;
  if (field.kind === 'checkbox') return checkboxFiller;
  if (field.kind === 'radio') return radioFiller;
  return element instanceof HTMLSelectElement ? selectFiller : comboboxFiller;
}

function locateAll(fields: readonly PlannedField[]): Located[] {
  return fields.map((field) => locateField(field.kind, field.locators));
}

const someFound = (located: Located[]) => located.some((where) => where.found);
const allFound = (located: Located[]) => located.every((where) => where.found);

/**
 * Where the fields are. A form already on the page is taken as it is; one that is not there yet
 * is waited for (bounded), and once it starts to appear, the rest gets a moment to render.
 */
async function findFields(fields: readonly PlannedField[]): Promise<Located[]> {
  const now = locateAll(fields);
  if (someFound(now)) return now;
  const watch = (done: (located: Located[]) => boolean, timeoutMs: number) =>
    waitFor(() => {
      const located = locateAll(fields);
      return done(located) ? located : undefined;
    }, timeoutMs);
  const first = await watch(someFound, LATE_FORM_MS);
  if (!first || allFound(first)) return first ?? now;
  return (await watch(allFound, SETTLE_MS)) ?? locateAll(fields);
}

let running = false;

/**
 * Fills the plan's fields on this page and reports each. Only fields the plan names are touched,
 * only when found exactly once and editable; nothing is submitted.
 */
export async function fillForm(plan: FillPlan): Promise<FillResponse> {
  if (window.top !== window || supportedPageFor(location.href)?.form !== plan.form) {
    return { ok: false, error: 'wrong-page' };
  }
  if (running) return { ok: false, error: 'busy' };
  running = true;
  const unblock = blockSubmit();
  try {
    return { ok: true, fields: await fillFields(plan.fields) };
  } finally {
    unblock();
    running = false;
  }
}

interface Applied {
  readonly field: PlannedField;
  readonly element: Element;
  readonly filler: Filler;
}

async function fillOne(
  field: PlannedField,
  where: Located,
  samePage: () => boolean,
): Promise<[FieldReport, Applied?]> {
  const { key } = field;
  if (!where.found) {
    if (where.matches > 1) return [{ key, status: 'ambiguous', matches: where.matches }];
    return [{ key, status: 'not-found' }];
  }
  const element = where.found;
  if (!samePage()) return [{ key, status: 'page-changed' }];
  if (isLocked(element)) return [{ key, status: 'read-only' }];
  const filler = fillerFor(element, field);
  if (filler.isEqual(element, field)) return [{ key, status: 'already-equal' }];
  const status = await filler.apply(element, field);
  return [{ key, status }, status === 'filled' ? { field, element, filler } : undefined];
}

async function fillFields(fields: readonly PlannedField[]): Promise<FieldReport[]> {
  const wanted = fields.filter((field) => field.value !== '');
  const located = await findFields(wanted);
  const url = location.href;
  const samePage = () => location.href === url;
  const reports = new Map<string, FieldReport>();
  const applied: Applied[] = [];
  for (const [i, field] of wanted.entries()) {
    const where = located[i] ?? { matches: 0 };
    const [report, done] = await fillOne(field, where, samePage);
    reports.set(field.key, report);
    if (done) applied.push(done);
  }

  // The page may take a value back when it re-renders (a framework restoring its own state): it
  // gets the value once more, and a second refusal is reported as the page's.
  await afterFrame();
  const reverted = applied.filter(({ field, element, filler }) => !filler.isEqual(element, field));
  for (const { field, element, filler } of reverted) {
    if (samePage()) await filler.apply(element, field);
  }
  if (reverted.length > 0) await afterFrame();
  for (const { field, element, filler } of reverted) {
    if (filler.isEqual(element, field)) continue;
    reports.set(field.key, { key: field.key, status: samePage() ? 'refused' : 'page-changed' });
  }

  highlight(
    applied
      .filter(({ field }) => reports.get(field.key)?.status === 'filled')
      .map((a) => a.element),
  );
  return fields.map((field) => reports.get(field.key) ?? { key: field.key, status: 'skipped' });
}
