import { describe, expect, it, vi } from 'vitest';
import { comboboxFiller } from '../../../src/content/fill-combobox';
import { el, field, page } from './dom';

const OPTIONS = [
  ['GMT Standard Time', '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'],
  ['W. Europe Standard Time', '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'],
];

interface FakeDropdown {
  /** Which event opens the list. */
  opensOn?: 'mousedown' | 'click' | 'keydown';
  /** Whether options carry `data-value`. */
  dataValues?: boolean;
  delayMs?: number;
  /** A broken page: the options do nothing when clicked. */
  ignoresClicks?: boolean;
}

/** A custom dropdown like component libraries render: its listbox is a portal at the end of body. */
function dropdown({
  opensOn = 'mousedown',
  dataValues = false,
  delayMs = 30,
  ignoresClicks = false,
}: FakeDropdown = {}) {
  page(`<span id="lbl">Timezone</span>
    <button type="button" role="combobox" id="f" aria-labelledby="lbl f" aria-expanded="false">Select a timezone</button>`);
  const trigger = el('#f');
  const close = () => {
    document.querySelector('[role=listbox]')?.remove();
    trigger.setAttribute('aria-expanded', 'false');
  };
  const open = () => {
    const list = document.createElement('div');
    list.setAttribute('role', 'listbox');
    for (const [value, text] of OPTIONS) {
      const option = document.createElement('div');
      option.setAttribute('role', 'option');
      if (dataValues && value) option.dataset.value = value;
      option.textContent = text ?? '';
      option.addEventListener('click', () => {
        if (ignoresClicks) return;
        trigger.textContent = text ?? '';
        close();
      });
      list.append(option);
    }
    document.body.append(list);
    trigger.setAttribute('aria-expanded', 'true');
  };
  trigger.addEventListener(opensOn, (event) => {
    if (opensOn === 'keydown' && (event as KeyboardEvent).key !== 'ArrowDown') return;
    setTimeout(open, delayMs);
  });
  trigger.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return trigger;
}

const berlin = field('select', 'W. Europe Standard Time', undefined, [OPTIONS[1]?.[1] ?? '']);

describe('comboboxFiller', () => {
  it('opens the dropdown, waits for the portal options and clicks the one with the text', async () => {
    const trigger = dropdown();
    expect(comboboxFiller.isEqual(trigger, berlin)).toBe(false);
    expect(await comboboxFiller.apply(trigger, berlin)).toBe('filled');
    expect(trigger.textContent).toBe(OPTIONS[1]?.[1]);
    expect(document.querySelector('[role=listbox]')).toBeNull();
    expect(comboboxFiller.isEqual(trigger, berlin)).toBe(true);
  });

  it('matches options by data-value when they carry one', async () => {
    const trigger = dropdown({ dataValues: true, opensOn: 'click' });
    expect(await comboboxFiller.apply(trigger, field('select', 'GMT Standard Time'))).toBe(
      'filled',
    );
    expect(trigger.textContent).toBe(OPTIONS[0]?.[1]);
  });

  it('opens a dropdown that only reacts to the keyboard', async () => {
    const trigger = dropdown({ opensOn: 'keydown' });
    expect(await comboboxFiller.apply(trigger, berlin)).toBe('filled');
  });

  it('closes the dropdown untouched when no option matches', async () => {
    const trigger = dropdown();
    expect(await comboboxFiller.apply(trigger, field('select', 'Tokyo Standard Time'))).toBe(
      'no-option',
    );
    expect(trigger.textContent).toBe('Select a timezone');
    expect(document.querySelector('[role=listbox]')).toBeNull();
  });

  it('gives up after a bounded wait when no options ever appear', async () => {
    vi.useFakeTimers();
    page('<div role="combobox" id="f" tabindex="0">Select</div>');
    const result = comboboxFiller.apply(el('#f'), berlin);
    await vi.advanceTimersByTimeAsync(1600);
    expect(await result).toBe('no-option');
    vi.useRealTimers();
  });

  it('reports refused when the page does not take the chosen option', async () => {
    const trigger = dropdown({ ignoresClicks: true });
    expect(await comboboxFiller.apply(trigger, berlin)).toBe('refused');
    expect(trigger.textContent).toBe('Select a timezone');
  });
});
