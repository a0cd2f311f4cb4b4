/**
 * The best score a perfect player could reach: every customer served along their best path,
 * nobody walking out, nobody feeling ignored. The level validator compares star thresholds to it.
 */
import { effectiveChoice } from './address.ts';
import { preparedMeters } from './preparation.ts';
import type { DialogueNode, Level } from './level.ts';
import { indexLevel } from './level-index.ts';
import { clampMeter, servedPoints } from './scoring.ts';

/**
 * Records (node, satisfaction, self-esteem) states; `add` is false for states not worth exploring.
 * Points and clamped effects never decrease when a meter is higher, so a state is not worth
 * exploring when one at the same node with both meters at least as high was already queued.
 */
interface VisitedSet {
  add(nodeIndex: number, satisfaction: number, selfEsteem: number): boolean;
}

/** Meters are 0-100, so whole-number meters index flat tables of 101 entries per node. */
const METER_VALUES = 101;

/** Dominance pruning for whole-number meters. */
function dominanceVisited(nodeCount: number): VisitedSet {
  // best[node][s] = highest self-esteem queued at that node with satisfaction >= s (-1: none).
  const best = new Int8Array(nodeCount * METER_VALUES).fill(-1);
  return {
    add(nodeIndex, satisfaction, selfEsteem) {
      const row = nodeIndex * METER_VALUES;
      if ((best[row + satisfaction] as number) >= selfEsteem) return false;
      for (let s = satisfaction; s >= 0 && (best[row + s] as number) < selfEsteem; s -= 1) {
        best[row + s] = selfEsteem;
      }
      return true;
    },
  };
}

function keyedVisited(): VisitedSet {
  const seen = new Set<string>();
  return {
    add(nodeIndex, satisfaction, selfEsteem) {
      const key = `${nodeIndex}|${satisfaction}|${selfEsteem}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
}

/** True when every reachable meter value is a whole number (the usual case: pruning applies). */
function wholeNumbersOnly(nodes: readonly DialogueNode[], start: readonly number[]): boolean {
  if (!start.every(Number.isInteger)) return false;
  return nodes.every((node) =>
    node.choices.every(
      (choice) =>
        Number.isInteger(choice.effects.satisfaction) &&
        Number.isInteger(choice.effects.selfEsteem),
    ),
  );
}

/**
 * The most points serving `profileId` can earn: the best `servedPoints` over every path through
 * the profile's dialogue from its starting meters, clamping after each choice like the simulation.
 * Patience is ignored (nobody walks out). Returns `null` when no path reaches an ending, or the
 * profile, its dialogue or its start node does not exist.
 *
 * Searches (node, satisfaction, self-esteem) states iteratively with a visited set, so cycles
 * terminate and deep dialogues cannot overflow the call stack; with whole-number meters, states
 * dominated by an already queued one are skipped.
 */
export function bestServedPoints(level: Level, profileId: string): number | null {
  const index = indexLevel(level);
  const profile = index.profiles.get(profileId);
  const dialogue = profile && index.dialogues.get(profile.dialogue)?.dialogue;
  if (!profile || !dialogue) return null;
  const nodes = dialogue.nodes;
  const nodeIndex = new Map(nodes.map((node, position) => [node.id, position] as const));
  const startIndex = nodeIndex.get(dialogue.start);
  if (startIndex === undefined) return null;

  // A perfect player does every preparation task (an upper bound if they cannot all fit).
  const allTasks = level.preparation?.tasks.map((task) => task.id) ?? [];
  const prepared = preparedMeters(level, allTasks, { ...profile });
  const satisfaction = clampMeter(prepared.satisfaction);
  const selfEsteem = clampMeter(prepared.selfEsteem);
  const { tooFamiliarPenalty, followInformalBonus } = level.rules;
  const visited = wholeNumbersOnly(nodes, [
    satisfaction,
    selfEsteem,
    tooFamiliarPenalty,
    followInformalBonus,
  ])
    ? dominanceVisited(nodes.length)
    : keyedVisited();
  // Flat triples (node index, satisfaction, self-esteem): cheaper than an array of tuples.
  const stack: number[] = [];
  visited.add(startIndex, satisfaction, selfEsteem);
  stack.push(startIndex, satisfaction, selfEsteem);

  let best: number | null = null;
  while (stack.length > 0) {
    const esteemNow = stack.pop() as number;
    const satisfactionNow = stack.pop() as number;
    const node = nodes[stack.pop() as number];
    if (!node) continue;
    for (const choice of node.choices) {
      const { effects } = effectiveChoice(choice, profile, level.rules);
      const sat = clampMeter(satisfactionNow + effects.satisfaction);
      const esteem = clampMeter(esteemNow + effects.selfEsteem);
      if (choice.next === null) {
        const points = servedPoints({ satisfaction: sat, selfEsteem: esteem });
        if (best === null || points > best) best = points;
        continue;
      }
      const next = nodeIndex.get(choice.next);
      if (next !== undefined && visited.add(next, sat, esteem)) stack.push(next, sat, esteem);
    }
  }
  return best;
}

/** Distinct promises the profile's dialogue can make. */
function promisesIn(level: Level, profileId: string): number {
  const index = indexLevel(level);
  const dialogueId = index.profiles.get(profileId)?.dialogue;
  const dialogue = dialogueId === undefined ? undefined : index.dialogues.get(dialogueId)?.dialogue;
  const ids = new Set(
    dialogue?.nodes.flatMap((node) =>
      node.choices.flatMap((c) => (c.promise ? [c.promise.id] : [])),
    ),
  );
  return ids.size;
}

/**
 * The highest score a perfect player could reach on `level`: the sum over scheduled arrivals of
 * their `bestServedPoints`, floored at 0 like the real score. A customer whose dialogue has no
 * reachable ending can only walk out, so they count `-walkOutPenalty`; arrivals naming an unknown
 * profile count 0 (the validator reports them separately).
 */
export function bestAchievableScore(level: Level): number {
  const index = indexLevel(level);
  const bestByProfile = new Map<string, number | null>();
  let total = 0;
  for (const arrival of index.arrivals) {
    if (!index.profiles.has(arrival.customer)) continue;
    let best = bestByProfile.get(arrival.customer);
    if (best === undefined) {
      best = bestServedPoints(level, arrival.customer);
      bestByProfile.set(arrival.customer, best);
    }
    total += best ?? -level.rules.walkOutPenalty;
    // Promises kept add points; counting every promise the dialogue can make is an upper bound.
    if (best !== null) total += promisesIn(level, arrival.customer) * level.rules.promiseKeptBonus;
  }
  return Math.max(0, total);
}
