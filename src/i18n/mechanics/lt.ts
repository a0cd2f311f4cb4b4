/** Lithuanian strings of the service mechanics at the desk. */
import type { MechanicsCatalog } from './types.ts';

/** Mechanics strings in Lithuanian. */
export const mechanicsLt: MechanicsCatalog = {
  'desk.address.formal': 'Kreipiasi mandagiai, „Jūs“',
  'desk.address.informal': 'Kreipiasi draugiškai, „tu“',
};
