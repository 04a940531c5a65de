import browser from 'webextension-polyfill';
import { FILL_ERROR_TEXT } from '../shared/fill-error-text';
import { t } from '../shared/i18n';
import { type FillOutcome, needsLook } from '../shared/messages/fill-outcome';

/**
 * The toolbar badge of the tab after a fill (the shortcut and the context menu have no other
 * place to say it): ✓ when every field is as the profile says, else how many need a look, or !.
 * Browsers clear a tab's badge when it navigates.
 */
export async function showFillBadge(tabId: number, outcome: FillOutcome): Promise<void> {
  let text = '!';
  let title: string;
  if (outcome.ok) {
    const open = outcome.fields.filter(needsLook).length;
    text = open === 0 ? '✓' : String(open);
    title = open === 0 ? t('fillBadgeDone') : t('fillBadgeNeedsLook', String(open));
  } else title = t(FILL_ERROR_TEXT[outcome.error]);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: text === '✓' ? '#1a7f37' : '#b3261e' }),
    browser.action.setTitle({ tabId, title: `${t('extName')}: ${title}` }),
  ]).catch(() => {
    // The tab closed meanwhile: nothing to show.
  });
}
