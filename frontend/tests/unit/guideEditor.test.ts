import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  depths,
  emptyDraft,
  fromTree,
  move,
  parentsOf,
  problemCount,
  problemsOnNodes,
  reachable,
  removeNode,
  setFiling,
  setStart,
  setText,
  setType,
  toTree,
  unreachableAfterRemoving,
  walkDraft,
  type Draft,
} from '@/lib/guideEditor';

/** q1 -yes-> q2 -yes-> s1, q2 -no-> t1; q1 -no-> s2 */
function printer(): Draft {
  let d = setText(emptyDraft(), 'q1', 'Is the display lit?');
  let r = addNode(d, 'question', { id: 'q1', answer: 'yes' });
  d = setText(r.draft, r.id, 'Can colleagues print?');
  r = addNode(d, 'solution', { id: 'q2', answer: 'yes' });
  d = setText(r.draft, r.id, 'Add the printer again.');
  r = addNode(d, 'ticket', { id: 'q2', answer: 'no' });
  d = setFiling(setText(r.draft, r.id, 'A technician comes.'), r.id, { category_id: 4, team_id: 2 });
  r = addNode(d, 'solution', { id: 'q1', answer: 'no' });
  return setText(r.draft, r.id, 'Press the power button.');
}

describe('building a guide', () => {
  it('adds nodes with fresh ids, connected from the answer that asked for them', () => {
    const d = printer();
    expect(d.nodes.map((n) => n.id)).toEqual(['q1', 's2', 'q2', 't1', 's1']);
    expect(d.nodes[0]).toMatchObject({ yes: 'q2', no: 's2' });
    expect(d.nodes[2]).toMatchObject({ yes: 's1', no: 't1' });
    const last = addNode(d, 'question');
    expect(last.id).toBe('q3');
    expect(last.draft.nodes.at(-1)?.id).toBe('q3');
    expect(reachable(last.draft).has('q3')).toBe(false);
  });

  it('sends the API a tree with branches on questions and filing on tickets only', () => {
    const d = setFiling(setType(printer(), 's1', 'ticket'), 's1', { team_id: 3 });
    const tree = toTree(setType(d, 'q2', 'solution'));
    expect(tree.start).toBe('q1');
    expect(tree.nodes.find((n) => n.id === 'q2')).toEqual({ id: 'q2', type: 'solution', text: 'Can colleagues print?' });
    expect(tree.nodes.find((n) => n.id === 's1')).toEqual({ id: 's1', type: 'ticket', text: 'Add the printer again.', team_id: 3 });
    expect(tree.nodes.find((n) => n.id === 't1')).toEqual({ id: 't1', type: 'ticket', text: 'A technician comes.', category_id: 4, team_id: 2 });
    expect(fromTree(toTree(printer()))).toEqual(printer());
    expect(fromTree(null)).toEqual(emptyDraft());
  });

  it('a node changing kind drops what only the old kind had', () => {
    const d = setType(printer(), 't1', 'question');
    expect(d.nodes.find((n) => n.id === 't1')).toMatchObject({ type: 'question', category_id: null, team_id: null });
    const q = setType(printer(), 'q2', 'solution');
    expect(q.nodes.find((n) => n.id === 'q2')).toMatchObject({ yes: null, no: null });
    expect(reachable(q)).toEqual(new Set(['q1', 'q2', 's2']));
  });

  it('reorders without changing the tree, and stays put at the ends', () => {
    const d = printer();
    expect(move(d, 's2', -1).nodes.map((n) => n.id)).toEqual(['s2', 'q1', 'q2', 't1', 's1']);
    expect(move(d, 'q1', -1)).toBe(d);
    expect(move(d, 's1', 1)).toBe(d);
    expect(toTree(move(d, 'q2', 1)).nodes.find((n) => n.id === 'q2')).toEqual(toTree(d).nodes.find((n) => n.id === 'q2'));
  });

  it('connects any answer to any node; the start moves only to an existing node', () => {
    const d = connect(printer(), 'q2', 'no', 'q1');
    expect(d.nodes.find((n) => n.id === 'q2')?.no).toBe('q1');
    expect(parentsOf(d, 'q1')).toEqual([{ id: 'q2', answer: 'no' }]);
    expect(setStart(d, 'q2').start).toBe('q2');
    expect(setStart(d, 'nope')).toBe(d);
  });
});

describe('removing a node', () => {
  it('shows what becomes unreachable, and leaves the answers leading nowhere', () => {
    const d = printer();
    expect(unreachableAfterRemoving(d, 'q2')).toEqual(['t1', 's1']);
    expect(unreachableAfterRemoving(d, 's2')).toEqual([]);
    expect(unreachableAfterRemoving(d, 'q1')).toEqual(['s2', 'q2', 't1', 's1']);
    const after = removeNode(d, 'q2');
    expect(after.nodes.map((n) => n.id)).toEqual(['q1', 's2', 't1', 's1']);
    expect(after.nodes[0]).toMatchObject({ yes: null, no: 's2' });
    expect(reachable(after)).toEqual(new Set(['q1', 's2']));
  });

  it('never removes the start, and an already unreachable node is not counted again', () => {
    const d = printer();
    expect(removeNode(d, 'q1')).toBe(d);
    const orphaned = connect(d, 'q1', 'yes', null);
    expect(unreachableAfterRemoving(orphaned, 'q2')).toEqual([]);
  });

  it('indents by depth and survives loops', () => {
    const d = connect(printer(), 'q2', 'yes', 'q1');
    expect(Object.fromEntries(depths(d))).toEqual({ q1: 0, q2: 1, s2: 1, t1: 2 });
    expect(reachable(d)).toEqual(new Set(['q1', 'q2', 's2', 't1']));
  });
});

describe('previewing the draft', () => {
  it('walks to a leaf with the path taken', () => {
    const end = walkDraft(printer(), ['yes', 'no']);
    expect(end?.kind).toBe('node');
    if (end?.kind !== 'node') return;
    expect(end.node.id).toBe('t1');
    expect(end.path).toEqual([
      { node_id: 'q1', question: 'Is the display lit?', answer: 'yes' },
      { node_id: 'q2', question: 'Can colleagues print?', answer: 'no' },
    ]);
    const first = walkDraft(printer(), []);
    expect(first?.kind === 'node' && first.node.id).toBe('q1');
  });

  it('stops where the draft is broken and says why', () => {
    expect(walkDraft(removeNode(printer(), 'q2'), ['yes'])).toMatchObject({ kind: 'broken', reason: 'nowhere', path: [] });
    const unknown = connect(printer(), 'q1', 'no', 'gone');
    expect(walkDraft(unknown, ['no'])).toMatchObject({ kind: 'broken', reason: 'unknown' });
    const loop = connect(printer(), 'q2', 'yes', 'q1');
    expect(walkDraft(loop, ['yes', 'yes'])).toMatchObject({ kind: 'broken', reason: 'loop', path: [{ node_id: 'q1' }] });
    expect(walkDraft({ start: 'x', nodes: [] }, [])).toBeNull();
  });
});

describe("the server's errors on the nodes", () => {
  it('puts rule errors on the node and branch they name, schema errors by position', () => {
    const sent = printer();
    const problems = problemsOnNodes(sent, [
      { field: 'tree.nodes.q2.yes', message: 'cycle: q1 -> q2 -> q1' },
      { field: 'tree.nodes.t1.team_id', message: 'no such team' },
      { field: 'tree.nodes.s1', message: 'unreachable from the start' },
      { field: 'tree.nodes.1.text', message: 'String should have at least 1 character' },
      { field: 'tree.nodes.t1.team_id', message: 'and again' },
      { field: 'tree.nodes', message: 'a guide has at most 200 nodes' },
      { field: 'tree.start', message: "no node has the id 'x'" },
      { field: 'tree.nodes.99.text', message: 'lost' },
      { field: 'title', message: 'Field required' },
    ]);
    expect(problems.nodes).toEqual({
      q2: { yes: 'cycle: q1 -> q2 -> q1' },
      t1: { team_id: 'no such team; and again' },
      s1: { node: 'unreachable from the start' },
      s2: { text: 'String should have at least 1 character' },
    });
    expect(problems.tree).toEqual(['a guide has at most 200 nodes', "no node has the id 'x'", 'lost']);
    expect(problems.other).toEqual({ title: 'Field required' });
    expect(problemCount(problems)).toBe(7);
  });

  it('prefers a node named by an id made of digits over a position', () => {
    const sent: Draft = { start: '1', nodes: [{ ...emptyDraft().nodes[0], id: '1' }, { ...emptyDraft().nodes[0], id: 'q9' }] };
    expect(problemsOnNodes(sent, [{ field: 'tree.nodes.1.no', message: 'dangling' }]).nodes).toEqual({ '1': { no: 'dangling' } });
    expect(problemsOnNodes(sent, [{ field: 'tree.nodes.0.type', message: 'bad' }]).nodes).toEqual({ '1': { type: 'bad' } });
  });
});
