import type { Answer, FieldError, GuideNode, GuideTree, NodeType } from '@/api/generated';

/**
 * Editing a guide's yes/no tree before it is saved. The draft may be wrong in every way the
 * server refuses (cycles, branches leading nowhere, unreachable nodes): the server is the judge,
 * and its errors come back on the nodes they name. The order of `nodes` is the author's.
 */
export interface DraftNode {
  id: string;
  type: NodeType;
  text: string;
  yes: string | null;
  no: string | null;
  category_id: number | null;
  team_id: number | null;
}

export interface Draft {
  start: string;
  nodes: DraftNode[];
}

export const ANSWERS: readonly Answer[] = ['yes', 'no'];
const PREFIX: Record<NodeType, string> = { question: 'q', solution: 's', ticket: 't' };

function blank(id: string, type: NodeType, text = ''): DraftNode {
  return { id, type, text, yes: null, no: null, category_id: null, team_id: null };
}

export function emptyDraft(): Draft {
  return { start: 'q1', nodes: [blank('q1', 'question')] };
}

export function fromTree(tree: GuideTree | null | undefined): Draft {
  if (!tree?.nodes.length) return emptyDraft();
  return {
    start: tree.start,
    nodes: tree.nodes.map((n) => ({
      id: n.id,
      type: n.type,
      text: n.text,
      yes: n.yes ?? null,
      no: n.no ?? null,
      category_id: n.category_id ?? null,
      team_id: n.team_id ?? null,
    })),
  };
}

/** The tree as the API takes it: branches on questions only, a team and category on tickets only. */
export function toTree(draft: Draft): GuideTree {
  return {
    start: draft.start,
    nodes: draft.nodes.map((n): GuideNode => {
      const node: GuideNode = { id: n.id, type: n.type, text: n.text };
      if (n.type === 'question') {
        if (n.yes) node.yes = n.yes;
        if (n.no) node.no = n.no;
      }
      if (n.type === 'ticket') {
        if (n.category_id != null) node.category_id = n.category_id;
        if (n.team_id != null) node.team_id = n.team_id;
      }
      return node;
    }),
  };
}

export function findNode(draft: Draft, id: string): DraftNode | undefined {
  return draft.nodes.find((n) => n.id === id);
}

/** A fresh id of the type's kind: q4, s2, t1... */
export function nextId(draft: Draft, type: NodeType): string {
  const taken = new Set(draft.nodes.map((n) => n.id));
  let i = 1;
  while (taken.has(`${PREFIX[type]}${i}`)) i += 1;
  return `${PREFIX[type]}${i}`;
}

function replaceNode(draft: Draft, id: string, change: (n: DraftNode) => DraftNode): Draft {
  return { ...draft, nodes: draft.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

/**
 * A new node; given a question and an answer, the answer leads to it and it is placed after
 * the question, else it goes last.
 */
export function addNode(draft: Draft, type: NodeType, from?: { id: string; answer: Answer }): { draft: Draft; id: string } {
  const id = nextId(draft, type);
  const node = blank(id, type);
  const nodes = [...draft.nodes];
  const at = from ? nodes.findIndex((n) => n.id === from.id) : -1;
  if (at >= 0) nodes.splice(at + 1, 0, node);
  else nodes.push(node);
  let next: Draft = { ...draft, nodes };
  if (from && at >= 0) next = connect(next, from.id, from.answer, id);
  return { draft: next, id };
}

export function setText(draft: Draft, id: string, text: string): Draft {
  return replaceNode(draft, id, (n) => ({ ...n, text }));
}

/** A node changing kind keeps its text and drops what only the old kind had. */
export function setType(draft: Draft, id: string, type: NodeType): Draft {
  return replaceNode(draft, id, (n) => ({
    ...n,
    type,
    yes: type === 'question' ? n.yes : null,
    no: type === 'question' ? n.no : null,
    category_id: type === 'ticket' ? n.category_id : null,
    team_id: type === 'ticket' ? n.team_id : null,
  }));
}

export function setFiling(draft: Draft, id: string, filing: { category_id?: number | null; team_id?: number | null }): Draft {
  return replaceNode(draft, id, (n) => ({ ...n, ...filing }));
}

/** Where a question's answer leads (null: nowhere yet). Any node may be named: the server refuses loops. */
export function connect(draft: Draft, id: string, answer: Answer, target: string | null): Draft {
  return replaceNode(draft, id, (n) => ({ ...n, [answer]: target }));
}

export function setStart(draft: Draft, id: string): Draft {
  return findNode(draft, id) ? { ...draft, start: id } : draft;
}

/** Move a node up (-1) or down (+1) in the outline; at either end it stays. */
export function move(draft: Draft, id: string, delta: -1 | 1): Draft {
  const from = draft.nodes.findIndex((n) => n.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= draft.nodes.length) return draft;
  const nodes = [...draft.nodes];
  [nodes[from], nodes[to]] = [nodes[to], nodes[from]];
  return { ...draft, nodes };
}

/** Remove a node; the answers that led to it lead nowhere until connected again. */
export function removeNode(draft: Draft, id: string): Draft {
  if (id === draft.start) return draft;
  return {
    ...draft,
    nodes: draft.nodes
      .filter((n) => n.id !== id)
      .map((n) => ({ ...n, yes: n.yes === id ? null : n.yes, no: n.no === id ? null : n.no })),
  };
}

/** The nodes reached from the start by any answers (loops and unknown ids tolerated). */
export function reachable(draft: Draft): Set<string> {
  const byId = new Map(draft.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const pending = [draft.start];
  while (pending.length) {
    const id = pending.pop()!;
    const node = byId.get(id);
    if (!node || seen.has(id)) continue;
    seen.add(id);
    if (node.type === 'question') for (const a of ANSWERS) if (node[a]) pending.push(node[a]);
  }
  return seen;
}

/** The nodes no answers would reach any more once this one is removed (itself excluded). */
export function unreachableAfterRemoving(draft: Draft, id: string): string[] {
  if (id === draft.start) return draft.nodes.filter((n) => n.id !== id).map((n) => n.id);
  const before = reachable(draft);
  const after = reachable(removeNode(draft, id));
  return draft.nodes.filter((n) => n.id !== id && before.has(n.id) && !after.has(n.id)).map((n) => n.id);
}

/** How deep each reachable node sits under the start (first way found), for indenting the outline. */
export function depths(draft: Draft): Map<string, number> {
  const byId = new Map(draft.nodes.map((n) => [n.id, n]));
  const depth = new Map<string, number>();
  const queue: [string, number][] = [[draft.start, 0]];
  while (queue.length) {
    const [id, d] = queue.shift()!;
    const node = byId.get(id);
    if (!node || depth.has(id)) continue;
    depth.set(id, d);
    if (node.type === 'question') for (const a of ANSWERS) if (node[a]) queue.push([node[a]!, d + 1]);
  }
  return depth;
}

/** Which answers lead to a node (for "yes of q1" labels). */
export function parentsOf(draft: Draft, id: string): { id: string; answer: Answer }[] {
  return draft.nodes.flatMap((n) =>
    n.type === 'question' ? ANSWERS.filter((a) => n[a] === id).map((answer) => ({ id: n.id, answer })) : [],
  );
}

// ---- Walking the draft (the preview) ----

export interface DraftStep {
  node_id: string;
  question: string;
  answer: Answer;
}

export type DraftPosition =
  | { kind: 'node'; node: DraftNode; path: DraftStep[] }
  /** The answer leads nowhere, to an unknown node, or back on the path: the walk cannot go on. */
  | { kind: 'broken'; from: DraftNode; answer: Answer; reason: 'nowhere' | 'unknown' | 'loop'; path: DraftStep[] };

/** Where the answers lead in the draft, as the server's walk would lead in the saved guide. */
export function walkDraft(draft: Draft, answers: readonly Answer[]): DraftPosition | null {
  const byId = new Map(draft.nodes.map((n) => [n.id, n]));
  let node = byId.get(draft.start);
  if (!node) return null;
  const path: DraftStep[] = [];
  const visited = new Set([node.id]);
  for (const answer of answers) {
    if (node.type !== 'question') break; // answers past a leaf are ignored
    const target = node[answer];
    const step = { node_id: node.id, question: node.text, answer };
    if (!target) return { kind: 'broken', from: node, answer, reason: 'nowhere', path };
    const next = byId.get(target);
    if (!next) return { kind: 'broken', from: node, answer, reason: 'unknown', path };
    if (visited.has(next.id)) return { kind: 'broken', from: node, answer, reason: 'loop', path };
    path.push(step);
    visited.add(next.id);
    node = next;
  }
  return { kind: 'node', node, path };
}

// ---- The server's word on the nodes ----

export type NodePart = 'node' | 'text' | 'type' | 'yes' | 'no' | 'category_id' | 'team_id' | 'id';

export interface TreeProblems {
  /** Node id -> part of the node -> message. */
  nodes: Record<string, Partial<Record<NodePart, string>>>;
  /** About the whole tree (`tree`, `tree.start`, `tree.nodes`): shown above the outline. */
  tree: string[];
  /** Every other field (title, body, note...) as the API named it. */
  other: Record<string, string>;
}

const PARTS = new Set<string>(['text', 'type', 'yes', 'no', 'category_id', 'team_id', 'id']);

/**
 * Put each error of a refused save on the node it concerns. The tree rules name a node by id
 * (`tree.nodes.q3.yes`); schema errors name it by position in what was sent (`tree.nodes.2.text`).
 */
export function problemsOnNodes(sent: Draft, errors: readonly FieldError[]): TreeProblems {
  const out: TreeProblems = { nodes: {}, tree: [], other: {} };
  const ids = new Set(sent.nodes.map((n) => n.id));
  for (const { field, message } of errors) {
    const parts = field.split('.');
    if (parts[0] !== 'tree') {
      out.other[field] = message;
      continue;
    }
    if (parts[1] !== 'nodes' || parts.length < 3) {
      out.tree.push(message);
      continue;
    }
    const key = parts[2];
    const id = ids.has(key) ? key : /^\d+$/.test(key) ? sent.nodes[Number(key)]?.id : undefined;
    if (!id) {
      out.tree.push(message);
      continue;
    }
    const part: NodePart = parts[3] && PARTS.has(parts[3]) ? (parts[3] as NodePart) : 'node';
    const known = out.nodes[id] ?? (out.nodes[id] = {});
    known[part] = known[part] ? `${known[part]}; ${message}` : message;
  }
  return out;
}

export function problemCount(problems: TreeProblems): number {
  return problems.tree.length + Object.values(problems.nodes).reduce((sum, p) => sum + Object.keys(p).length, 0);
}
