import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type AddIpsResult,
  AnalyzeBouncePanel,
  type AnalyzeBouncePanelProps,
} from '../../../../src/popup/bounce/analyze-bounce-panel';
import { MAILTO_LIMIT } from '../../../../src/popup/bounce/delist-mail-link';
import { loadBounceAnalyzer } from '../../../../src/popup/bounce/load-bounce-analyzer';
import { useEnglishMessages } from '../../profiles/english-messages';

const IP = '185.23.4.17';
const IP_2 = '45.87.160.33';
const S3140 = `550 5.7.1 Unfortunately, messages from [${IP}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). [Name=Protocol Filter Agent][AGT=PFA]`;
const BANNED = `550 5.7.606 Access denied, banned sending IP [${IP_2}]. To request removal from this list please visit https://sender.office.com/ and follow the directions. AS(1430)`;
const BANNED_SENDER = `550 5.7.511 Access denied, banned sender[${IP}]. To request removal from this list, forward this message to delist@microsoft.com. AS(1410)`;
const DMARC =
  '550 5.7.509 Access denied, sending domain example.net does not pass DMARC verification and has a DMARC policy of reject.';

let container: HTMLElement;

// The popup loads the analyzer on the first Analyze; loaded up front, each result shows at once.
beforeAll(() => loadBounceAnalyzer());

beforeEach(() => {
  useEnglishMessages();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function mount(props: AnalyzeBouncePanelProps = {}) {
  act(() => render(<AnalyzeBouncePanel {...props} />, container));
}

const textarea = () => container.querySelector('textarea') as HTMLTextAreaElement;
const status = () => container.querySelector('.bounce-panel > [role="status"]')?.textContent ?? '';
const cards = () => [...container.querySelectorAll('.bounce-card')];
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name) as
    | HTMLButtonElement
    | undefined;

function paste(text: string) {
  act(() => {
    textarea().value = text;
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function analyze(text: string) {
  paste(text);
  act(() => button('Analyze')?.click());
}

/** Lets pending promises (the profile callbacks) settle and the panel re-render. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('AnalyzeBouncePanel', () => {
  it('has a labelled text area with a hint and a heading', () => {
    mount();
    const area = textarea();
    const label = container.querySelector(`label[for="${area.id}"]`);
    expect(label?.textContent).toBe('Bounce or error message');
    expect(area.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      document.getElementById(area.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toMatch(/Ctrl\+Enter/);
    expect(container.querySelector('h2')?.textContent).toBe('Analyze a bounce');
  });

  it('asks for a bounce when the text area is empty', () => {
    mount();
    analyze('   ');
    expect(container.textContent).toContain('Paste a bounce or an error message first.');
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
    expect(cards()).toHaveLength(0);
  });

  it('shows the verdict card and announces it', () => {
    mount();
    analyze(S3140);
    const [card] = cards();
    expect(card?.querySelector('h3')?.textContent).toBe('Outlook.com block list');
    expect(card?.textContent).toContain(
      'Outlook.com (outlook.com, hotmail.com, live.com, msn.com)',
    );
    expect([...(card?.querySelectorAll('code') ?? [])].map((code) => code.textContent)).toEqual([
      IP,
      '5.7.1',
      'S3140',
    ]);
    expect(card?.textContent).toContain('Outlook.com sender-support form');
    const evidence = [...(card?.querySelectorAll('.bounce-evidence q') ?? [])].map(
      (q) => q.textContent,
    );
    expect(evidence).toContain('part of their network is on our block list');
    expect(status()).toBe('Result: Outlook.com block list. IP addresses found: 1.');
    expect(textarea().getAttribute('aria-invalid')).toBe('false');
  });

  it('analyzes on Ctrl+Enter in the text area', () => {
    mount();
    paste(BANNED);
    act(() => {
      textarea().dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    expect(cards()[0]?.querySelector('h3')?.textContent).toBe(
      'Exchange Online (Microsoft 365) block list',
    );
  });

  it('opens the remedy page with the primary action', () => {
    const openPage = vi.fn();
    mount({ openPage });
    analyze(BANNED);
    act(() => button('Open the Office 365 delist portal')?.click());
    expect(openPage).toHaveBeenCalledWith('https://sender.office.com/');
  });

  it('opens the page in a new tab by default', () => {
    const create = vi.fn(async () => ({}) as never);
    fakeBrowser.tabs.create = create;
    mount();
    analyze(S3140);
    act(() => button('Open the Outlook.com sender form')?.click());
    expect(create).toHaveBeenCalledWith({ url: 'https://olcsupport.office.com/' });
  });

  it('prepares the delisting mail with the bounce and the IP', () => {
    mount();
    analyze(BANNED_SENDER);
    const link = container.querySelector('a[href^="mailto:"]') as HTMLAnchorElement;
    expect(link.textContent).toBe('Prepare the mail to delist@microsoft.com');
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.pathname).toBe('delist@microsoft.com');
    expect(url.searchParams.get('subject')).toBe(`Delisting request for ${IP}`);
    expect(url.searchParams.get('body')).toContain(`Mail from our IP address ${IP} is rejected`);
    expect(url.searchParams.get('body')).toContain(BANNED_SENDER);
    expect(container.textContent).not.toContain('shortened');
  });

  it('shortens a long bounce in the mail link and says so', () => {
    mount();
    const noise = Array.from(
      { length: 80 },
      (_, i) => `Received: from hop${i}.example.net by relay`,
    ).join('\n');
    analyze(`${BANNED_SENDER}\n${noise}`);
    const href = container.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? '';
    expect(href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const body = new URL(href).searchParams.get('body') ?? '';
    expect(body).toContain(BANNED_SENDER);
    expect(body).toContain('[... shortened ...]');
    expect(container.textContent).toContain('shortened to fit in a mail link');
  });

  it('offers no next step that would send a non-block-list to a delisting page', () => {
    mount({ onAddIps: vi.fn(), onUseAsErrorMessages: vi.fn() });
    analyze(DMARC);
    expect(cards()[0]?.querySelector('h3')?.textContent).toBe(
      'Sender authentication failed (DMARC, SPF, DKIM)',
    );
    expect(container.querySelector('.bounce-card button, .bounce-card a')).toBeNull();
    expect(button('Add IPs to profile')).toBeUndefined();
    expect(button('Use as error messages')).toBeUndefined();
  });

  it('adds the IPs to the profile and shows what changed', async () => {
    const onAddIps = vi.fn(
      async (ips: string[]): Promise<AddIpsResult> => ({
        ok: true,
        value: { added: ips.filter((ip) => ip !== IP_2), present: ips.filter((ip) => ip === IP_2) },
      }),
    );
    mount({ onAddIps });
    analyze(
      [S3140, S3140.replace(IP, IP_2)]
        .map((reply) => `> Remote Server returned '${reply}'`)
        .join('\n'),
    );
    act(() => button('Add IPs to profile')?.click());
    await settle();
    expect(onAddIps).toHaveBeenCalledWith([IP, IP_2]);
    const outcome = container.querySelector('.bounce-outcome');
    expect(outcome?.getAttribute('role')).toBe('status');
    expect(outcome?.textContent).toBe(
      `Added to the profile: ${IP}. Already in the profile: ${IP_2}.`,
    );
  });

  it('says why the profile was not changed', async () => {
    mount({
      onAddIps: async () => ({ ok: false, error: { message: 'No profile is selected.' } }),
    });
    analyze(S3140);
    act(() => button('Add IPs to profile')?.click());
    await settle();
    expect(container.querySelector('.bounce-outcome.error')?.textContent).toBe(
      'The profile was not changed: No profile is selected.',
    );
  });

  it('puts the cleaned bounce into the error messages', async () => {
    const onUseAsErrorMessages = vi.fn(async () => ({ ok: true }) as const);
    mount({ onUseAsErrorMessages });
    analyze(`> > ${S3140.slice(0, 60)}\n> >    ${S3140.slice(60)}`);
    act(() => button('Use as error messages')?.click());
    await settle();
    // Quote marks and indentation gone, the lines as Microsoft wrote them.
    expect(onUseAsErrorMessages).toHaveBeenCalledWith(
      `${S3140.slice(0, 60)}\n${S3140.slice(60).trimStart()}`,
    );
    expect(container.querySelector('.bounce-outcome')?.textContent).toBe(
      "The bounce is now in the profile's error messages.",
    );
  });

  it('keeps Microsoft 365 IPs out of the Outlook.com profile', () => {
    mount({ onAddIps: vi.fn(), onUseAsErrorMessages: vi.fn() });
    analyze(BANNED);
    expect(button('Add IPs to profile')).toBeUndefined();
  });

  it('explains each bounce of a mixed paste', () => {
    const onAddIps = vi.fn(
      async () => ({ ok: true, value: { added: [IP], present: [] } }) as const,
    );
    mount({ onAddIps });
    analyze(`${S3140}\n\n${BANNED}`);
    expect(cards().map((card) => card.querySelector('h3')?.textContent)).toEqual([
      'Outlook.com block list',
      'Exchange Online (Microsoft 365) block list',
    ]);
    expect(container.querySelector('.bounce-notice')?.textContent).toMatch(
      /2 different bounces.*both Outlook\.com and Microsoft 365/,
    );
    expect(status()).toBe('2 different bounces found. First to act on: Outlook.com block list.');
    act(() => button('Add IPs to profile')?.click());
    expect(onAddIps).toHaveBeenCalledWith([IP]);
  });

  it('can be used with the keyboard alone: every control is focusable in order', () => {
    mount({ onAddIps: vi.fn(), onUseAsErrorMessages: vi.fn() });
    analyze(S3140);
    const focusable = [
      ...container.querySelectorAll<HTMLElement>('textarea, button, a[href], summary'),
    ];
    expect(focusable.map((element) => element.tagName)).toEqual([
      'TEXTAREA',
      'BUTTON',
      'BUTTON',
      'SUMMARY',
      'BUTTON',
      'BUTTON',
    ]);
    // Native controls only: none is taken out of the tab order or disabled.
    for (const element of focusable) {
      expect(element.getAttribute('tabindex')).toBeNull();
      expect(element.hasAttribute('disabled')).toBe(false);
    }
  });
});
