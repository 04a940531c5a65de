import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillForm } from '../../../src/content/fill-form';
import {
  byId,
  byLabel,
  type FieldKind,
  type FieldValue,
  type FillPlan,
  type Locator,
} from '../../../src/forms/form-map';
import { el, page, setUrl } from './dom';

const FORM = `<form id="form">
  <label for="IssueTitle">Issue Title</label><input id="IssueTitle">
  <label for="ContactEmail">Contact e-mail address</label>
  <input id="ContactEmail" readonly value="signed-in@example.com">
  <label for="ServerType">Dedicated or shared server?</label>
  <select id="ServerType"><option value="Unknown">Unknown</option><option value="Dedicated">Dedicated</option></select>
  <label>Website <input id="w1"></label><label>Website <input id="w2"></label>
  <button type="submit">Submit</button>
</form>`;

function planned(key: string, kind: FieldKind, value: FieldValue, locators: Locator[]) {
  return { key, kind, value, locators, texts: [] };
}

const PLAN: FillPlan = {
  form: 'outlook-sender-form',
  fields: [
    planned('IssueTitle', 'text', 'IP listed', [byId('IssueTitle')]),
    planned('ContactEmail', 'text', 'me@example.net', [byId('ContactEmail')]),
    planned('ServerType', 'select', 'Dedicated', [byId('ServerType')]),
    planned('WebsiteUrl', 'text', 'https://example.net', [byId('WebsiteUrl'), byLabel('Website')]),
    planned('ErrorMessages', 'text', '', [byId('ErrorMessages')]),
    planned('ContactName', 'text', 'Jane', [byId('ContactName'), byLabel('Contact name')]),
  ],
};

const statuses = (response: Awaited<ReturnType<typeof fillForm>>) =>
  response.ok ? Object.fromEntries(response.fields.map((f) => [f.key, f.status])) : response.error;

describe('fillForm', () => {
  beforeEach(() => setUrl('https://olcsupport.office.com/'));
  afterEach(() => vi.useRealTimers());

  it('fills what the map finds once, leaves the rest alone and says why for each field', async () => {
    page(FORM);
    const response = await fillForm(PLAN);
    expect(statuses(response)).toEqual({
      IssueTitle: 'filled',
      ContactEmail: 'read-only',
      ServerType: 'filled',
      WebsiteUrl: 'ambiguous',
      ErrorMessages: 'skipped',
      ContactName: 'not-found',
    });
    expect(response.ok && response.fields.find((f) => f.key === 'WebsiteUrl')?.matches).toBe(2);
    expect(el<HTMLInputElement>('#ContactEmail').value).toBe('signed-in@example.com');
    expect(el<HTMLInputElement>('#w1').value).toBe('');
    expect(el<HTMLSelectElement>('#ServerType').value).toBe('Dedicated');
  });

  it('reports fields that already hold the value and touches nothing else on the page', async () => {
    page(`${FORM}<input id="outside" value="mine">`);
    await fillForm(PLAN);
    const second = await fillForm(PLAN);
    expect(statuses(second)).toMatchObject({
      IssueTitle: 'already-equal',
      ServerType: 'already-equal',
    });
    expect(el<HTMLInputElement>('#outside').value).toBe('mine');
  });

  it('never submits, even when a dropdown trigger is a submit button', async () => {
    page(`<form><button role="combobox" id="ServerType">Unknown</button></form>`);
    let submits = 0;
    document.addEventListener('submit', () => submits++);
    el('form').addEventListener('submit', () => submits++);
    const plan = {
      ...PLAN,
      fields: [planned('ServerType', 'select', 'Dedicated', [byId('ServerType')])],
    };
    expect(statuses(await fillForm(plan))).toEqual({ ServerType: 'no-option' });
    expect(submits).toBe(0);
  });

  it('fills again once when the page reverts a value, then reports the page refusing', async () => {
    page('<input id="IssueTitle"><input id="ContactName">');
    let reverts = 0;
    // One field is reverted once (a re-render), the other every time (the page's own rule).
    const revertLater = (input: HTMLInputElement, times: number) =>
      input.addEventListener('change', () => {
        if (reverts++ < times) requestAnimationFrame(() => (input.value = ''));
      });
    revertLater(el('#IssueTitle'), 1);
    const stubborn = el<HTMLInputElement>('#ContactName');
    stubborn.addEventListener('change', () => requestAnimationFrame(() => (stubborn.value = '')));
    const plan = {
      ...PLAN,
      fields: [
        planned('IssueTitle', 'text', 'IP listed', [byId('IssueTitle')]),
        planned('ContactName', 'text', 'Jane', [byId('ContactName')]),
      ],
    };
    expect(statuses(await fillForm(plan))).toEqual({
      IssueTitle: 'filled',
      ContactName: 'refused',
    });
    expect(el<HTMLInputElement>('#IssueTitle').value).toBe('IP listed');
  });

  it('waits for a form that appears late, then fills it', async () => {
    page('<main id="app"></main>');
    setTimeout(() => {
      const input = document.createElement('input');
      input.id = 'IssueTitle';
      el('#app').append(input);
    }, 300);
    expect(statuses(await fillForm(PLAN))).toMatchObject({ IssueTitle: 'filled' });
  });

  it('gives a form that renders in parts a moment for the rest', async () => {
    page('<main id="app"></main>');
    const add = (id: string, delay: number) =>
      setTimeout(
        () => el('#app').append(Object.assign(document.createElement('input'), { id })),
        delay,
      );
    add('IssueTitle', 100);
    add('ContactName', 150);
    const plan = {
      ...PLAN,
      fields: [
        planned('IssueTitle', 'text', 'IP listed', [byId('IssueTitle')]),
        planned('ContactName', 'text', 'Jane', [byId('ContactName')]),
      ],
    };
    expect(statuses(await fillForm(plan))).toEqual({ IssueTitle: 'filled', ContactName: 'filled' });
  });

  it('stops waiting for a form that never comes after about ten seconds', async () => {
    vi.useFakeTimers();
    page('<main></main>');
    const response = fillForm(PLAN);
    await vi.advanceTimersByTimeAsync(10_500);
    expect(statuses(await response)).toMatchObject({ IssueTitle: 'not-found' });
  });

  it('does nothing on another page', async () => {
    setUrl('https://example.com/');
    page(FORM);
    expect(await fillForm(PLAN)).toEqual({ ok: false, error: 'wrong-page' });
    expect(el<HTMLInputElement>('#IssueTitle').value).toBe('');
  });

  it('highlights filled fields briefly and restores their own style', async () => {
    vi.useFakeTimers();
    page('<input id="IssueTitle" style="outline: 1px dotted red">');
    const own = el('#IssueTitle').style.outline;
    const done = fillForm({ ...PLAN, fields: [PLAN.fields[0] ?? planned('', 'text', '', [])] });
    await vi.advanceTimersByTimeAsync(200);
    await done;
    expect(el('#IssueTitle').style.outline).not.toBe(own);
    await vi.advanceTimersByTimeAsync(1600);
    expect(el('#IssueTitle').style.outline).toBe(own);
  });
});
