/**
 * Turns a parse tree into plain data without recursion and without ever assigning a key
 * (assignment to `__proto__` would swap an object's prototype). Keys that could reach a
 * prototype are refused outright, and so are duplicate keys, which JSON.parse would hide.
 */
import type { Node } from 'jsonc-parser';
import { formatJsonPath, type PathSegment } from './json-path.ts';
import type { OffsetProblem } from './problem.ts';

/** Keys a level never needs and an attacker would love. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Either the data, or the problems found on the way. */
export type TreeData =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly problems: OffsetProblem[] };

interface Task {
  readonly node: Node;
  readonly path: readonly PathSegment[];
  readonly target: object;
  readonly slot: string | number;
}

function put(target: object, slot: string | number, value: unknown): void {
  Object.defineProperty(target, slot, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function scalarOf(node: Node): unknown {
  return node.type === 'null' ? null : (node.value as unknown);
}

/** Builds plain objects, arrays and scalars from `root`. */
export function treeToData(root: Node): TreeData {
  const problems: OffsetProblem[] = [];
  const holder = { value: undefined as unknown };
  const stack: Task[] = [{ node: root, path: [], target: holder, slot: 'value' }];
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    const { node, path } = task;
    if (node.type === 'array') {
      const list: unknown[] = [];
      put(task.target, task.slot, list);
      (node.children ?? []).forEach((child, index) => {
        stack.push({ node: child, path: [...path, index], target: list, slot: index });
      });
    } else if (node.type === 'object') {
      const object = {};
      put(task.target, task.slot, object);
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (keyNode === undefined || valueNode === undefined) continue;
        const key = String(keyNode.value);
        const refusal = FORBIDDEN_KEYS.has(key)
          ? `the key "${key}" is not allowed in a level file`
          : seen.has(key)
            ? `"${key}" appears twice in this object; keep only one`
            : undefined;
        if (refusal !== undefined) {
          const keyPath = formatJsonPath([...path, key]);
          problems.push({
            offset: keyNode.offset,
            severity: 'error',
            message: refusal,
            path: keyPath,
          });
        } else {
          seen.add(key);
          stack.push({ node: valueNode, path: [...path, key], target: object, slot: key });
        }
      }
    } else {
      put(task.target, task.slot, scalarOf(node));
    }
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.offset - b.offset);
    return { ok: false, problems };
  }
  return { ok: true, data: holder.value };
}
