/** Why the simulation refuses an intent. */

/** Why an intent was refused (the `reason` of `intent_rejected`). */
export const REJECT_REASONS = {
  /** The shift is over; nothing can be done any more. */
  shiftFinished: 'shift-finished',
  /** No arrived customer has that visit id. */
  unknownVisit: 'unknown-visit',
  /** Only customers waiting in the queue can be acknowledged. */
  notWaiting: 'not-waiting',
  /** The customer already got their nod. */
  alreadyAcknowledged: 'already-acknowledged',
  /** Someone is already at the desk. */
  deskBusy: 'desk-busy',
  /** Nobody is waiting. */
  queueEmpty: 'queue-empty',
  /** A choice was made with nobody at the desk. */
  nobodyAtDesk: 'nobody-at-desk',
  /** The choice is not one of the desk node's choices. */
  choiceNotOffered: 'choice-not-offered',
  /** The level has no backup colleague, or every call is used up. */
  noBackupLeft: 'no-backup-left',
  /** The second desk is already open. */
  backupBusy: 'backup-busy',
  /** No distraction with that id is going on. */
  noSuchDistraction: 'no-such-distraction',
  /** No open promise with that id. */
  noSuchPromise: 'no-such-promise',
  /** The task does not exist, is done already, or the desk is open. */
  noSuchTask: 'no-such-task',
  /** Not enough preparation time left for that task. */
  noTimeLeft: 'no-time-left',
  /** The desk is still being prepared (or is already open). */
  notOpen: 'desk-not-open',
  /** The customer at the desk has no card (not a regular), or nobody is there. */
  noCard: 'no-card',
} as const;

/** One of the rejection reasons. */
export type RejectReason = (typeof REJECT_REASONS)[keyof typeof REJECT_REASONS];
