/**
 * English strings of the service mechanics at the desk (form of address, ...). They define
 * these keys: every other language must provide the same ones.
 */
export const mechanicsEn = {
  'desk.address.formal': 'Speaks formally',
  'desk.address.informal': 'Speaks informally, on first-name terms',
} as const;
