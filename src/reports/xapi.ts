/**
 * Attempts as xAPI 1.0.3 statements for a Learning Record Store. Per attempt: `attempted` (at
 * the start), one `answered` per choice, `completed`, then `passed` (at least one star) or
 * `failed`. All statements of one attempt share `context.registration` = the attempt id.
 */
import type { Attempt, ChoiceRecord, CustomerRecord, Profile } from '../storage/scores/model.ts';
import {
  DEFAULT_XAPI_BASE,
  XAPI_ACTIVITY_TYPES,
  XAPI_VERBS,
  XAPI_VERSION,
  xapiExtensions,
  type XapiActivity,
  type XapiAgent,
  type XapiContext,
  type XapiResult,
  type XapiStatement,
} from './xapi-types.ts';

/** Options for {@link attemptsToXapi}. */
export interface XapiOptions {
  /** The system that owns the player accounts (e.g. the training site), as a URL. */
  readonly homePage: string;
  /** `context.platform`; default `Front Desk`. */
  readonly platform?: string;
  /** `context.language` (RFC 5646); default `en-US`. */
  readonly language?: string;
  /** Level titles by level id, for activity names; missing ones fall back to the id. */
  readonly levelTitles?: Readonly<Record<string, string>>;
  /** Base IRI for activities and extensions; default `https://frontdesk.example/xapi`. */
  readonly base?: string;
  /** Statement id source; default `crypto.randomUUID` (tests inject a fixed sequence). */
  readonly randomUUID?: () => string;
}

/** Seconds as an ISO 8601 duration with centisecond precision: `83.4` -> `PT1M23.4S`. */
export function isoDuration(totalSeconds: number): string {
  const centis = Math.round(Math.max(0, totalSeconds) * 100);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const parts = [
    hours > 0 ? `${hours}H` : '',
    minutes > 0 ? `${minutes}M` : '',
    seconds > 0 || (hours === 0 && minutes === 0) ? `${seconds}S` : '',
  ];
  return `PT${parts.join('')}`;
}

/** `score / maxScore`, clamped to 0-1 and rounded to 4 decimals. */
export function scaledScore(score: number, maxScore: number): number {
  if (!(maxScore > 0)) return 0;
  const scaled = Math.min(1, Math.max(0, score / maxScore));
  return Math.round(scaled * 10000) / 10000;
}

/** Builds every statement for `attempts`, in the order given. */
export function attemptsToXapi(
  attempts: readonly Attempt[],
  profiles: readonly Profile[],
  options: XapiOptions,
): XapiStatement[] {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]));
  return attempts.flatMap((attempt) =>
    statementsFor(attempt, names.get(attempt.profileId), options),
  );
}

function statementsFor(
  attempt: Attempt,
  playerName: string | undefined,
  options: XapiOptions,
): XapiStatement[] {
  const base = options.base ?? DEFAULT_XAPI_BASE;
  const newId = options.randomUUID ?? (() => crypto.randomUUID());
  const extensions = xapiExtensions(base);
  const language = options.language ?? 'en-US';
  const title = options.levelTitles?.[attempt.levelId] ?? attempt.levelId;
  const levelActivity: XapiActivity = {
    objectType: 'Activity',
    id: `${base}/levels/${encodeURIComponent(attempt.levelId)}`,
    definition: { name: { 'en-US': title }, type: XAPI_ACTIVITY_TYPES.simulation },
  };
  const gameActivity: XapiActivity = {
    objectType: 'Activity',
    id: `${base}/game`,
    definition: { name: { 'en-US': 'Front Desk' }, type: XAPI_ACTIVITY_TYPES.course },
  };
  const actor: XapiAgent = {
    objectType: 'Agent',
    ...(playerName === undefined ? {} : { name: playerName }),
    account: { homePage: options.homePage, name: attempt.profileId },
  };
  const context = (parent: boolean, more: Record<string, unknown> = {}): XapiContext => ({
    registration: attempt.id,
    platform: options.platform ?? 'Front Desk',
    language,
    contextActivities: parent
      ? { parent: [levelActivity], grouping: [gameActivity] }
      : { grouping: [gameActivity] },
    extensions: {
      [extensions.levelVersion]: attempt.levelVersion,
      [extensions.mode]: attempt.mode,
      ...more,
    },
  });
  const statement = (
    verb: keyof typeof XAPI_VERBS,
    object: XapiActivity,
    timestamp: string,
    statementContext: XapiContext,
    result?: XapiResult,
  ): XapiStatement => ({
    id: newId(),
    actor,
    verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
    object,
    ...(result === undefined ? {} : { result }),
    context: statementContext,
    timestamp,
    version: XAPI_VERSION,
  });

  const startMs = Date.parse(attempt.startedAt);
  const finishMs = Math.max(startMs, Date.parse(attempt.finishedAt));
  const finishedAt = new Date(finishMs).toISOString();
  const answered = (customer: CustomerRecord, choice: ChoiceRecord): XapiStatement => {
    const path = [
      choice.dialogueId === undefined ? '' : `/dialogues/${encodeURIComponent(choice.dialogueId)}`,
      `/nodes/${encodeURIComponent(choice.nodeId)}`,
    ].join('');
    const node: XapiActivity = {
      objectType: 'Activity',
      id: `${levelActivity.id}${path}`,
      definition: {
        name: { 'en-US': `${title}: ${choice.nodeId}` },
        type: XAPI_ACTIVITY_TYPES.interaction,
        interactionType: 'choice',
      },
    };
    // Undated answers get the start time; simulated time (which a trainer may speed up) is
    // capped at the finish so that no answer comes after `completed`.
    const at = new Date(Math.min(startMs + (choice.t ?? 0) * 1000, finishMs)).toISOString();
    const customerInfo = {
      [extensions.customer]: { visitId: customer.visitId, name: customer.name },
    };
    return statement('answered', node, at, context(true, customerInfo), {
      response: choice.choiceId,
      extensions: {
        [extensions.principlesHonoured]: [...choice.honours],
        [extensions.principlesBroken]: [...choice.breaks],
      },
    });
  };

  const score = {
    scaled: scaledScore(attempt.score, attempt.maxScore),
    raw: attempt.score,
    min: 0,
    // xAPI requires min <= raw <= max.
    max: Math.max(attempt.maxScore, attempt.score),
  };
  const duration = isoDuration(attempt.durationSeconds);
  const passed = attempt.stars >= 1;
  return [
    statement('attempted', levelActivity, new Date(startMs).toISOString(), context(false)),
    ...attempt.customers.flatMap((customer) =>
      customer.choices.map((choice) => answered(customer, choice)),
    ),
    statement('completed', levelActivity, finishedAt, context(false), {
      score,
      completion: true,
      duration,
      extensions: {
        [extensions.outcomes]: attempt.outcomes,
        [extensions.principleTally]: attempt.principles,
      },
    }),
    statement(passed ? 'passed' : 'failed', levelActivity, finishedAt, context(false), {
      score,
      success: passed,
      completion: true,
      duration,
    }),
  ];
}
