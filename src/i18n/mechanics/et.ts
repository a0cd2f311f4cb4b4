/** Estonian strings of the service mechanics at the desk. */
import type { MechanicsCatalog } from './types.ts';

/** Mechanics strings in Estonian. */
export const mechanicsEt: MechanicsCatalog = {
  'desk.address.formal': 'Pöördub teietades',
  'desk.address.informal': 'Pöördub sinatades',
};
