/**
 * Lookup tables derived from a level (sorted arrivals, profiles and dialogue nodes by id).
 * Levels are immutable data, so each table is built once per level object and cached; this keeps
 * `step` free of linear searches without putting derived data into the simulation state.
 */
import type { Arrival, CustomerProfile, Dialogue, DialogueNode, Level } from './level.ts';
import { visitIdFor } from './visit-id.ts';

/** A dialogue with its nodes by id. */
export interface DialogueIndex {
  readonly dialogue: Dialogue;
  readonly nodes: ReadonlyMap<string, DialogueNode>;
}

/** Derived lookups for one level. */
export interface LevelIndex {
  /** The schedule sorted by `at`; ties keep their file order. */
  readonly arrivals: readonly Arrival[];
  readonly profiles: ReadonlyMap<string, CustomerProfile>;
  readonly dialogues: ReadonlyMap<string, DialogueIndex>;
  /** Visit id of each arrival, by its index in `arrivals`. */
  readonly visitIds: readonly string[];
  /** Index in `arrivals` (and in `SimState.customers`) by visit id. */
  readonly visitIndex: ReadonlyMap<string, number>;
  /** Profile of each arrival, by its index (undefined for unknown profile ids). */
  readonly arrivalProfiles: readonly (CustomerProfile | undefined)[];
}

const cache = new WeakMap<Level, LevelIndex>();

/** The (cached) lookup tables of a level. The level must not be mutated afterwards. */
export function indexLevel(level: Level): LevelIndex {
  const cached = cache.get(level);
  if (cached) return cached;
  // Array.prototype.sort is stable, so arrivals at the same second keep their file order.
  const arrivals = [...level.shift.arrivals].sort((a, b) => a.at - b.at);
  const profiles = new Map(level.customers.map((profile) => [profile.id, profile] as const));
  const dialogues = new Map(
    level.dialogues.map(
      (dialogue) =>
        [
          dialogue.id,
          { dialogue, nodes: new Map(dialogue.nodes.map((node) => [node.id, node] as const)) },
        ] as const,
    ),
  );
  const visitIds = arrivals.map((arrival, position) => visitIdFor(arrival.customer, position));
  const visitIndex = new Map(visitIds.map((visitId, position) => [visitId, position] as const));
  const arrivalProfiles = arrivals.map((arrival) => profiles.get(arrival.customer));
  const index: LevelIndex = {
    arrivals,
    profiles,
    dialogues,
    visitIds,
    visitIndex,
    arrivalProfiles,
  };
  cache.set(level, index);
  return index;
}

/** The schedule of a level sorted stably by arrival time. */
export function sortedArrivals(level: Level): readonly Arrival[] {
  return indexLevel(level).arrivals;
}

/** A profile by id; throws for ids the level does not define (validated levels never do that). */
export function requireProfile(level: Level, profileId: string): CustomerProfile {
  const profile = indexLevel(level).profiles.get(profileId);
  if (!profile) throw new Error(`Level "${level.id}" has no customer profile "${profileId}".`);
  return profile;
}

/** A dialogue by id; throws for ids the level does not define. */
export function requireDialogue(level: Level, dialogueId: string): DialogueIndex {
  const dialogue = indexLevel(level).dialogues.get(dialogueId);
  if (!dialogue) throw new Error(`Level "${level.id}" has no dialogue "${dialogueId}".`);
  return dialogue;
}

/** A node of a dialogue by id; throws for ids the dialogue does not define. */
export function requireNode(level: Level, dialogueId: string, nodeId: string): DialogueNode {
  const node = requireDialogue(level, dialogueId).nodes.get(nodeId);
  if (!node) {
    throw new Error(`Dialogue "${dialogueId}" of level "${level.id}" has no node "${nodeId}".`);
  }
  return node;
}
