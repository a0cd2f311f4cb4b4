/**
 * A deterministic stand-in for a player, for driving the simulation headless: it nods to every
 * new waiting customer, calls the next one whenever the desk is free and picks the first choice
 * shown, after a short reading pause so the queue fills up as it would with a person playing.
 */
import type { Intent, SimState } from '../src/core/types.ts';

/** Returns the intents for the next step, given the current state. */
export type ScriptedPlayer = (state: SimState) => Intent[];

/**
 * A fresh scripted player. `thinkSteps` is how many steps it reads a dialogue node before
 * answering (0 answers on the very next step).
 */
export function createScriptedPlayer(thinkSteps: number): ScriptedPlayer {
  const nodded = new Set<string>();
  let shownKey = '';
  let shownAt = 0;
  return (state) => {
    const intents: Intent[] = [];
    for (const visitId of state.queue) {
      if (nodded.has(visitId)) continue;
      nodded.add(visitId);
      intents.push({ type: 'acknowledge', visitId });
    }
    if (state.desk === null) {
      if (state.queue.length > 0) intents.push({ type: 'call-next' });
      return intents;
    }
    const atDesk = state.customers.find((customer) => customer.visitId === state.desk);
    const firstChoice = atDesk?.choiceOrder[0];
    if (atDesk === undefined || firstChoice === undefined) return intents;
    const key = `${atDesk.visitId}/${atDesk.nodeId ?? ''}`;
    if (key !== shownKey) {
      shownKey = key;
      shownAt = state.tick;
    }
    if (state.tick - shownAt >= thinkSteps) intents.push({ type: 'choose', choiceId: firstChoice });
    return intents;
  };
}
