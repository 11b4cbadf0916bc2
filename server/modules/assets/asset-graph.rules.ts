/**
 * The dependency graph of an organisation's assets as pure functions. An edge `from -> to`
 * reads "from depends on to": when `to` fails, `from` is hit, and so is everything that
 * depends on `from`. Organisations hold hundreds to a few thousand assets, so the graph is
 * loaded once and walked in memory.
 */

export type Edge = { from: string; to: string };

function adjacency(edges: readonly Edge[], direction: 'forward' | 'backward'): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const edge of edges) {
    const [key, value] = direction === 'forward' ? [edge.from, edge.to] : [edge.to, edge.from];
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

export type Reached = { id: string; depth: number; via: string };

/** Breadth-first: each reachable asset once, at its shortest distance, with the asset it was reached from. */
function walk(next: Map<string, string[]>, start: string, maxDepth = Number.POSITIVE_INFINITY): Reached[] {
  const seen = new Set([start]);
  const reached: Reached[] = [];
  let frontier = [start];
  for (let depth = 1; frontier.length && depth <= maxDepth; depth++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const neighbour of next.get(id) ?? []) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        reached.push({ id: neighbour, depth, via: id });
        following.push(neighbour);
      }
    }
    frontier = following;
  }
  return reached;
}

/** What breaks if `id` fails: every asset that depends on it, directly or through others. */
export const dependentsOf = (edges: readonly Edge[], id: string, maxDepth?: number): Reached[] =>
  walk(adjacency(edges, 'backward'), id, maxDepth);

/** What `id` needs: every asset it depends on, directly or through others. */
export const dependenciesOf = (edges: readonly Edge[], id: string, maxDepth?: number): Reached[] =>
  walk(adjacency(edges, 'forward'), id, maxDepth);

/**
 * The cycle that adding `from -> to` would close, as the path from `from` back to itself
 * (`[from, to, …, from]`), or null when the edge is safe.
 */
export function cycleThrough(edges: readonly Edge[], from: string, to: string): string[] | null {
  if (from === to) return [from, from];
  const forward = adjacency(edges, 'forward');
  const parent = new Map<string, string>();
  const queue = [to];
  const seen = new Set([to]);
  while (queue.length) {
    const id = queue.shift() as string;
    if (id === from) {
      const path = [from];
      let step = from;
      while (step !== to) {
        step = parent.get(step) as string;
        path.unshift(step);
      }
      return [from, ...path];
    }
    for (const neighbour of forward.get(id) ?? []) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      parent.set(neighbour, id);
      queue.push(neighbour);
    }
  }
  return null;
}

/** The first cycle in a whole graph (for imports that replace many edges at once), or null. */
export function findCycle(edges: readonly Edge[]): string[] | null {
  const forward = adjacency(edges, 'forward');
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of forward.get(id) ?? []) {
      const s = state.get(next);
      if (s === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (s === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of forward.keys()) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return null;
}
