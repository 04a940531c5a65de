import { parseIpList } from '../core/ip-list';
import type { StoredProfile } from '../core/profile';

/**
 * Why a profile may not be used to fill a form yet: the errors of its IP list, each naming the
 * entry. A form must never get a list with an entry Microsoft would reject or misread.
 */
export function fillBlockers(profile: StoredProfile): string[] {
  return parseIpList(profile.ipList)
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => problem.message);
}
