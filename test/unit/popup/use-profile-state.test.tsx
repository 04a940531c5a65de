import { fakeBrowser } from '@webext-core/fake-browser';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { useProfileState } from '../../../src/popup/use-profile-state';
import {
  loadProfileState,
  type ProfileState,
  saveProfile,
} from '../../../src/shared/storage/profile-store';
import { validProfile } from '../profiles/profile-fixtures';

let container: HTMLElement;
let rendered: ProfileState[];

function Probe({ initial }: { initial: ProfileState }) {
  rendered.push(useProfileState(initial));
  return null;
}

beforeEach(() => {
  rendered = [];
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

/** Lets the idle re-read and its storage round trip finish. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

it('catches a profile saved between the first read and the subscription', async () => {
  await saveProfile(validProfile({ name: 'First' }));
  const initial = await loadProfileState();
  await saveProfile(validProfile({ name: 'Second' }));
  act(() => render(<Probe initial={initial} />, container));
  await vi.waitFor(async () => {
    await settle();
    expect(rendered.at(-1)?.profiles.map((profile) => profile.name)).toEqual(['First', 'Second']);
  });
});

it('does not render the list again when the re-read finds nothing new', async () => {
  await saveProfile(validProfile({ name: 'Only' }));
  const initial = await loadProfileState();
  const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
  act(() => render(<Probe initial={initial} />, container));
  await vi.waitFor(() => expect(reads).toHaveBeenCalled());
  await settle();
  expect(rendered).toHaveLength(1);
  expect(rendered[0]).toBe(initial);
});

it('follows a change another window makes later', async () => {
  const initial = await loadProfileState();
  act(() => render(<Probe initial={initial} />, container));
  await settle();
  await saveProfile(validProfile({ name: 'From options' }));
  await vi.waitFor(async () => {
    await settle();
    expect(rendered.at(-1)?.profiles.map((profile) => profile.name)).toEqual(['From options']);
  });
});
