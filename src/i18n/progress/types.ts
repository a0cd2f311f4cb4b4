/** The shape every language's progress strings must have (the English keys, plural where English is). */
import type { PluralForms } from '../en.ts';
import type { progressEn } from './en.ts';

/** Players, high scores and progress strings of one language. */
export type ProgressCatalog = {
  readonly [K in keyof typeof progressEn]: (typeof progressEn)[K] extends string
    ? string
    : PluralForms;
};
