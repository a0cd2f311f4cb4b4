/**
 * Applying the player's intents. Each intent either takes effect or yields an `intent_rejected`
 * event with one of `REJECT_REASONS`; a rejected intent changes nothing else.
 */
import { callBackup } from './backup.ts';
import { makeChoice } from './dialogue.ts';
import { attend } from './distractions.ts';
import { openCard } from './memory.ts';
import { openDeskNow, prepare } from './preparation.ts';
import { keepPromise } from './promises.ts';
import { indexOfVisit, reject, type StepDraft } from './draft.ts';
import { acknowledge, callNext } from './queue.ts';
import type { Intent } from './types.ts';
import { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';

function choose(draft: StepDraft, choiceId: string): RejectReason | null {
  if (draft.desk === null) return REJECT_REASONS.nobodyAtDesk;
  const index = indexOfVisit(draft, draft.desk);
  if (index < 0) return REJECT_REASONS.nobodyAtDesk;
  return makeChoice(draft, index, choiceId) ? null : REJECT_REASONS.choiceNotOffered;
}

function perform(draft: StepDraft, intent: Intent): RejectReason | null {
  if (intent.type === 'prepare') return prepare(draft, intent.taskId);
  if (intent.type === 'open-desk') return openDeskNow(draft);
  // Until the desk opens, only preparation is possible.
  if (!draft.preparation.open) return REJECT_REASONS.notOpen;
  switch (intent.type) {
    case 'acknowledge':
      return acknowledge(draft, intent.visitId);
    case 'call-next':
      return callNext(draft);
    case 'choose':
      return choose(draft, intent.choiceId);
    case 'call-backup':
      return callBackup(draft);
    case 'attend':
      return attend(draft, intent.distractionId);
    case 'keep-promise':
      return keepPromise(draft, intent.promiseId);
    case 'open-card':
      return openCard(draft);
  }
}

/** Applies one intent to the draft, or records why it could not be applied. */
export function applyIntent(draft: StepDraft, intent: Intent): void {
  const reason = perform(draft, intent);
  if (reason !== null) reject(draft, intent, reason);
}
