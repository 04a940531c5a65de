import { beforeEach, describe, expect, it } from 'vitest';
import { locateField } from '../../../src/content/locate-field';
import { byAriaLabel, byId, byLabel, byName } from '../../../src/forms/form-map';
import { el, hide, page } from './dom';

const found = (
  kind: Parameters<typeof locateField>[0],
  ...locators: Parameters<typeof locateField>[1][number][]
) => locateField(kind, locators);

describe('locateField', () => {
  beforeEach(() => page(''));

  it('finds by id first, then name, aria-label and label text, in the map order', () => {
    page(`
      <input id="IssueTitle">
      <input name="ContactName">
      <input aria-label="Contact name" id="by-aria">
      <label for="gen-1">What domain are you sending from?</label><input id="gen-1">`);
    expect(found('text', byId('IssueTitle'), byName('x')).found).toBe(el('#IssueTitle'));
    expect(found('text', byId('missing'), byName('ContactName')).found).toBe(
      el('[name=ContactName]'),
    );
    expect(found('text', byId('missing'), byAriaLabel('Contact Name')).found).toBe(el('#by-aria'));
    expect(found('text', byLabel('What domain are you sending from')).found).toBe(el('#gen-1'));
  });

  it('matches label text regardless of case, spacing, required marks and nested controls', () => {
    page(`<label>  Timezone <span>*</span>:
      <select id="tz"><option>Timezone</option><option>Other</option></select></label>`);
    expect(found('select', byLabel('timezone')).found).toBe(el('#tz'));
  });

  it('accepts localized label variants listed in the map', () => {
    page('<label for="x">Zeitzone</label><select id="x"></select>');
    expect(found('select', byLabel('Timezone', 'Zeitzone', 'Fuseau horaire')).found).toBe(el('#x'));
  });

  it('finds ARIA comboboxes by aria-labelledby, also when they name themselves too', () => {
    page(`<span id="l1">Timezone</span>
      <div role="combobox" id="cb" aria-labelledby="l1 cb" tabindex="0">(UTC) Coordinated Universal Time</div>`);
    expect(found('select', byLabel('Timezone')).found).toBe(el('#cb'));
  });

  it('reports several matches as ambiguous instead of choosing one', () => {
    page('<label>Website <input id="a"></label><label>Website <input id="b"></label>');
    expect(found('text', byLabel('Website'))).toEqual({ matches: 2 });
  });

  it('stops at the first locator with several matches, never guessing from later ones', () => {
    page('<input name="n" id="a"><input name="n" id="b"><input aria-label="Title" id="c">');
    expect(found('text', byName('n'), byAriaLabel('Title'))).toEqual({ matches: 2 });
  });

  it('ignores hidden elements and elements of another kind', () => {
    page(`<select id="DomainTo" name="DomainTo"></select>
      <input type="hidden" name="IssueTitle"><input aria-label="Issue title" id="shown">`);
    hide('#DomainTo');
    expect(found('select', byId('DomainTo'))).toEqual({ matches: 0 });
    expect(found('text', byName('IssueTitle'), byAriaLabel('Issue title')).found).toBe(
      el('#shown'),
    );
    expect(found('checkbox', byAriaLabel('Issue title'))).toEqual({ matches: 0 });
  });

  it('treats a radio group sharing a name as one field', () => {
    page(
      '<input type="radio" name="kind" value="a" id="r1"><input type="radio" name="kind" value="b">',
    );
    expect(found('radio', byName('kind')).found).toBe(el('#r1'));
  });

  it('finds nothing when nothing matches', () => {
    page('<input id="other">');
    expect(found('text', byId('IssueTitle'), byName('IssueTitle'), byLabel('Issue title'))).toEqual(
      {
        matches: 0,
      },
    );
  });
});
