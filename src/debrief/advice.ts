/**
 * Tips drawn from what went wrong, ranked by what each failure cost in points, and the things
 * the player did well. Costs are estimates in score points so different failures compare.
 */
import type { Level } from '../core/level.ts';
import { OUTCOME_BONUS } from '../core/scoring.ts';
import type { Attempt } from '../storage/scores/model.ts';
import type { CustomerDebrief, PrincipleDebrief, Strength, Tip } from './types.ts';

/** Most tips shown, and most of them about single principles (so the advice stays varied). */
export const MAX_TIPS = 3;
const MAX_PRINCIPLE_TIPS = 2;
/** Every tip list is padded to this many when general advice applies. */
const MIN_TIPS = 2;
/** What breaking a principle costs beyond its meter effect: the lesson matters in itself. */
const BREAK_BASE_COST = 5;
/** A customer who leaves upset instead of satisfied loses both outcome bonuses. */
const UPSET_COST = OUTCOME_BONUS.satisfied - OUTCOME_BONUS.upset;

function namesOf(customers: readonly CustomerDebrief[]): string[] {
  return [...new Set(customers.map((customer) => customer.name))];
}

/** One tip per broken principle; debriefed customers always list the answers that broke one. */
function brokenPrincipleTips(attempt: Attempt, customers: readonly CustomerDebrief[]): Tip[] {
  const tips: Tip[] = [];
  for (const [principleId, count] of Object.entries(attempt.principles.broken)) {
    if (count <= 0) continue;
    const breakers = customers.filter((customer) =>
      customer.choices.some((choice) => choice.breaks.includes(principleId)),
    );
    let cost = 0;
    for (const choice of breakers.flatMap((customer) => customer.choices)) {
      if (!choice.breaks.includes(principleId)) continue;
      const lost = choice.delta ? -(choice.delta.satisfaction + choice.delta.selfEsteem) : 0;
      cost += BREAK_BASE_COST + Math.max(0, lost);
    }
    tips.push({ kind: 'broken-principle', principleId, count, names: namesOf(breakers), cost });
  }
  return tips.sort((a, b) => b.cost - a.cost);
}

/** Two or three tips, the costliest failure first. */
export function chooseTips(
  level: Level,
  attempt: Attempt,
  customers: readonly CustomerDebrief[],
): Tip[] {
  const walkedOut = customers.filter((customer) => customer.outcome === 'walked-out');
  const ignored = customers.filter((customer) => customer.feltIgnored);
  const upset = customers.filter((customer) => customer.outcome === 'upset');
  const failures: Tip[] = [
    ...(walkedOut.length > 0
      ? [
          {
            kind: 'walk-outs',
            names: namesOf(walkedOut),
            cost: walkedOut.length * level.rules.walkOutPenalty,
          } as const,
        ]
      : []),
    ...brokenPrincipleTips(attempt, customers).slice(0, MAX_PRINCIPLE_TIPS),
    ...(ignored.length > 0
      ? [
          {
            kind: 'ignored',
            names: namesOf(ignored),
            cost: ignored.length * level.rules.ignoredSatisfactionPenalty,
          } as const,
        ]
      : []),
    ...(upset.length > 0
      ? [{ kind: 'upset', names: namesOf(upset), cost: upset.length * UPSET_COST } as const]
      : []),
  ];
  const tips = failures.sort((a, b) => b.cost - a.cost).slice(0, MAX_TIPS);
  const general: Tip[] = [
    ...(attempt.stars < 3 ? [{ kind: 'aim-higher', cost: 0 } as const] : []),
    ...(attempt.mode === 'training' ? [{ kind: 'try-challenge', cost: 0 } as const] : []),
  ];
  for (const tip of general) if (tips.length < MIN_TIPS) tips.push(tip);
  return tips;
}

/** Up to three things done well: happy customers, nobody lost, principles kept. */
export function chooseStrengths(
  attempt: Attempt,
  customers: readonly CustomerDebrief[],
  principles: readonly PrincipleDebrief[],
): Strength[] {
  const strengths: Strength[] = [];
  const delighted = customers.filter((customer) => customer.outcome === 'delighted');
  if (delighted.length > 0) strengths.push({ kind: 'delighted', names: namesOf(delighted) });
  if (customers.length > 0 && attempt.outcomes.walkedOut === 0) {
    strengths.push({ kind: 'no-walk-outs', served: customers.length });
  }
  const answered = customers.some((customer) => customer.choiceCount > 0);
  if (answered && principles.every((principle) => principle.broken === 0)) {
    strengths.push({ kind: 'no-principle-broken' });
  }
  const kept = principles
    .filter((principle) => principle.honoured > 0 && principle.broken === 0)
    .sort((a, b) => b.honoured - a.honoured);
  for (const principle of kept) {
    strengths.push({
      kind: 'honoured-principle',
      principleId: principle.id,
      count: principle.honoured,
    });
  }
  return strengths.slice(0, 3);
}
