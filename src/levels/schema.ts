/**
 * The level file format, version 1, as a Zod schema. Its output is the `Level` the simulation
 * runs on (see `toLevel` in `load.ts`, which the compiler checks against `src/core/level.ts`).
 *
 * Growth rule: later versions may add optional fields; anything else bumps `schemaVersion`.
 */
import * as z from 'zod';
import { DEFAULT_RULES, LOCALES } from '../core/level.ts';
import { SOURCE_DOCUMENTS, type SourceFile } from '../core/principles.ts';
import { customerSchema, dialogueSchema } from './cast-schema.ts';
import { SEMVER_PATTERN, idField, localizedText, plainText } from './schema-parts.ts';

/** The format version this game reads. */
export const SCHEMA_VERSION = 1;

const sourceFiles = Object.keys(SOURCE_DOCUMENTS) as [SourceFile, ...SourceFile[]];

const arrivalSchema = z
  .strictObject({
    at: z.number().describe('Seconds after the shift starts when the customer walks in.'),
    customer: idField('Id of the customer profile who arrives.'),
  })
  .describe('One customer walking in. The same profile may arrive more than once.');

const shiftSchema = z
  .strictObject({
    durationSeconds: z
      .number()
      .positive()
      .max(3600)
      .describe('Length of the shift in seconds; every arrival must fall inside it.'),
    seed: z
      .uint32()
      .describe('Any whole number 0-4294967295; it fixes the shuffled order of the answers.'),
    arrivals: z
      .array(arrivalSchema)
      .max(200)
      .describe('Who arrives when. Any order; the game sorts them by time.'),
  })
  .describe('The shift: how long it lasts and who arrives when.');

const rulesSchema = z
  .strictObject({
    acknowledgedDrainFactor: z
      .number()
      .min(0)
      .max(2)
      .default(DEFAULT_RULES.acknowledgedDrainFactor)
      .describe('Patience drain multiplier for a waiting customer the clerk has nodded to.'),
    ignoredAfterSeconds: z
      .number()
      .positive()
      .max(3600)
      .default(DEFAULT_RULES.ignoredAfterSeconds)
      .describe('Seconds a customer waits without a nod before feeling ignored.'),
    ignoredSatisfactionPenalty: z
      .number()
      .min(0)
      .max(100)
      .default(DEFAULT_RULES.ignoredSatisfactionPenalty)
      .describe('Satisfaction lost (once) by a customer who feels ignored.'),
    serviceDrainFactor: z
      .number()
      .min(0)
      .max(2)
      .default(DEFAULT_RULES.serviceDrainFactor)
      .describe('Patience drain multiplier while the customer is at the desk.'),
    walkOutPenalty: z
      .number()
      .min(0)
      .max(10000)
      .default(DEFAULT_RULES.walkOutPenalty)
      .describe('Points lost for each customer who walks out.'),
    tooFamiliarPenalty: z
      .number()
      .min(0)
      .max(100)
      .default(DEFAULT_RULES.tooFamiliarPenalty)
      .describe(
        'Satisfaction and self-esteem lost when a formal customer gets an informal answer (register "informal").',
      ),
    followInformalBonus: z
      .number()
      .min(0)
      .max(100)
      .default(DEFAULT_RULES.followInformalBonus)
      .describe(
        'Satisfaction and self-esteem gained when an informal customer gets an informal answer.',
      ),
    distractionPenalty: z
      .number()
      .min(0)
      .max(100)
      .default(DEFAULT_RULES.distractionPenalty)
      .describe(
        'Satisfaction every waiting customer loses when the clerk attends to a distraction that could wait.',
      ),
    missedUrgentPenalty: z
      .number()
      .min(0)
      .max(10000)
      .default(DEFAULT_RULES.missedUrgentPenalty)
      .describe('Points lost when an urgent distraction goes unanswered.'),
    promiseKeptBonus: z
      .number()
      .min(0)
      .max(10000)
      .default(DEFAULT_RULES.promiseKeptBonus)
      .describe('Points for each promise kept before its deadline.'),
    brokenPromisePenalty: z
      .number()
      .min(0)
      .max(10000)
      .default(DEFAULT_RULES.brokenPromisePenalty)
      .describe('Points lost for each promise whose deadline passes.'),
  })
  .prefault({})
  .describe('Optional tuning of the desk rules; leave out any field to keep its default.');

const starThreshold = z.int().min(0).max(1_000_000);

const distractionsSchema = z
  .array(
    z
      .strictObject({
        id: idField('Unique id of this distraction.'),
        at: z.number().min(0).max(3600).describe('Seconds after the shift starts.'),
        kind: z
          .enum(['phone', 'colleague', 'paperwork'])
          .describe('What it is: the phone ringing, a colleague who wants a word, paperwork.'),
        text: localizedText('What it is about, shown to the player.'),
        lastsSeconds: z
          .number()
          .positive()
          .max(600)
          .describe('Seconds it lasts before it goes away by itself.'),
        urgent: z
          .boolean()
          .default(false)
          .describe(
            'true: it must be attended to (key D) before it goes away; false: it should wait while customers do.',
          ),
      })
      .describe('Something that tempts the clerk away from the customers.'),
  )
  .max(50)
  .optional()
  .describe('Distractions during the shift (priorities askew); leave out for none.');

const preparationSchema = z
  .strictObject({
    seconds: z
      .number()
      .positive()
      .max(300)
      .describe('Seconds available before the desk opens by itself.'),
    tasks: z
      .array(
        z
          .strictObject({
            id: idField('Unique id of this task.'),
            text: localizedText('What to get ready, shown on the checklist.'),
            seconds: z.number().positive().max(300).describe('Preparation seconds it takes.'),
            principle: z
              .enum(['prepare-workplace', 'prepare-mind'])
              .describe('The principle it puts into practice (broken when it is skipped).'),
            satisfaction: z
              .int()
              .min(-50)
              .max(50)
              .default(0)
              .describe("Added to every customer's starting satisfaction during the shift."),
            selfEsteem: z
              .int()
              .min(-50)
              .max(50)
              .default(0)
              .describe("Added to every customer's starting self-esteem during the shift."),
            drainFactor: z
              .number()
              .positive()
              .max(2)
              .default(1)
              .describe("Multiplier on every customer's patience drain (0.8: they wait better)."),
          })
          .describe('One thing to get ready before the desk opens.'),
      )
      .min(1)
      .max(8)
      .describe('The checklist.'),
  })
  .optional()
  .describe('A checklist before the desk opens, with a time limit; leave out to start at once.');

const backupSchema = z
  .strictObject({
    uses: z.int().min(1).max(10).describe('How many times the colleague can be called per shift.'),
    durationSeconds: z
      .number()
      .positive()
      .max(600)
      .describe('How long the second desk stays open each time, in seconds.'),
    serveSeconds: z
      .number()
      .positive()
      .max(120)
      .describe(
        'Seconds the colleague needs per customer (served as they are, without a conversation).',
      ),
  })
  .optional()
  .describe(
    'A colleague the player can call (key B) to open a second desk for a while; leave out for none.',
  );

/** The level file schema (format version 1). */
export const levelFileSchema = z
  .strictObject({
    $schema: z
      .string()
      .exactOptional()
      .describe('Path to level.schema.json; gives completion and hover help in editors.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Format version of this file: 1.'),
    id: idField('Unique id of the level, e.g. "first-shift".'),
    version: z
      .string()
      .regex(SEMVER_PATTERN, { error: 'must be a version number like "1.0.0"' })
      .describe('Version of this level, like "1.0.0"; raise it when you change the level.'),
    title: localizedText("The level's name."),
    description: localizedText('One or two sentences shown on the level card.'),
    objectives: z
      .array(localizedText('One learning objective.'))
      .min(1)
      .max(10)
      .describe('What the player should learn; shown before the shift.'),
    locales: z
      .array(z.enum(LOCALES))
      .min(1)
      .max(LOCALES.length)
      .meta({ uniqueItems: true })
      .describe('Languages this level is written in; every text needs each of them.'),
    defaultLocale: z
      .enum(LOCALES)
      .describe('Language used when the player\'s language is not in "locales".'),
    sources: z
      .array(
        z
          .strictObject({
            file: z.enum(sourceFiles).describe('File name of the training document.'),
            title: z
              .string()
              .meta({ enum: Object.values(SOURCE_DOCUMENTS) })
              .describe('Title of that document, exactly as listed in SOURCES.md.'),
          })
          .describe('A training document this level teaches from.'),
      )
      .max(sourceFiles.length)
      .describe('The training documents this level teaches from.'),
    difficulty: z
      .enum(['intro', 'easy', 'medium', 'hard'])
      .describe('How hard the level is; shown on the level card.'),
    author: plainText('Who wrote the level.'),
    shift: shiftSchema,
    rules: rulesSchema,
    customers: z.array(customerSchema).max(50).describe('Customer profiles.'),
    dialogues: z
      .array(dialogueSchema)
      .max(50)
      .describe('Conversations customers have at the desk.'),
    scoring: z
      .strictObject({
        stars: z
          .tuple([
            starThreshold.describe('Score for one star.'),
            starThreshold.describe('Score for two stars.'),
            starThreshold.describe('Score for three stars.'),
          ])
          .describe('Scores needed for one, two and three stars, going up.'),
      })
      .describe('How the final score turns into stars.'),
    backup: backupSchema,
    distractions: distractionsSchema,
    preparation: preparationSchema,
  })
  .describe('A Front Desk level: one shift at the service desk.');

/** A level file after schema checks: defaults filled, arrivals still in file order. */
export type LevelFile = z.output<typeof levelFileSchema>;
