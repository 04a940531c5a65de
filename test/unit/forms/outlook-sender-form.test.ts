import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import messages from '../../../_locales/en/messages.json';
import { fillForm } from '../../../src/content/fill-form';
import { planFor } from '../../../src/forms/form-map';
import { outlookSenderForm } from '../../../src/forms/outlook-sender-form';
import { FIELD_IDS } from '../../fixtures/outlook-sender-form/form-fields';
import { addTimezoneOptions, plainFormValues } from '../../fixtures/outlook-sender-form/plain-form';
import { RELAY_FORM_VALUES, RELAY_PROFILE } from '../../support/sender-profiles';
import { setUrl } from '../content/dom';

const plan = () => planFor(outlookSenderForm, RELAY_PROFILE);
const planned = (key: string) => plan().fields.find((field) => field.key === key);

describe('the Outlook.com sender form map', () => {
  it('has one field per field of the form, each with a name the popup can show', () => {
    expect(outlookSenderForm.fields.map((field) => field.key)).toEqual(FIELD_IDS);
    for (const field of outlookSenderForm.fields) expect(messages).toHaveProperty(field.labelKey);
  });

  it('looks for each field by id, then name, then aria-label, then label text', () => {
    for (const field of outlookSenderForm.fields) {
      expect(field.locators.map((locator) => locator.by)).toEqual([
        'id',
        'name',
        'aria-label',
        'label',
      ]);
      expect(field.locators[0]).toEqual({ by: 'id', value: field.key });
    }
  });

  it('turns a profile into the values the form takes', () => {
    const values = Object.fromEntries(plan().fields.map((field) => [field.key, field.value]));
    // The contact e-mail is planned too; the page's read-only field keeps its own (see below).
    expect(values).toEqual({ ...RELAY_FORM_VALUES, ContactEmail: RELAY_PROFILE.contactEmail });
  });

  it('converts the time zone to its Windows id and knows its display name', () => {
    const timezone = (zone: string) =>
      planFor(outlookSenderForm, { ...RELAY_PROFILE, timezone: zone }).fields[4];
    expect(timezone('Asia/Tokyo')).toMatchObject({
      value: 'Tokyo Standard Time',
      texts: ['(UTC+09:00) Osaka, Sapporo, Tokyo'],
    });
    expect(timezone('Europe/London')?.value).toBe('GMT Standard Time');
  });

  it('gives the IP field the normalized list and the error field the messages as typed', () => {
    expect(planned('IpAddresses')?.value).toBe('1.2.3.4; 5.6.7.0/28; 8.8.4.4');
    expect(planned('ErrorMessages')?.value).toBe(RELAY_PROFILE.errorMessages);
  });

  it('maps the server type and recipient domain to the option values', () => {
    const with_ = (changes: Partial<typeof RELAY_PROFILE>) =>
      Object.fromEntries(
        planFor(outlookSenderForm, { ...RELAY_PROFILE, ...changes }).fields.map((f) => [f.key, f]),
      );
    expect(with_({ serverType: 'shared' }).ServerType?.value).toBe('Shared');
    expect(with_({ serverType: 'unknown' }).ServerType?.value).toBe('Unknown');
    expect(with_({ recipientDomain: 'other' }).DomainTo).toMatchObject({
      value: 'other',
      texts: expect.arrayContaining(['Other']),
    });
  });
});

describe('filling the practice replicas with the map (happy-dom)', () => {
  beforeEach(() => setUrl('https://olcsupport.office.com/'));

  it('fills the plain replica by id and leaves the read-only contact e-mail alone', async () => {
    const html = readFileSync(
      resolve(import.meta.dirname, '../../fixtures/outlook-sender-form/plain.html'),
      'utf8',
    );
    document.body.replaceChildren(
      ...new DOMParser().parseFromString(html.replace(/<link[^>]*>/g, ''), 'text/html').body
        .childNodes,
    );
    addTimezoneOptions(document);
    const response = await fillForm(plan());
    expect(plainFormValues()).toEqual(RELAY_FORM_VALUES);
    expect(response.ok && response.fields.find((f) => f.key === 'ContactEmail')?.status).toBe(
      'read-only',
    );
  });

  it('fills the ARIA replica by label text, choosing options in its portal dropdowns', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app' }));
    await import('../../fixtures/outlook-sender-form/aria');
    const response = await fillForm(plan());
    expect(window.__practiceForm?.values()).toEqual(RELAY_FORM_VALUES);
    expect(response.ok && response.fields.filter((f) => f.status !== 'filled')).toEqual([
      { key: 'ContactEmail', status: 'read-only' },
    ]);
    expect(window.__practiceForm?.submitted).toBe(false);
  });
});
