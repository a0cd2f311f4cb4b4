/**
 * Visit ids: the profile id plus the arrival's index in the sorted schedule (`anna#3`).
 * Customers are stored in arrival order, so the index doubles as their position in
 * `SimState.customers`, which makes lookups by visit id O(1).
 */
import type { CustomerState } from './types.ts';

const SEPARATOR = '#';

/** The visit id of the `arrivalIndex`-th scheduled arrival of `profileId`. */
export function visitIdFor(profileId: string, arrivalIndex: number): string {
  return `${profileId}${SEPARATOR}${arrivalIndex}`;
}

/** The position of a visit in `customers`, or -1 when no arrived customer has that id. */
export function visitIndexOf(customers: readonly CustomerState[], visitId: string): number {
  const cut = visitId.lastIndexOf(SEPARATOR);
  if (cut < 0) return -1;
  const index = Number(visitId.slice(cut + 1));
  if (!Number.isInteger(index) || index < 0) return -1;
  // The parse is only a hint: a forged or stale id must not match someone else.
  return customers[index]?.visitId === visitId ? index : -1;
}
