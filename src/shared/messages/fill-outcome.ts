import { z } from 'zod/mini';
import {
  FIELD_STATUSES,
  type FieldReport,
  type FieldStatus,
  type FillResponse,
} from './content-messages';

/**
 * Why nothing was filled. `no-content-script`: the tab was loaded before the extension (reload
 * it); `wrong-page`: the tab left the form meanwhile; `busy`: a fill is still running there.
 */
export const FILL_ERRORS = [
  'unsupported-page',
  'no-profile',
  'ip-list-invalid',
  'no-content-script',
  'wrong-page',
  'busy',
] as const;
export type FillError = (typeof FILL_ERRORS)[number];

export type FillOutcome =
  | { readonly ok: true; readonly fields: readonly FieldReport[] }
  /** `problems`, for `ip-list-invalid`: what is wrong with which entry. */
  | { readonly ok: false; readonly error: FillError; readonly problems?: readonly string[] };

const fieldReportSchema = z.object({
  key: z.string(),
  status: z.enum(FIELD_STATUSES),
  matches: z.optional(z.int().check(z.positive())),
}) satisfies z.ZodMiniType<FieldReport>;

/** The content script's answer to `fill-form`, checked before anyone relies on it. */
export const fillResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), fields: z.array(fieldReportSchema) }),
  z.object({ ok: z.literal(false), error: z.enum(['wrong-page', 'busy']) }),
]) satisfies z.ZodMiniType<FillResponse>;

/** Outcomes where the page does not hold what the profile says: the user has to look. */
const NEEDS_LOOK: ReadonlySet<FieldStatus> = new Set([
  'not-found',
  'ambiguous',
  'no-option',
  'refused',
  'page-changed',
]);

export const needsLook = (report: FieldReport): boolean => NEEDS_LOOK.has(report.status);
