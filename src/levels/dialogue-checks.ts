/**
 * Checks on conversation graphs: unique ids, nodes that exist, nodes that can be reached, and
 * a way out (a choice with `next: null`) from every node.
 */
import type { Dialogue } from '../core/level.ts';
import type { PathSegment } from './json-path.ts';
import type { LevelIssue } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** Reports ids that appear more than once in `items`, at each repeat's `id`. */
export function duplicateIds(
  items: readonly { readonly id: string }[],
  path: readonly PathSegment[],
  kind: string,
): LevelIssue[] {
  const seen = new Set<string>();
  const issues: LevelIssue[] = [];
  items.forEach((item, index) => {
    if (!seen.has(item.id)) seen.add(item.id);
    else {
      const message = `${kind} id "${item.id}" is already used by an earlier ${kind}; ids must be unique`;
      issues.push({ severity: 'error', message, path: [...path, index, 'id'] });
    }
  });
  return issues;
}

/** Nodes reachable from `start` by following choices (unknown targets are skipped). */
function reachableFrom(start: string, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = edges.has(start) ? [start] : [];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  return seen;
}

/** Nodes from which some chain of choices reaches a choice with `next: null`. */
function nodesThatCanEnd(dialogue: Dialogue): Set<string> {
  const cameFrom = new Map<string, string[]>();
  const stack: string[] = [];
  for (const node of dialogue.nodes) {
    for (const choice of node.choices) {
      if (choice.next === null) stack.push(node.id);
      else {
        const sources = cameFrom.get(choice.next) ?? [];
        sources.push(node.id);
        cameFrom.set(choice.next, sources);
      }
    }
  }
  const canEnd = new Set<string>();
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    stack.push(...(cameFrom.get(id) ?? []));
  }
  return canEnd;
}

/** All graph problems of one dialogue at `path`. */
export function checkDialogue(dialogue: Dialogue, path: readonly PathSegment[]): LevelIssue[] {
  const issues = duplicateIds(dialogue.nodes, [...path, 'nodes'], 'node');
  const edges = new Map<string, string[]>();
  for (const node of dialogue.nodes) {
    if (!edges.has(node.id))
      edges.set(
        node.id,
        node.choices.flatMap((choice) => choice.next ?? []),
      );
  }
  const nodeIds = [...edges.keys()];
  if (!edges.has(dialogue.start)) {
    const message = `dialogue "${dialogue.id}" starts at node "${dialogue.start}", which does not exist${didYouMean(dialogue.start, nodeIds)}`;
    issues.push({ severity: 'error', message, path: [...path, 'start'] });
  }
  dialogue.nodes.forEach((node, nodeIndex) => {
    const nodePath = [...path, 'nodes', nodeIndex];
    issues.push(...duplicateIds(node.choices, [...nodePath, 'choices'], 'choice'));
    node.choices.forEach((choice, choiceIndex) => {
      if (choice.next === null || edges.has(choice.next)) return;
      const message = `choice "${choice.id}" goes to node "${choice.next}", which does not exist${didYouMean(choice.next, nodeIds)}`;
      issues.push({
        severity: 'error',
        message,
        path: [...nodePath, 'choices', choiceIndex, 'next'],
      });
    });
  });
  const reachable = reachableFrom(dialogue.start, edges);
  const canEnd = nodesThatCanEnd(dialogue);
  dialogue.nodes.forEach((node, nodeIndex) => {
    const idPath = [...path, 'nodes', nodeIndex, 'id'];
    if (edges.has(dialogue.start) && !reachable.has(node.id)) {
      const message = `node "${node.id}" can never be reached from the start node "${dialogue.start}"`;
      issues.push({ severity: 'warning', message, path: idPath });
    }
    if (!canEnd.has(node.id)) {
      const message = `from node "${node.id}" the conversation can never end: no chain of choices leads to one with "next": null`;
      issues.push({ severity: 'error', message, path: idPath });
    }
  });
  return issues;
}
