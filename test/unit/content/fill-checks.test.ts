import { describe, expect, it } from 'vitest';
import { checkboxFiller } from '../../../src/content/fill-checkbox';
import { radioFiller } from '../../../src/content/fill-radio';
import { el, field, page, recordEvents } from './dom';

describe('checkboxFiller', () => {
  it('clicks a checkbox into the wanted state, sending the events of a click', async () => {
    page('<input type="checkbox" id="f">');
    const events = recordEvents(['click', 'input', 'change']);
    expect(checkboxFiller.isEqual(el('#f'), field('checkbox', true))).toBe(false);
    expect(await checkboxFiller.apply(el('#f'), field('checkbox', true))).toBe('filled');
    expect(el<HTMLInputElement>('#f').checked).toBe(true);
    expect(events).toContain('click:f');
    expect(events).toContain('change:f');
    expect(checkboxFiller.isEqual(el('#f'), field('checkbox', false))).toBe(false);
  });

  it('reads an ARIA checkbox from aria-checked', async () => {
    page('<div role="checkbox" id="f" aria-checked="false" tabindex="0"></div>');
    const box = el('#f');
    box.addEventListener('click', () => box.setAttribute('aria-checked', 'true'));
    expect(await checkboxFiller.apply(box, field('checkbox', true))).toBe('filled');
  });
});

describe('radioFiller', () => {
  const group = `<form>
    <label><input type="radio" name="ServerType" value="Dedicated" id="f"> Dedicated</label>
    <label><input type="radio" name="ServerType" value="Shared" id="s"> Shared</label>
    <label><input type="radio" name="ServerType" id="u"> Unknown / not sure</label></form>`;

  it('checks the radio with the value', async () => {
    page(group);
    expect(await radioFiller.apply(el('#f'), field('radio', 'Shared'))).toBe('filled');
    expect(el<HTMLInputElement>('#s').checked).toBe(true);
    expect(radioFiller.isEqual(el('#f'), field('radio', 'Shared'))).toBe(true);
  });

  it('checks the radio by its label text, also from a radiogroup', async () => {
    page(`<div role="radiogroup" id="g">${group}</div>`);
    expect(await radioFiller.apply(el('#g'), field('radio', 'unknown / not sure'))).toBe('filled');
    expect(el<HTMLInputElement>('#u').checked).toBe(true);
  });

  it('leaves the group alone when no radio matches', async () => {
    page(group);
    expect(await radioFiller.apply(el('#f'), field('radio', 'Cloud'))).toBe('no-option');
    expect(document.querySelector('input:checked')).toBeNull();
  });
});
