import type { analyzeBounce } from '../../core/bounce/analyze-bounce';

type Analyzer = typeof analyzeBounce;

let pending: Promise<Analyzer> | undefined;
let loaded: Analyzer | undefined;

/** The bounce analyzer and its catalogue, loaded when the user first asks for an analysis. */
export function loadBounceAnalyzer(): Promise<Analyzer> {
  pending ??= import('../../core/bounce/analyze-bounce').then((module) => {
    loaded = module.analyzeBounce;
    return loaded;
  });
  return pending;
}

/** The analyzer if it is loaded already: then a result needs no wait. */
export const loadedBounceAnalyzer = (): Analyzer | undefined => loaded;
