import { useEffect, useState } from 'preact/hooks';
import {
  loadProfileState,
  type ProfileState,
  subscribeToProfileState,
} from '../shared/storage/profile-store';

/**
 * The stored profiles, kept current when any window (popup, options) changes them. The page reads
 * `initial` before its first render, so the first frame already shows the list.
 */
export function useProfileState(initial: ProfileState): ProfileState {
  const [state, setState] = useState(initial);
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribeToProfileState((next) => live && setState(next));
    // A change made between the first read and the subscription is caught here.
    void loadProfileState().then((next) => live && setState(next));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return state;
}
