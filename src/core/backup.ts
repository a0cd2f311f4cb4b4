/**
 * The backup colleague (timeliness): when the queue grows, the player may call a colleague to
 * open a second desk for a while, a limited number of times per shift. While it is open the
 * colleague takes the customer at the front of the queue every `serveSeconds` and serves them
 * as they are: no conversation, so their meters (and points) stay what waiting left them.
 */
import { serve } from './departures.ts';
import { indexOfVisit, type StepDraft } from './draft.ts';
import type { Level } from './level.ts';
import { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';
import type { BackupState } from './types.ts';

/** The backup state at the start of a shift. */
export function initialBackup(level: Level): BackupState {
  return { usesLeft: level.backup?.uses ?? 0, activeUntil: null, nextServeAt: null };
}

/** The `call-backup` intent: opens the second desk, or says why it cannot. */
export function callBackup(draft: StepDraft): RejectReason | null {
  const rules = draft.level.backup;
  const { usesLeft, activeUntil } = draft.backup;
  if (rules === undefined || usesLeft <= 0) return REJECT_REASONS.noBackupLeft;
  if (activeUntil !== null) return REJECT_REASONS.backupBusy;
  const until = draft.time + rules.durationSeconds;
  draft.backup = {
    usesLeft: usesLeft - 1,
    activeUntil: until,
    nextServeAt: draft.time + rules.serveSeconds,
  };
  draft.events.push({ type: 'backup_started', time: draft.time, until });
  return null;
}

/** One step of the second desk: serve the front of the queue when due, close when time is up. */
export function runBackup(draft: StepDraft): void {
  const rules = draft.level.backup;
  const { activeUntil, nextServeAt } = draft.backup;
  if (rules === undefined || activeUntil === null || nextServeAt === null) return;
  // Steps are 1/30 s; compare with a little slack so whole seconds land on their step.
  const due = (at: number) => draft.time + 1e-9 >= at;
  if (due(nextServeAt)) {
    const front = draft.queue[0];
    const index = front === undefined ? -1 : indexOfVisit(draft, front);
    if (index >= 0) serve(draft, index, 'colleague');
    draft.backup = { ...draft.backup, nextServeAt: nextServeAt + rules.serveSeconds };
  }
  if (due(activeUntil)) {
    draft.backup = { ...draft.backup, activeUntil: null, nextServeAt: null };
    draft.events.push({ type: 'backup_ended', time: draft.time });
  }
}
