import browser from 'webextension-polyfill';
import type { StoredProfile } from '../../core/profile';
import { fillBlockers } from '../../forms/fill-blockers';
import { planFor } from '../../forms/form-map';
import { FORM_MAPS } from '../../forms/form-maps';
import { supportedPageFor } from '../../forms/supported-pages';
import type { ContentMessages } from '../messages/content-messages';
import { type FillOutcome, fillResponseSchema } from '../messages/fill-outcome';
import { sendToTab } from '../messages/message-map';

/**
 * Fills the form a tab shows from a profile, for every trigger (popup, keyboard shortcut, context
 * menu): only on a supported page, never from a profile whose IP list has errors.
 */
export async function fillInTab(
  tabId: number,
  profile: StoredProfile | undefined,
): Promise<FillOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const page = supportedPageFor(tab?.url);
  if (!page) return { ok: false, error: 'unsupported-page' };
  if (!profile) return { ok: false, error: 'no-profile' };
  const problems = fillBlockers(profile);
  if (problems.length > 0) return { ok: false, error: 'ip-list-invalid', problems };

  const plan = planFor(FORM_MAPS[page.form], profile);
  const answer = await sendToTab<ContentMessages>(tabId, { type: 'fill-form', plan }).catch(
    () => undefined,
  );
  // No answer: the page was loaded before the extension was installed or updated.
  const response = fillResponseSchema.safeParse(answer);
  return response.success ? response.data : { ok: false, error: 'no-content-script' };
}
