/**
 * The cast of a level file: customer profiles and the conversations they have at the desk.
 * Part of the level file schema (see `schema.ts`).
 */
import * as z from 'zod';
import { TRAITS } from '../core/level.ts';
import {
  colourField,
  effectField,
  idField,
  localizedText,
  meterField,
  plainText,
  principleList,
} from './schema-parts.ts';

const lookSchema = z
  .strictObject({
    skin: colourField('Skin colour, "#rrggbb".'),
    hair: colourField('Hair colour, "#rrggbb".'),
    outfit: colourField('Clothes colour, "#rrggbb".'),
    hairStyle: z.enum(['short', 'long', 'bun', 'bald', 'curly']).describe('Hair style.'),
    accessory: z
      .enum(['none', 'glasses', 'hat', 'scarf'])
      .default('none')
      .describe('Something extra to wear.'),
  })
  .describe('How the customer is drawn.');

/** A customer profile. */
export const customerSchema = z
  .strictObject({
    id: idField('Unique id of this profile; arrivals name it.'),
    name: plainText('The customer\'s name, the same in every language, e.g. "Rasa".', 60),
    look: lookSchema,
    patience: meterField('Starting patience, 0-100. At 0 the customer walks out.', 100),
    drainPerSecond: z
      .number()
      .positive()
      .max(50)
      .describe('Patience lost per second while waiting in the queue (more than 0, at most 50).'),
    address: z
      .enum(['formal', 'informal'])
      .default('formal')
      .describe(
        'How the customer speaks: formal (Jūs, teie, Pan/Pani) or informal (tu, sina, ty).',
      ),
    traits: z
      .array(z.enum(TRAITS))
      .max(TRAITS.length)
      .default([])
      .describe('Descriptive traits shown on the customer card.'),
    satisfaction: meterField('Starting satisfaction, 0-100.', 50),
    selfEsteem: meterField('Starting self-esteem, 0-100.', 50),
    dialogue: idField('Id of the dialogue this customer has at the desk.'),
    regular: z
      .strictObject({
        history: localizedText(
          "What the clerk can look up on this regular's card: last visit, what they bought, what happened.",
        ),
      })
      .optional()
      .describe(
        'A regular customer: the clerk can open their card (key C) at the desk, which unlocks answers marked usesCard.',
      ),
  })
  .describe('A customer profile.');

const effectsSchema = z
  .strictObject({
    satisfaction: effectField('Change to satisfaction, -100 to 100.'),
    selfEsteem: effectField('Change to self-esteem, -100 to 100.'),
    patience: effectField('Change to patience, -100 to 100.'),
  })
  .describe(
    "What this answer does to the customer's meters; each change is added, then kept within 0-100.",
  );

const choiceSchema = z
  .strictObject({
    id: idField('Id of this answer, unique within its node.'),
    text: localizedText('What the clerk says.'),
    effects: effectsSchema,
    honours: principleList('Principle ids this answer puts into practice.'),
    breaks: principleList('Principle ids this answer goes against.'),
    feedback: localizedText('Shown after the pick: why this answer was good or bad.'),
    next: idField('Id of the next node in this dialogue, or null to end the conversation.')
      .nullable()
      .describe('Id of the next node in this dialogue, or null to end the conversation.'),
    register: z
      .enum(['formal', 'informal'])
      .optional()
      .describe(
        'How this answer addresses the customer (LT Jūs/tu, ET teie/sina, PL Pan/Pani/ty, formal or casual English). Informal to a formal customer costs; informal to an informal one earns a little; formal is always safe. Leave out for answers with no marked form.',
      ),
    promise: z
      .strictObject({
        id: idField('Unique id of this promise in the level.'),
        text: localizedText('What was promised, shown in the list of open promises.'),
        deadlineSeconds: z
          .number()
          .positive()
          .max(3600)
          .describe('Seconds from the answer until it must be kept.'),
      })
      .optional()
      .describe(
        'A promise this answer makes (call back, bring the item); the player keeps it with K before the deadline.',
      ),
    usesCard: z
      .boolean()
      .optional()
      .describe(
        "true: offered only once the clerk opened the regular's card (the answer recalls their history).",
      ),
  })
  .describe('One answer the player can pick.');

const nodeSchema = z
  .strictObject({
    id: idField('Id of this node, unique within its dialogue.'),
    line: localizedText('What the customer says.'),
    choices: z
      .array(choiceSchema)
      .min(2)
      .max(4)
      .describe('The 2-4 answers offered, shown in a shuffled order.'),
  })
  .describe('One step of a conversation: the customer speaks, the player answers.');

/** A conversation graph. */
export const dialogueSchema = z
  .strictObject({
    id: idField('Unique id of this dialogue; customer profiles name it.'),
    start: idField('Id of the node the conversation starts at.'),
    nodes: z.array(nodeSchema).min(1).max(50).describe("The conversation's steps."),
  })
  .describe('A conversation graph.');
