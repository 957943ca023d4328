import { gateInScope, ownerScope } from '../domain/access.ts';
import type { Schedule } from '../domain/entities.ts';
import { ValidationError } from '../domain/errors.ts';
import { slotProblem } from '../../shared/recurrence.ts';
import { gatesReached } from '../../shared/targeting.ts';
import { itself, ownerGates, ownGate, referenceChecker, type RuleDeps } from './entity.rules.ts';
import type { EntityRules } from './entity.service.ts';

const slotSentences = {
  no_weekdays: 'a weekly slot needs at least one day',
  zero_duration: 'the slot ends when it starts: it would last no time',
  overnight_unclear:
    'end before start needs overnight: true (the slot ends the next day), and end after start needs it false',
} as const;

/**
 * A schedule names its playlist and the gates and screens it targets; it touches every gate its targets
 * reach, group tags included. Nothing names a schedule, so nothing blocks its delete.
 */
export function scheduleRules({ repos, access }: RuleDeps): EntityRules<Schedule> {
  const mustExist = referenceChecker(access);
  return {
    noun: 'schedule',
    schema: 'schedule.json',
    permission: 'content:write',
    // Every gate whose screens the schedule can reach, through any kind of target (the compiler's own rule).
    async gatesOf(s) {
      if ((s.targets.screens ?? []).length === 0 && (s.targets.groups ?? []).length === 0)
        return [...new Set(s.targets.gates ?? [])].sort();
      const all = await repos.gates.all();
      const gates = gatesReached(s, await repos.screens.all(), all);
      // Group targets of a provincial schedule may reach any gate of its owner's scope, tagged yet or not.
      const { owner } = s;
      if (owner && (s.targets.groups ?? []).length > 0)
        for (const g of all) if (gateInScope(owner, g)) gates.add(g.id);
      return [...gates].sort();
    },
    // Group targets reach only screens within the scope of whoever created the schedule.
    serverFields: (actor, existing) => {
      const owner = existing ? existing.owner : ownerScope(actor);
      return owner ? { owner } : {};
    },
    async check(s, actor) {
      // A weekly slot is stored as typed or refused: never turned into another one.
      if (s.recurrence.type === 'weekly') {
        const problem = slotProblem(s.recurrence);
        if (problem) {
          const path = `/recurrence${problem.path}`;
          throw new ValidationError(`${path}: ${slotSentences[problem.reason]}`, path, 'validation_failed', {
            reason: problem.reason,
          });
        }
      }
      await mustExist(repos.playlists, 'playlist', s.playlistId, '/playlistId', actor, ownerGates(repos));
      for (const [i, id] of (s.targets.gates ?? []).entries())
        await mustExist(repos.gates, 'gate', id, `/targets/gates/${i}`, actor, itself);
      for (const [i, id] of (s.targets.screens ?? []).entries()) {
        await mustExist(repos.screens, 'screen', id, `/targets/screens/${i}`, actor, ownGate);
      }
      if (s.from && s.until && s.from > s.until) {
        throw new ValidationError(
          `/until: must not be before from (${s.from})`,
          '/until',
          'validation_failed',
          {
            reason: 'until_before_from',
            params: { from: s.from },
          },
        );
      }
    },
  };
}
