import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleThrough, dependenciesOf, dependentsOf, type Edge, findCycle } from './asset-graph.rules.ts';

// process -> app -> server -> network -> power; app -> db -> server
const edges: Edge[] = [
  { from: 'process', to: 'app' },
  { from: 'app', to: 'server' },
  { from: 'server', to: 'network' },
  { from: 'network', to: 'power' },
  { from: 'app', to: 'db' },
  { from: 'db', to: 'server' },
];

describe('asset dependency graph', () => {
  it('finds every dependent once, at its shortest distance, with the asset it is reached through', () => {
    expect(dependentsOf(edges, 'server')).toEqual([
      { id: 'app', depth: 1, via: 'server' },
      { id: 'db', depth: 1, via: 'server' },
      { id: 'process', depth: 2, via: 'app' },
    ]);
    expect(dependentsOf(edges, 'power', 2).map((r) => r.id)).toEqual(['network', 'server']);
  });

  it('finds everything an asset needs', () => {
    expect(dependenciesOf(edges, 'process').map((r) => [r.id, r.depth])).toEqual([
      ['app', 1],
      ['server', 2],
      ['db', 2],
      ['network', 3],
      ['power', 4],
    ]);
  });

  it('names the cycle a new edge would close, and passes edges that close none', () => {
    expect(cycleThrough(edges, 'power', 'process')).toEqual([
      'power',
      'process',
      'app',
      'server',
      'network',
      'power',
    ]);
    expect(cycleThrough(edges, 'server', 'server')).toEqual(['server', 'server']);
    expect(cycleThrough(edges, 'process', 'power')).toBeNull();
  });

  it('agrees with a whole-graph cycle search on random graphs', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f'];
    const edge = fc.record({ from: fc.constantFrom(...nodes), to: fc.constantFrom(...nodes) });
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 12 }), edge, (graph, extra) => {
        const acyclic: Edge[] = [];
        for (const e of graph) if (!cycleThrough(acyclic, e.from, e.to)) acyclic.push(e);
        expect(findCycle(acyclic)).toBeNull();
        const closes = cycleThrough(acyclic, extra.from, extra.to) !== null;
        expect(findCycle([...acyclic, extra]) !== null).toBe(closes);
      }),
    );
  });
});
