import { useEffect, useState } from 'preact/hooks';
import {
  loadProfileState,
  type ProfileState,
  subscribeToProfileState,
} from '../shared/storage/profile-store';

/**
 * The stored profiles, kept current when any window (popup, options) changes them. `first` lets
 * the page start reading storage before its first render.
 */
export function useProfileState(first?: Promise<ProfileState>): ProfileState | undefined {
  const [state, setState] = useState<ProfileState>();
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribeToProfileState((next) => live && setState(next));
    void (first ?? loadProfileState()).then(
      (loaded) => live && setState((current) => current ?? loaded),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [first]);
  return state;
}
