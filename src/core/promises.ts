/**
 * Promises (broken promises are one of the service sins): an answer can promise something with
 * a deadline, like calling back or bringing an item. The clerk keeps it from the list of open
 * promises, which needs a free desk (keeping one's word takes the clerk's own time). Kept in
 * time it earns points and honours `reliability`; when the deadline passes it is broken: it
 * costs points and breaks `sin-broken-promises`.
 */
import { indexOfVisit, type StepDraft } from './draft.ts';
import type { Choice } from './level.ts';
import { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';

/** The principle a broken promise breaks. */
export const BROKEN_PROMISES = 'sin-broken-promises';

/** Records the promise an answer made, if any. */
export function makePromise(draft: StepDraft, visitId: string, choice: Choice): void {
  const promise = choice.promise;
  if (promise === undefined) return;
  const dueAt = draft.time + promise.deadlineSeconds;
  draft.promises = [...draft.promises, { id: promise.id, visitId, dueAt, status: 'open' }];
  draft.events.push({
    type: 'promise_made',
    time: draft.time,
    visitId,
    promiseId: promise.id,
    dueAt,
  });
}

function settle(draft: StepDraft, promiseId: string, how: 'kept' | 'broken'): void {
  const rules = draft.level.rules;
  const index = draft.promises.findIndex((p) => p.id === promiseId && p.status === 'open');
  const promise = draft.promises[index];
  if (!promise) return;
  const promises = [...draft.promises];
  promises[index] = { ...promise, status: how };
  draft.promises = promises;
  draft.adjustment += how === 'kept' ? rules.promiseKeptBonus : -rules.brokenPromisePenalty;
  draft.pointsChanged = true;
  draft.events.push({
    type: 'promise_resolved',
    time: draft.time,
    visitId: promise.visitId,
    promiseId,
    how,
    honours: how === 'kept' ? ['reliability'] : [],
    breaks: how === 'broken' ? [BROKEN_PROMISES] : [],
  });
}

/** The `keep-promise` intent. */
export function keepPromise(draft: StepDraft, promiseId: string): RejectReason | null {
  if (!draft.promises.some((p) => p.id === promiseId && p.status === 'open')) {
    return REJECT_REASONS.noSuchPromise;
  }
  // A customer at the desk comes first; the promise is kept in a free moment.
  if (draft.desk !== null && indexOfVisit(draft, draft.desk) >= 0) return REJECT_REASONS.deskBusy;
  settle(draft, promiseId, 'kept');
  return null;
}

/** One step: every open promise past its deadline is broken. */
export function breakOverduePromises(draft: StepDraft): void {
  for (const promise of draft.promises) {
    if (promise.status === 'open' && draft.time > promise.dueAt + 1e-9) {
      settle(draft, promise.id, 'broken');
    }
  }
}

/** Whether any promise is still open (the shift waits for it to be kept or broken). */
export function anyOpenPromise(draft: Pick<StepDraft, 'promises'>): boolean {
  return draft.promises.some((p) => p.status === 'open');
}
