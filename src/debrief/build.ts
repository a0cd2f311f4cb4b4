/**
 * Builds the debrief of a finished play from the level and the recorded attempt. Pure: the
 * level-end screen renders the result, tests check it under Node.
 */
import type { Level } from '../core/level.ts';
import { PRINCIPLE_IDS, SOURCE_DOCUMENTS, sourceOfPrinciple } from '../core/principles.ts';
import type { Attempt } from '../storage/scores/model.ts';
import { chooseStrengths, chooseTips } from './advice.ts';
import { chartData } from './chart-data.ts';
import { debriefCustomers } from './customers.ts';
import type { Debrief, PrincipleDebrief } from './types.ts';

const documentOrder = new Map<string, number>(PRINCIPLE_IDS.map((id, index) => [id, index]));

/** Every principle the attempt touched: most broken first, then most honoured. */
export function principleTallies(attempt: Attempt): PrincipleDebrief[] {
  const { honoured, broken } = attempt.principles;
  const ids = new Set([...Object.keys(honoured), ...Object.keys(broken)]);
  return [...ids]
    .map((id) => {
      const sourceFile = sourceOfPrinciple(id);
      return {
        id,
        honoured: honoured[id] ?? 0,
        broken: broken[id] ?? 0,
        sourceFile,
        sourceTitle: sourceFile === undefined ? undefined : SOURCE_DOCUMENTS[sourceFile],
      };
    })
    .filter((principle) => principle.honoured > 0 || principle.broken > 0)
    .sort(
      (a, b) =>
        b.broken - a.broken ||
        b.honoured - a.honoured ||
        (documentOrder.get(a.id) ?? Infinity) - (documentOrder.get(b.id) ?? Infinity),
    );
}

/** The debrief of `attempt`, a play of `level` (an older level version still works: answers it no longer has show without text). */
export function buildDebrief(level: Level, attempt: Attempt): Debrief {
  const customers = debriefCustomers(level, attempt);
  const principles = principleTallies(attempt);
  return {
    levelId: attempt.levelId,
    mode: attempt.mode,
    score: attempt.score,
    maxScore: attempt.maxScore,
    stars: attempt.stars,
    durationSeconds: attempt.durationSeconds,
    outcomes: attempt.outcomes,
    listsEveryChoice: attempt.mode === 'challenge',
    customers,
    principles,
    tips: chooseTips(level, attempt, customers),
    strengths: chooseStrengths(attempt, customers, principles),
    chart: chartData(attempt.meterTrace, customers, attempt.durationSeconds),
  };
}
