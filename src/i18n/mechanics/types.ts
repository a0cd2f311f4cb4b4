/** The shape every language's mechanics strings must have (the English keys). */
import type { mechanicsEn } from './en.ts';

/** Mechanics strings of one language. */
export type MechanicsCatalog = { readonly [K in keyof typeof mechanicsEn]: string };
