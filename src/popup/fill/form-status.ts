import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod/mini';
import type { FieldLocation } from '../../forms/form-map';
import type { ContentMessages } from '../../shared/messages/content-messages';
import { sendToTab } from '../../shared/messages/message-map';
import { afterFirstPaint } from '../after-first-paint';

const formStatusSchema = z.object({
  present: z.literal(true),
  found: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
});

export type PageFormStatus = z.infer<typeof formStatusSchema> | 'no-content-script';

/** Asks the page's content script how much of the form is there (undefined while asking). */
export function useFormStatus(
  tabId: number | undefined,
  formFields: readonly FieldLocation[] | undefined,
): PageFormStatus | undefined {
  const [status, setStatus] = useState<PageFormStatus | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined || !formFields) return;
    const fields = formFields.map(({ key, kind, locators }) => ({ key, kind, locators }));
    // The page's content script searches the whole form: not while the popup draws its first frame.
    return afterFirstPaint(() => {
      sendToTab<ContentMessages>(tabId, { type: 'form-status', fields })
        .then((answer) => formStatusSchema.parse(answer))
        .then(setStatus, () => setStatus('no-content-script'));
    });
  }, [tabId, formFields]);
  return status;
}
