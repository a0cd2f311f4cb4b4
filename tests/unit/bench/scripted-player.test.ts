import { expect, it } from 'vitest';
import { runLevel } from '../../../bench/simulation-bench.ts';
import { createScriptedPlayer } from '../../../bench/scripted-player.ts';
import { generateLevel } from '../../../src/bench/level-generator.ts';
import { createSimulation, step } from '../../../src/core/simulation.ts';

it('serves every customer of a calm level to the end of the shift', () => {
  const level = generateLevel({ seed: 11, customers: 20, nodesPerDialogue: 4, patience: 100 });
  const run = runLevel(level, 0);
  expect(run.finished).toBe(true);
  expect(run.customers).toBe(20);
  expect(run.served).toBe(20);
  expect(run.walkedOut).toBe(0);
  expect(run.simulatedSeconds).toBeGreaterThan(level.shift.arrivals.at(-1)?.at ?? Infinity);
});

it('nods to each waiting customer once and calls the next one when the desk is free', () => {
  const level = generateLevel({ seed: 2, customers: 3, arrivals: 'all-at-start' });
  const player = createScriptedPlayer(0);
  const arrived = step(level, createSimulation(level), []).state;
  const intents = player(arrived);
  expect(intents.filter((intent) => intent.type === 'acknowledge')).toHaveLength(3);
  expect(intents).toContainEqual({ type: 'call-next' });
  expect(player(arrived).filter((intent) => intent.type === 'acknowledge')).toHaveLength(0);
});

it('answers with the first shown choice only after its reading pause', () => {
  const level = generateLevel({ seed: 4, customers: 1, arrivals: 'all-at-start' });
  const player = createScriptedPlayer(3);
  let state = step(level, createSimulation(level), []).state;
  state = step(level, state, player(state)).state;
  expect(state.desk).not.toBeNull();
  const shown = state.customers[0]?.choiceOrder[0];
  const answeredAt: number[] = [];
  for (let seen = 0; seen < 5; seen += 1) {
    const answer = player(state).find((intent) => intent.type === 'choose');
    if (answer) {
      expect(answer).toEqual({ type: 'choose', choiceId: shown });
      answeredAt.push(seen);
    }
    // The answers are withheld from the simulation, so the node stays on screen.
    state = step(level, state, []).state;
  }
  expect(answeredAt).toEqual([3, 4]);
});
