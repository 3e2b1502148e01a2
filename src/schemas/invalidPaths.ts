// Where a record failed its field checks, as a tree of paths, so that the
// cross-field rules and warnings can still run on the parts that passed
// (issue 12: every problem in one run) without ever reading a bad value.
// Internal.

/**
 * A node of the tree: `invalid` when the value at this path failed its own
 * check (then everything below it counts as invalid too); `children` for
 * paths below it that failed. A path with no node holds a value that passed.
 */
export interface InvalidTree {
  invalid: boolean;
  readonly children: Map<PropertyKey, InvalidTree>;
}

/** The tree of the paths that failed; undefined when none did. */
export function toInvalidTree(paths: Iterable<readonly PropertyKey[]>): InvalidTree | undefined {
  let root: InvalidTree | undefined;
  for (const path of paths) {
    root ??= { invalid: false, children: new Map() };
    let node = root;
    for (const key of path) {
      let next = node.children.get(key);
      if (next === undefined) {
        next = { invalid: false, children: new Map() };
        node.children.set(key, next);
      }
      node = next;
    }
    node.invalid = true;
  }
  return root;
}

/**
 * The node at `key` below `node`: undefined when nothing there failed, the
 * node itself when it is invalid as a whole.
 */
export function at(node: InvalidTree | undefined, key: PropertyKey): InvalidTree | undefined {
  if (node === undefined || node.invalid) return node;
  return node.children.get(key);
}

/** Whether the value at this node failed its own check. */
export function isInvalid(node: InvalidTree | undefined): boolean {
  return node?.invalid === true;
}
