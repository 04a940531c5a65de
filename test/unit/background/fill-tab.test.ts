import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fillTab } from '../../../src/background/fill-tab';
import type { FillPlan } from '../../../src/forms/form-map';
import { BROKEN_IP_PROFILE, profileStorage, RELAY_PROFILE } from '../../support/sender-profiles';
import { useEnglishMessages } from '../profiles/english-messages';

/** The content script's side: records the plans it gets and answers with `fields`. */
function contentScript(answer: (plan: FillPlan) => unknown) {
  const plans: FillPlan[] = [];
  fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: { plan: FillPlan }) => {
    plans.push(message.plan);
    return answer(message.plan);
  }) as unknown as typeof fakeBrowser.tabs.sendMessage;
  return plans;
}

const allFilled = (plan: FillPlan) => ({
  ok: true,
  fields: plan.fields.map((field) => ({ key: field.key, status: 'filled' })),
});

async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id ?? -1;
}

describe('fillTab', () => {
  beforeEach(async () => {
    useEnglishMessages();
    await fakeBrowser.storage.local.set(profileStorage(RELAY_PROFILE, BROKEN_IP_PROFILE));
  });

  it('sends the content script the plan for the default profile and shows ✓ on the badge', async () => {
    const plans = contentScript(allFilled);
    const tabId = await tabAt('https://olcsupport.office.com/');
    const outcome = await fillTab(tabId);
    expect(outcome.ok).toBe(true);
    const values = Object.fromEntries(plans[0]?.fields.map((f) => [f.key, f.value]) ?? []);
    expect(values).toMatchObject({
      ddlTimezones: 'W. Europe Standard Time',
      ServerType: 'Dedicated',
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
  });

  it('counts the fields that need a look on the badge', async () => {
    contentScript((plan) => ({
      ok: true,
      fields: plan.fields.map((f, i) => ({ key: f.key, status: i < 2 ? 'not-found' : 'filled' })),
    }));
    const tabId = await tabAt('https://olcsupport.office.com/');
    await fillTab(tabId, RELAY_PROFILE.id);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('2');
    expect(await fakeBrowser.action.getTitle({ tabId })).toContain('2 field(s) need a look');
  });

  it('does not fill from a profile whose IP list has errors, and names the bad entries', async () => {
    const plans = contentScript(allFilled);
    const tabId = await tabAt('https://olcsupport.office.com/');
    const outcome = await fillTab(tabId, BROKEN_IP_PROFILE.id);
    expect(outcome).toMatchObject({ ok: false, error: 'ip-list-invalid' });
    const problems = outcome.ok ? [] : (outcome.problems ?? []);
    expect(problems.some((p) => p.includes('10.0.0.7'))).toBe(true);
    expect(problems.some((p) => p.includes('300.1.1.1'))).toBe(true);
    expect(plans).toEqual([]);
  });

  it('fills nothing on other pages or without a profile', async () => {
    const plans = contentScript(allFilled);
    expect(await fillTab(await tabAt('https://example.com/'))).toEqual({
      ok: false,
      error: 'unsupported-page',
    });
    const form = await tabAt('https://olcsupport.office.com/');
    expect(await fillTab(form, 'no-such-profile')).toEqual({ ok: false, error: 'no-profile' });
    expect(plans).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: form })).toBe('!');
  });

  it('tells a page without the content script (or with a strange answer) to be reloaded', async () => {
    const tabId = await tabAt('https://olcsupport.office.com/');
    contentScript(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await fillTab(tabId)).toEqual({ ok: false, error: 'no-content-script' });
    contentScript(() => ({ ok: true, fields: 'everything' }));
    expect(await fillTab(tabId)).toEqual({ ok: false, error: 'no-content-script' });
  });
});
