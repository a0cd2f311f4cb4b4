/**
 * The subset of xAPI 1.0.3 statements Front Desk writes, and the IRIs it uses.
 * Verbs come from the ADL vocabulary; activities and extensions live under the game's own base.
 */

/** xAPI version written in every statement. */
export const XAPI_VERSION = '1.0.3';

/** Default base IRI of the game's activities and extensions. */
export const DEFAULT_XAPI_BASE = 'https://frontdesk.example/xapi';

/** ADL verbs used. */
export const XAPI_VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

/** ADL activity types used. */
export const XAPI_ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  course: 'http://adlnet.gov/expapi/activities/course',
} as const;

/** Extension IRIs (keys of `result.extensions` / `context.extensions`) under `base`. */
export function xapiExtensions(base: string = DEFAULT_XAPI_BASE): {
  principlesHonoured: string;
  principlesBroken: string;
  levelVersion: string;
  mode: string;
  customer: string;
  outcomes: string;
  principleTally: string;
} {
  const iri = (name: string): string => `${base}/extensions/${name}`;
  return {
    principlesHonoured: iri('principles-honoured'),
    principlesBroken: iri('principles-broken'),
    levelVersion: iri('level-version'),
    mode: iri('mode'),
    customer: iri('customer'),
    outcomes: iri('outcomes'),
    principleTally: iri('principle-tally'),
  };
}

/** RFC 5646 language tag -> text. */
export type LanguageMap = Readonly<Record<string, string>>;

/** The learner, identified by the game profile on this installation. */
export interface XapiAgent {
  readonly objectType: 'Agent';
  readonly name?: string;
  readonly account: { readonly homePage: string; readonly name: string };
}

/** A verb with its display text. */
export interface XapiVerb {
  readonly id: string;
  readonly display: LanguageMap;
}

/** A level (simulation) or one dialogue node (interaction). */
export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: {
    readonly name: LanguageMap;
    readonly type: string;
    readonly interactionType?: 'choice';
  };
}

/** A statement's result. */
export interface XapiResult {
  readonly score?: {
    readonly scaled: number;
    readonly raw: number;
    readonly min: number;
    readonly max: number;
  };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  /** ISO 8601 duration, e.g. `PT1M23.4S`. */
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** A statement's context. */
export interface XapiContext {
  /** The attempt id: groups every statement of one play. */
  readonly registration: string;
  readonly platform: string;
  readonly language: string;
  readonly contextActivities: {
    readonly parent?: readonly XapiActivity[];
    readonly grouping?: readonly XapiActivity[];
  };
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** One xAPI statement, ready to POST to a Learning Record Store. */
export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: XapiVerb;
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context: XapiContext;
  readonly timestamp: string;
  readonly version: typeof XAPI_VERSION;
}
