/**
 * The campaign: the built-in levels new hires play first, in this order (each opens at one star
 * on the one before). Other levels follow in the list, always open. Kept apart from the catalog
 * (which needs Vite) so tests and tools can read it anywhere.
 */
export const CAMPAIGN_ORDER: readonly string[] = ['first-shift', 'opening-hour', 'monday-regulars'];
