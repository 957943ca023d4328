import type { Screen } from '../domain/entities.ts';
import {
  blockIfUsed,
  itself,
  own,
  referenceChecker,
  scheduleVersions,
  type RuleDeps,
} from './entity.rules.ts';
import type { EntityRules } from './entity.service.ts';

/**
 * A screen names its gate; schedules that target it by id block its delete; `beforeUpdate` (the geometry
 * guard of screen-geometry.service.ts) refuses a plain edit of a live board's region.
 */
export function screenRules(
  { repos, approvals, access }: RuleDeps,
  beforeUpdate?: EntityRules<Screen>['beforeUpdate'],
): EntityRules<Screen> {
  const mustExist = referenceChecker(access);
  const schedules = scheduleVersions(repos, approvals);
  return {
    ...(beforeUpdate ? { beforeUpdate } : {}),
    noun: 'screen',
    schema: 'screen.json',
    permission: 'screen:write',
    gatesOf: (s) => own(s.gateId),
    async check(s, actor) {
      await mustExist(repos.gates, 'gate', s.gateId, '/gateId', actor, itself);
    },
    async beforeDelete(id) {
      const users = (await schedules()).filter((s) => s.targets.screens?.includes(id));
      blockIfUsed(
        'screen',
        id,
        users.map((s) => s.id),
        'schedules',
        'schedule',
      );
    },
  };
}
