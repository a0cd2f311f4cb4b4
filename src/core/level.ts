/**
 * The level data the simulation runs on: the validated, defaults-filled form of a level file.
 * The file format itself (and its validation) lives in `src/levels/`; this is what survives it.
 */

/** Languages the game and its levels speak. */
export const LOCALES = ['en', 'lt', 'et', 'pl'] as const;
/** One of the game's languages. */
export type Locale = (typeof LOCALES)[number];

/** A player-visible string with a value per declared locale. */
export type LocalizedText = Partial<Record<Locale, string>>;

/** How a customer speaks to the clerk (LT Jūs/tu, ET teie/sina, PL Pan/Pani/ty). */
export type AddressForm = 'formal' | 'informal';

/** Descriptive traits shown on the customer's card. */
export const TRAITS = [
  'calm',
  'hurried',
  'distrustful',
  'struggling',
  'complaint',
  'regular',
  'talkative',
] as const;
/** A customer trait. */
export type Trait = (typeof TRAITS)[number];

/** Changes a choice makes to the customer's meters; each is added, then clamped to 0-100. */
export interface Effects {
  readonly satisfaction: number;
  readonly selfEsteem: number;
  readonly patience: number;
}

/** One answer the player can give. */
export interface Choice {
  readonly id: string;
  readonly text: LocalizedText;
  readonly effects: Effects;
  /** Principle ids this answer honours. */
  readonly honours: readonly string[];
  /** Principle ids this answer breaks. */
  readonly breaks: readonly string[];
  /** Shown after the pick: why this was good or bad. */
  readonly feedback: LocalizedText;
  /** The next node's id, or `null` when the conversation ends. */
  readonly next: string | null;
  /**
   * How the answer addresses the customer; absent when it has no marked form of address.
   * Matched against the customer's `address` (see `src/core/address.ts`).
   */
  readonly register?: AddressForm | undefined;
  /** A promise this answer makes (call back, bring the item), to keep before its deadline. */
  readonly promise?: PromiseRules | undefined;
  /** Offered only once the clerk has opened the regular's card (it recalls their history). */
  readonly usesCard?: boolean | undefined;
}

/** A promise an answer makes. */
export interface PromiseRules {
  /** Unique id within the level. */
  readonly id: string;
  /** What was promised, shown in the list of open promises. */
  readonly text: LocalizedText;
  /** Seconds from the answer until it must be kept. */
  readonly deadlineSeconds: number;
}

/** A customer's line and the player's 2-4 possible answers. */
export interface DialogueNode {
  readonly id: string;
  readonly line: LocalizedText;
  readonly choices: readonly Choice[];
}

/** A conversation graph. */
export interface Dialogue {
  readonly id: string;
  readonly start: string;
  readonly nodes: readonly DialogueNode[];
}

/** How a customer is drawn. Colours are `#rrggbb`. */
export interface Look {
  readonly skin: string;
  readonly hair: string;
  readonly outfit: string;
  readonly hairStyle: 'short' | 'long' | 'bun' | 'bald' | 'curly';
  readonly accessory: 'none' | 'glasses' | 'hat' | 'scarf';
}

/** A customer profile. */
export interface CustomerProfile {
  readonly id: string;
  /** A proper name: the same in every language. */
  readonly name: string;
  readonly look: Look;
  /** Starting patience, 0-100. */
  readonly patience: number;
  /** Patience points lost per second while waiting in the queue. */
  readonly drainPerSecond: number;
  readonly address: AddressForm;
  readonly traits: readonly Trait[];
  /** Starting satisfaction, 0-100. */
  readonly satisfaction: number;
  /** Starting self-esteem, 0-100. */
  readonly selfEsteem: number;
  /** Id of the dialogue run at the desk. */
  readonly dialogue: string;
  /** A regular customer's card: what the clerk can look up about them. */
  readonly regular?: { readonly history: LocalizedText } | undefined;
}

/** One scheduled arrival. */
export interface Arrival {
  /** Seconds after the shift starts. */
  readonly at: number;
  readonly customer: string;
}

/** Tunable rules of the desk; every field has a default. */
export interface Rules {
  /** Multiplier on patience drain once a waiting customer has been acknowledged. */
  readonly acknowledgedDrainFactor: number;
  /** Seconds a customer may wait unacknowledged before feeling ignored. */
  readonly ignoredAfterSeconds: number;
  /** Satisfaction lost (once) by a customer who feels ignored. */
  readonly ignoredSatisfactionPenalty: number;
  /** Multiplier on patience drain while at the desk. */
  readonly serviceDrainFactor: number;
  /** Score lost for each customer who walks out. */
  readonly walkOutPenalty: number;
  /** Satisfaction and self-esteem lost when a formal customer is answered informally. */
  readonly tooFamiliarPenalty: number;
  /** Satisfaction and self-esteem gained by answering an informal customer informally. */
  readonly followInformalBonus: number;
  /** Satisfaction each waiting customer loses when the clerk attends to a distraction that could wait. */
  readonly distractionPenalty: number;
  /** Points lost when an urgent distraction is missed. */
  readonly missedUrgentPenalty: number;
  /** Points for a promise kept in time. */
  readonly promiseKeptBonus: number;
  /** Points lost for a promise broken (its deadline passed). */
  readonly brokenPromisePenalty: number;
}

/** Level metadata. */
export interface LevelMeta {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly objectives: readonly LocalizedText[];
  readonly locales: readonly Locale[];
  readonly defaultLocale: Locale;
  readonly sources: readonly { readonly file: string; readonly title: string }[];
  readonly difficulty: 'intro' | 'easy' | 'medium' | 'hard';
  readonly author: string;
}

/** A whole, validated level. */
export interface Level extends LevelMeta {
  readonly schemaVersion: 1;
  readonly shift: {
    readonly durationSeconds: number;
    readonly seed: number;
    readonly arrivals: readonly Arrival[];
  };
  readonly rules: Rules;
  readonly customers: readonly CustomerProfile[];
  readonly dialogues: readonly Dialogue[];
  readonly scoring: {
    /** Scores needed for one, two and three stars, ascending. */
    readonly stars: readonly [number, number, number];
  };
  /** A colleague the player may call to open a second desk; absent: no backup in this level. */
  readonly backup?: BackupRules | undefined;
  /** Things that tempt the clerk away from the customers, by time; absent: none. */
  readonly distractions?: readonly Distraction[] | undefined;
  /** A checklist before the desk opens; absent: the shift starts at once. */
  readonly preparation?: Preparation | undefined;
}

/** The phase before the shift: tasks to choose within a time limit. */
export interface Preparation {
  /** Seconds available before the desk opens by itself. */
  readonly seconds: number;
  readonly tasks: readonly PreparationTask[];
}

/** One thing to get ready, and what it is worth during the shift. */
export interface PreparationTask {
  readonly id: string;
  readonly text: LocalizedText;
  /** Preparation seconds it takes. */
  readonly seconds: number;
  /** The principle it puts into practice (and breaks when skipped). */
  readonly principle: 'prepare-workplace' | 'prepare-mind';
  /** Added to every customer's starting meters during the shift. */
  readonly satisfaction: number;
  readonly selfEsteem: number;
  /** Multiplier on every customer's patience drain during the shift (1: no change). */
  readonly drainFactor: number;
}

/** A scheduled distraction: the phone, a chatty colleague, paperwork. */
export interface Distraction {
  readonly id: string;
  /** Seconds after the shift starts. */
  readonly at: number;
  readonly kind: 'phone' | 'colleague' | 'paperwork';
  /** What it is about, shown to the player. */
  readonly text: LocalizedText;
  /** Seconds it lasts before it goes away by itself. */
  readonly lastsSeconds: number;
  /** An urgent one must be attended to; others should wait while customers do. */
  readonly urgent: boolean;
}

/** How the backup colleague works in a level. */
export interface BackupRules {
  /** How many times the colleague can be called in the shift. */
  readonly uses: number;
  /** How long the second desk stays open each time, in seconds. */
  readonly durationSeconds: number;
  /** Seconds the colleague needs per customer. */
  readonly serveSeconds: number;
}

/** Rules used where a level leaves them out. */
export const DEFAULT_RULES: Rules = {
  acknowledgedDrainFactor: 0.5,
  ignoredAfterSeconds: 12,
  ignoredSatisfactionPenalty: 10,
  serviceDrainFactor: 0.25,
  walkOutPenalty: 100,
  tooFamiliarPenalty: 6,
  followInformalBonus: 2,
  distractionPenalty: 8,
  missedUrgentPenalty: 50,
  promiseKeptBonus: 20,
  brokenPromisePenalty: 60,
};
