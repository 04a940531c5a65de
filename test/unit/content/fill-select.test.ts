import { describe, expect, it } from 'vitest';
import { selectFiller } from '../../../src/content/fill-select';
import { el, field, page, recordEvents } from './dom';

const TIMEZONES = `<select id="f">
  <option value="">Select</option>
  <option value="GMT Standard Time">(UTC+00:00) Dublin, Edinburgh, Lisbon, London</option>
  <option value="W. Europe Standard Time">(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</option>
</select>`;

const select = () => el<HTMLSelectElement>('#f');

describe('selectFiller', () => {
  it('chooses by option value and sends input and change', async () => {
    page(TIMEZONES);
    const events = recordEvents(['input', 'change']);
    expect(await selectFiller.apply(select(), field('select', 'W. Europe Standard Time'))).toBe(
      'filled',
    );
    expect(select().value).toBe('W. Europe Standard Time');
    expect(events).toEqual(['input:f', 'change:f']);
    expect(selectFiller.isEqual(select(), field('select', 'W. Europe Standard Time'))).toBe(true);
  });

  it('falls back to the visible text, normalized', async () => {
    page(`<select id="f"><option value="1">Dedicated</option><option value="2">Shared</option>
      <option value="3">Business  (non-marketing)</option></select>`);
    await selectFiller.apply(select(), field('select', 'Shared'));
    expect(select().value).toBe('2');
    await selectFiller.apply(
      select(),
      field('select', 'x', undefined, ['business (non-marketing)']),
    );
    expect(select().value).toBe('3');
  });

  it('leaves the select alone when no option matches', async () => {
    page(TIMEZONES);
    expect(await selectFiller.apply(select(), field('select', 'Tokyo Standard Time'))).toBe(
      'no-option',
    );
    expect(select().value).toBe('');
  });

  it('refuses to pick between options with the same text', async () => {
    page('<select id="f"><option>Other</option><option>other</option></select>');
    expect(await selectFiller.apply(select(), field('select', 'Other'))).toBe('ambiguous');
  });

  it('does not choose a disabled option', async () => {
    page('<select id="f"><option value="">-</option><option disabled>Other</option></select>');
    expect(await selectFiller.apply(select(), field('select', 'Other'))).toBe('refused');
    expect(select().value).toBe('');
  });
});
