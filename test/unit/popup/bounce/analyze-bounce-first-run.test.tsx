import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AnalyzeBouncePanel } from '../../../../src/popup/bounce/analyze-bounce-panel';
import { useEnglishMessages } from '../../profiles/english-messages';

const S3140 =
  "550 5.7.1 Unfortunately, messages from [185.23.4.17] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). [Name=Protocol Filter Agent][AGT=PFA]";

let container: HTMLElement;

beforeEach(() => {
  useEnglishMessages();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

it('shows the verdict of the first analysis once the analyzer has loaded', async () => {
  act(() => render(<AnalyzeBouncePanel />, container));
  const textarea = container.querySelector('textarea') as HTMLTextAreaElement;
  act(() => {
    textarea.value = S3140;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => container.querySelector<HTMLButtonElement>('button.primary')?.click());
  await vi.waitFor(async () => {
    await act(async () => {});
    expect(container.querySelector('.bounce-card h3')?.textContent).toBe('Outlook.com block list');
  });
});
