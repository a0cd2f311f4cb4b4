/** Polish strings of the service mechanics at the desk. */
import type { MechanicsCatalog } from './types.ts';

/** Mechanics strings in Polish. */
export const mechanicsPl: MechanicsCatalog = {
  'desk.address.formal': 'Zwraca się per Pan/Pani',
  'desk.address.informal': 'Mówi na „ty”',
};
