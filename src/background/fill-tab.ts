import { fillInTab } from '../shared/fill/fill-in-tab';
import type { FillOutcome } from '../shared/messages/fill-outcome';
import { getDefaultProfile, getProfile } from '../shared/storage/profile-store';
import { showFillBadge } from './fill-badge';

/**
 * The keyboard shortcut's and the context menu's fill: from a stored profile (the default one
 * when none is named). They have no window to report in, so the tab's badge tells the outcome.
 */
export async function fillTab(tabId: number, profileId?: string): Promise<FillOutcome> {
  const profile = profileId ? await getProfile(profileId) : await getDefaultProfile();
  const outcome = await fillInTab(tabId, profile);
  await showFillBadge(tabId, outcome);
  return outcome;
}
