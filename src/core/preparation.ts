/**
 * Before the shift (preparation): a short phase before the desk opens, with a checklist of
 * tasks (stock in place, desk tidy, a clear head) and a time budget. Each task done helps every
 * customer of the shift (starting meters, patience drain); each one skipped breaks its
 * principle, which the debrief shows. The shift's clock starts when the desk opens.
 */
import type { StepDraft } from './draft.ts';
import type { Level, PreparationTask } from './level.ts';
import { REJECT_REASONS, type RejectReason } from './reject-reasons.ts';
import type { Meters, PreparationState } from './types.ts';

/** The preparation state at the start (already open in levels without preparation). */
export function initialPreparation(level: Level): PreparationState {
  const preparation = level.preparation;
  return preparation && preparation.tasks.length > 0
    ? { open: false, remaining: preparation.seconds, done: [], ticks: 0 }
    : { open: true, remaining: 0, done: [], ticks: 0 };
}

function taskOf(level: Level, taskId: string): PreparationTask | undefined {
  return level.preparation?.tasks.find((task) => task.id === taskId);
}

/** Opens the desk: the skipped tasks' principles count as broken. */
function openDesk(draft: StepDraft): void {
  const tasks = draft.level.preparation?.tasks ?? [];
  const done = new Set(draft.preparation.done);
  const skipped = tasks.filter((task) => !done.has(task.id));
  draft.preparation = { ...draft.preparation, open: true };
  draft.events.push({
    type: 'desk_opened',
    time: draft.time,
    honours: [...new Set(tasks.filter((t) => done.has(t.id)).map((t) => t.principle))],
    breaks: [...new Set(skipped.map((t) => t.principle))],
    skipped: skipped.map((t) => t.id),
  });
}

/** The `prepare` intent: does a task, if there is time for it. */
export function prepare(draft: StepDraft, taskId: string): RejectReason | null {
  const task = taskOf(draft.level, taskId);
  const { open, remaining, done } = draft.preparation;
  if (open || !task || done.includes(taskId)) return REJECT_REASONS.noSuchTask;
  if (task.seconds > remaining + 1e-9) return REJECT_REASONS.noTimeLeft;
  draft.preparation = {
    ...draft.preparation,
    remaining: remaining - task.seconds,
    done: [...done, taskId],
  };
  draft.events.push({ type: 'task_done', time: draft.time, taskId });
  if (draft.preparation.remaining <= 1e-9) openDesk(draft);
  return null;
}

/** The `open-desk` intent: ends preparation early. */
export function openDeskNow(draft: StepDraft): RejectReason | null {
  if (draft.preparation.open) return REJECT_REASONS.notOpen;
  openDesk(draft);
  return null;
}

/** One preparation step of `seconds`: the budget runs down, and at zero the desk opens. */
export function tickPreparation(draft: StepDraft, seconds: number): void {
  if (draft.preparation.open) return;
  const remaining = Math.max(0, draft.preparation.remaining - seconds);
  draft.preparation = { ...draft.preparation, remaining, ticks: draft.preparation.ticks + 1 };
  if (remaining <= 1e-9) openDesk(draft);
}

/** What the tasks done add to a customer's starting meters. */
export function preparedMeters(level: Level, done: readonly string[], meters: Meters): Meters {
  let { satisfaction, selfEsteem } = meters;
  for (const id of done) {
    const task = taskOf(level, id);
    if (!task) continue;
    satisfaction += task.satisfaction;
    selfEsteem += task.selfEsteem;
  }
  return { satisfaction, selfEsteem, patience: meters.patience };
}

/** The tasks done's combined multiplier on patience drain. */
export function preparedDrainFactor(level: Level, done: readonly string[]): number {
  return done.reduce((factor, id) => factor * (taskOf(level, id)?.drainFactor ?? 1), 1);
}
