/**
 * What the game remembers about its players: profiles and finished level plays (attempts).
 * Every shape is a Zod schema so that anything crossing a trust boundary (an imported file,
 * an IPC payload, a row read back from disk) is checked before the game relies on it.
 */
import { z } from 'zod';

/** Longest player name, in characters (after trimming). */
export const PROFILE_NAME_MAX = 40;

/** ISO 8601 date-time (`2025-03-01T09:30:00.000Z`; offsets such as `+02:00` are accepted). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** A player name: trimmed, 1-40 characters. */
export const ProfileNameSchema = z
  .string()
  .trim()
  .min(1, 'The name must not be empty.')
  .max(PROFILE_NAME_MAX, `The name must be at most ${PROFILE_NAME_MAX} characters.`);

/** One player on this computer. */
export const ProfileSchema = z.object({
  id: z.uuid(),
  name: ProfileNameSchema,
  createdAt: IsoDateTimeSchema,
});
/** One player on this computer. */
export type Profile = z.infer<typeof ProfileSchema>;

/** How the level was played: training shows feedback after each choice, challenge does not. */
export const AttemptModeSchema = z.enum(['training', 'challenge']);
/** How the level was played. */
export type AttemptMode = z.infer<typeof AttemptModeSchema>;

/**
 * How one customer's visit ended. A customer who walked out is recorded as `walked-out`
 * (the simulation's outcome for them is `upset`; the debrief tells the two apart).
 */
export const VisitOutcomeSchema = z.enum([
  'delighted',
  'satisfied',
  'neutral',
  'upset',
  'walked-out',
]);
/** How one customer's visit ended. */
export type VisitOutcome = z.infer<typeof VisitOutcomeSchema>;

const count = z.number().int().nonnegative();

/** Number of customers per outcome; a walk-out counts only under `walkedOut`. */
export const OutcomeCountsSchema = z.object({
  delighted: count,
  satisfied: count,
  neutral: count,
  upset: count,
  walkedOut: count,
});
/** Number of customers per outcome. */
export type OutcomeCounts = z.infer<typeof OutcomeCountsSchema>;

/** How often each principle id was honoured or broken during the attempt. */
export const PrincipleTallySchema = z.object({
  honoured: z.record(z.string().min(1), count),
  broken: z.record(z.string().min(1), count),
});
/** How often each principle id was honoured or broken. */
export type PrincipleTally = z.infer<typeof PrincipleTallySchema>;

/** One answer the player picked. */
export const ChoiceRecordSchema = z.object({
  nodeId: z.string().min(1),
  choiceId: z.string().min(1),
  /**
   * The dialogue the node belongs to. Optional because node ids are often unique within a
   * level anyway; when given, xAPI activity ids include it so that they never collide.
   */
  dialogueId: z.string().min(1).optional(),
  honours: z.array(z.string().min(1)),
  breaks: z.array(z.string().min(1)),
  /** Seconds since the shift began when the answer was given (dates the xAPI statement). */
  t: z.number().nonnegative().optional(),
});
/** One answer the player picked. */
export type ChoiceRecord = z.infer<typeof ChoiceRecordSchema>;

/** One customer's visit during the attempt. */
export const CustomerRecordSchema = z.object({
  visitId: z.string().min(1),
  name: z.string(),
  outcome: VisitOutcomeSchema,
  points: z.number().finite(),
  choices: z.array(ChoiceRecordSchema),
});
/** One customer's visit during the attempt. */
export type CustomerRecord = z.infer<typeof CustomerRecordSchema>;

const meter = z.number().min(0).max(100);

/** A point on the debrief chart: seconds since the shift began and one customer's meters then. */
export const MeterSampleSchema = z.object({
  t: z.number().nonnegative(),
  /** Whose meters these are (one line per customer on the chart). */
  visitId: z.string().min(1).optional(),
  satisfaction: meter,
  selfEsteem: meter,
});
/** A point on the debrief chart. */
export type MeterSample = z.infer<typeof MeterSampleSchema>;

/** One finished play of one level. Immutable once recorded. */
export const AttemptSchema = z.object({
  /** Fresh UUID per play; also the xAPI `registration`. */
  id: z.uuid(),
  profileId: z.uuid(),
  levelId: z.string().min(1),
  levelVersion: z.string().min(1),
  score: z.number().finite().nonnegative(),
  stars: z.number().int().min(0).max(3),
  /** Best achievable score for this level version, for the scaled score. */
  maxScore: z.number().finite().positive(),
  mode: AttemptModeSchema,
  startedAt: IsoDateTimeSchema,
  finishedAt: IsoDateTimeSchema,
  durationSeconds: z.number().finite().nonnegative(),
  outcomes: OutcomeCountsSchema,
  principles: PrincipleTallySchema,
  customers: z.array(CustomerRecordSchema),
  meterTrace: z.array(MeterSampleSchema),
});
/** One finished play of one level. */
export type Attempt = z.infer<typeof AttemptSchema>;

/** Narrows `listAttempts`; omitted fields match everything. */
export const AttemptFilterSchema = z.object({
  profileId: z.string().min(1).optional(),
  levelId: z.string().min(1).optional(),
});
/** Narrows `listAttempts`; omitted fields match everything. */
export type AttemptFilter = z.infer<typeof AttemptFilterSchema>;

/** Everything the score store holds, as plain data. */
export interface ScoreStoreContents {
  readonly profiles: readonly Profile[];
  readonly attempts: readonly Attempt[];
  readonly activeProfileId: string | null;
}
