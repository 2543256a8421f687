/** Every element's text length from one walk over the tree (for the byline reader). */

interface TreeNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly firstChild?: TreeNode | null;
  readonly nextSibling?: TreeNode | null;
}

/**
 * The length of every element's textContent, from one walk over the tree.
 * Reading textContent element by element costs a walk of each subtree, and a
 * page's outer divs cover nearly all of it (that was ~9% of the extraction
 * time); with the lengths known, only short elements have their text read.
 */
export function textLengths(root: unknown): Map<unknown, number> {
  const out = new Map<unknown, number>();
  const top = root as TreeNode | null;
  if (!top) return out;
  const stack: [TreeNode, number][] = [[top, 0]];
  let sum = 0;
  let node = top.firstChild ?? null;
  for (;;) {
    if (node) {
      if (node.nodeType === 1) {
        stack.push([node, sum]);
        sum = 0;
        node = node.firstChild ?? null;
        continue;
      }
      // Text and CDATA nodes, as textContent counts them.
      if (node.nodeType === 3 || node.nodeType === 4) sum += node.textContent?.length ?? 0;
      node = node.nextSibling ?? null;
      continue;
    }
    const done = stack.pop();
    if (!done) break;
    out.set(done[0], sum);
    sum += done[1];
    // The root's siblings are not its text.
    node = stack.length > 0 ? done[0].nextSibling ?? null : null;
  }
  return out;
}

