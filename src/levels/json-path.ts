/**
 * JSON paths: printing them (`$.dialogues[0].nodes[2]`) and finding where they are in the
 * parse tree, so every problem points at the text the author wrote.
 */
import type { Node } from 'jsonc-parser';

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$`, `$.title.en`, `$.customers[0]`, `$["odd key"]`. */
export function formatJsonPath(path: readonly PathSegment[]): string {
  let text = '$';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (plainKey.test(segment)) text += `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** The property node for `key` in an object node (the last one, as JSON.parse would keep). */
export function propertyNode(object: Node, key: string): Node | undefined {
  if (object.type !== 'object') return undefined;
  let found: Node | undefined;
  for (const property of object.children ?? []) {
    if (property.children?.[0]?.value === key) found = property;
  }
  return found;
}

/** Where a path lands in the tree. */
export interface Located {
  /** The deepest node the path reaches: the value itself when `complete`, else an ancestor. */
  readonly node: Node;
  readonly complete: boolean;
  /** How many segments of the path exist in the tree. */
  readonly depth: number;
  /** The key node of the last segment when the path ends at an object property. */
  readonly key: Node | undefined;
}

/** Follows `path` from `root` as far as the tree goes. */
export function locate(root: Node, path: readonly PathSegment[]): Located {
  let node = root;
  let key: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    let next: Node | undefined;
    key = undefined;
    if (typeof segment === 'number' && node.type === 'array') {
      next = node.children?.[segment];
    } else if (typeof segment === 'string' && node.type === 'object') {
      const property = propertyNode(node, segment);
      key = property?.children?.[0];
      next = property?.children?.[1];
    }
    if (next === undefined) return { node, complete: false, depth, key: undefined };
    node = next;
    depth++;
  }
  return { node, complete: true, depth, key };
}
