import { useEffect, useState } from 'preact/hooks';
import {
  loadProfileState,
  type ProfileState,
  subscribeToProfileState,
} from '../shared/storage/profile-store';
import { afterFirstPaint } from './after-first-paint';

/** Same content: a re-read that found nothing new must not re-render the whole list. */
const sameState = (a: ProfileState, b: ProfileState): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The stored profiles, kept current when any window (popup, options) changes them. The page reads
 * `initial` before its first render, so the first frame already shows the list.
 */
export function useProfileState(initial: ProfileState): ProfileState {
  const [state, setState] = useState(initial);
  useEffect(() => {
    let live = true;
    const update = (next: ProfileState) =>
      live && setState((current) => (sameState(current, next) ? current : next));
    const unsubscribe = subscribeToProfileState(update);
    // A change made between the first read and the subscription is caught here.
    const cancelReread = afterFirstPaint(() => void loadProfileState().then(update));
    return () => {
      live = false;
      cancelReread();
      unsubscribe();
    };
  }, []);
  return state;
}
