import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseContentMessage } from '../../../src/content/message-guards';
import { byId, byLabel, type FillPlan } from '../../../src/forms/form-map';
import { el, page, setUrl } from './dom';

const plan: FillPlan = {
  form: 'outlook-sender-form',
  fields: [
    {
      key: 'IssueTitle',
      kind: 'text',
      locators: [byId('IssueTitle'), byLabel('Issue title')],
      value: 'IP listed',
      texts: [],
    },
  ],
};

describe('content message guards', () => {
  it('accepts well-formed fill and status requests', () => {
    expect(parseContentMessage({ type: 'fill-form', plan })).toEqual({ type: 'fill-form', plan });
    const status = { type: 'form-status', fields: plan.fields };
    expect(parseContentMessage(status)?.type).toBe('form-status');
  });

  it.each([
    ['an unknown type', { type: 'submit-form', plan }],
    ['an unknown form', { type: 'fill-form', plan: { ...plan, form: 'other-form' } }],
    [
      'a field kind no filler knows',
      { type: 'fill-form', plan: { ...plan, fields: [{ ...plan.fields[0], kind: 'file' }] } },
    ],
    [
      'a locator of another shape',
      {
        type: 'fill-form',
        plan: { ...plan, fields: [{ ...plan.fields[0], locators: [{ by: 'css', value: '*' }] }] },
      },
    ],
    [
      'an object as value',
      { type: 'fill-form', plan: { ...plan, fields: [{ ...plan.fields[0], value: {} }] } },
    ],
    ['no plan', { type: 'fill-form' }],
    ['not an object', 'fill-form'],
  ])('rejects %s', (_, message) => {
    expect(parseContentMessage(message)).toBeUndefined();
  });
});

describe('content script listener', () => {
  beforeEach(async () => {
    setUrl('https://olcsupport.office.com/');
    page('<input id="IssueTitle">');
    vi.resetModules();
    await import('../../../src/content/index');
  });

  /** What the content script answers a message from this sender. */
  const answer = async (message: unknown, sender: object) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {}))[0];
  const ownPage = {
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/src/popup/index.html'),
  };

  it('fills when this extension asks', async () => {
    const response = await answer({ type: 'fill-form', plan }, ownPage);
    expect(response).toEqual({ ok: true, fields: [{ key: 'IssueTitle', status: 'filled' }] });
    expect(el<HTMLInputElement>('#IssueTitle').value).toBe('IP listed');
  });

  it('answers nothing to other extensions or to content scripts', async () => {
    const others = [
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
      { id: fakeBrowser.runtime.id, url: 'https://olcsupport.office.com/', tab: { id: 3 } },
    ];
    for (const sender of others) {
      const response = await answer({ type: 'fill-form', plan }, sender);
      expect(response).toBeUndefined();
    }
    expect(el<HTMLInputElement>('#IssueTitle').value).toBe('');
  });

  it('tells how many of the form fields are on the page', async () => {
    const status = { type: 'form-status', fields: plan.fields };
    const response = await answer(status, ownPage);
    expect(response).toEqual({ present: true, found: 1, total: 1 });
    expect(await answer({ type: 'form-status' }, ownPage)).toEqual({
      present: true,
      found: 0,
      total: 0,
    });
  });
});
