/**
 * The level format as a JSON Schema document, for editors: a level file that starts with
 * `"$schema": "./level.schema.json"` gets completion, hover help and red squiggles in VS Code.
 * `npm run levels -- schema` writes it to `levels/level.schema.json`.
 */
import * as z from 'zod';
import { levelFileSchema } from './schema.ts';

/** The schema document's `$id`. */
export const LEVEL_SCHEMA_ID = 'https://front-desk.example/schemas/level.schema.json';

/** The JSON Schema (draft 2020-12) of what a level file may contain (its input form). */
export function levelJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(levelFileSchema, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: LEVEL_SCHEMA_ID,
    title: 'Front Desk level',
    ...rest,
  };
}
