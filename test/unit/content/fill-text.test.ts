import { describe, expect, it } from 'vitest';
import { textFiller } from '../../../src/content/fill-text';
import { el, field, page, recordEvents } from './dom';

describe('textFiller', () => {
  it('sets the value and sends input, change, then blur', async () => {
    page('<input id="f">');
    const events = recordEvents(['input', 'change', 'blur']);
    expect(await textFiller.apply(el('#f'), field('text', 'Server IP listed'))).toBe('filled');
    expect(el<HTMLInputElement>('#f').value).toBe('Server IP listed');
    expect(events).toEqual(['input:f', 'change:f', 'blur:f']);
  });

  it('goes through the prototype setter, so a value tracker on the element sees a change', async () => {
    page('<input id="f">');
    const input = el<HTMLInputElement>('#f');
    // Like React: the instance's own `value` records what the page set; a change is a difference.
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    let tracked = '';
    let state = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native?.get?.call(input),
      set: (v: string) => {
        tracked = v;
        native?.set?.call(input, v);
      },
    });
    input.addEventListener('input', () => {
      if (input.value !== tracked) state = input.value;
    });
    await textFiller.apply(input, field('text', 'Jane Admin'));
    expect(state).toBe('Jane Admin');
  });

  it('keeps line breaks in textareas (as \\n) and compares them as stored', async () => {
    page('<textarea id="f"></textarea>');
    const plan = field('text', '550 5.7.1 first\r\n550 5.7.1 second');
    expect(textFiller.isEqual(el('#f'), plan)).toBe(false);
    await textFiller.apply(el('#f'), plan);
    expect(el<HTMLTextAreaElement>('#f').value).toBe('550 5.7.1 first\n550 5.7.1 second');
    expect(textFiller.isEqual(el('#f'), plan)).toBe(true);
  });

  it('reports a value the page rejects at once as refused', async () => {
    page('<input id="f">');
    const input = el<HTMLInputElement>('#f');
    input.addEventListener('input', () => {
      input.value = '';
    });
    expect(await textFiller.apply(input, field('text', 'x'))).toBe('refused');
  });
});
