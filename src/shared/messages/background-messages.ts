import { z } from 'zod';
import { FIELD_STATUSES, type FieldReport, type FillResponse } from './content-messages';

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

const fieldReportSchema = z.object({
  key: z.string(),
  status: z.enum(FIELD_STATUSES),
  matches: z.number().int().positive().optional(),
}) satisfies z.ZodType<FieldReport>;

/** The content script's answer to `fill-form`, checked before anyone relies on it. */
export const fillResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), fields: z.array(fieldReportSchema) }),
  z.object({ ok: z.literal(false), error: z.enum(['wrong-page', 'busy']) }),
]) satisfies z.ZodType<FillResponse>;

/** The background's answer to `fill-tab`, checked by the popup. */
export const fillOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), fields: z.array(fieldReportSchema) }),
  z.object({
    ok: z.literal(false),
    error: z.enum(FILL_ERRORS),
    /** For `ip-list-invalid`: what is wrong with which entry. */
    problems: z.array(z.string()).optional(),
  }),
]);
export type FillOutcome = z.infer<typeof fillOutcomeSchema>;

export const backgroundMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('fill-tab'),
    tabId: z.number().int().nonnegative(),
    profileId: z.string().min(1).optional(),
  }),
]);

/** Messages the background answers (sent by this extension's own pages). */
export type BackgroundMessages = {
  /** Fill the form in a tab from a profile (the default profile when none is named). */
  'fill-tab': { request: { tabId: number; profileId?: string }; response: FillOutcome };
};
