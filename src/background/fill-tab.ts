import browser from 'webextension-polyfill';
import { fillBlockers } from '../forms/fill-blockers';
import { planFor } from '../forms/form-map';
import { FORM_MAPS } from '../forms/form-maps';
import { supportedPageFor } from '../forms/supported-pages';
import { type FillOutcome, fillResponseSchema } from '../shared/messages/background-messages';
import type { ContentMessages } from '../shared/messages/content-messages';
import { sendToTab } from '../shared/messages/message-map';
import { getDefaultProfile, getProfile } from '../shared/storage/profile-store';
import { showFillBadge } from './fill-badge';

async function fill(tabId: number, profileId: string | undefined): Promise<FillOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const page = supportedPageFor(tab?.url);
  if (!page) return { ok: false, error: 'unsupported-page' };
  const profile = profileId ? await getProfile(profileId) : await getDefaultProfile();
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

/**
 * Fills the form in a tab from a profile (the default one when none is named), for every trigger:
 * popup, keyboard shortcut, context menu. The tab's badge tells the outcome.
 */
export async function fillTab(tabId: number, profileId?: string): Promise<FillOutcome> {
  const outcome = await fill(tabId, profileId);
  await showFillBadge(tabId, outcome);
  return outcome;
}
