import { type Block, inlineText, toBlocks } from './rich-text.rules.ts';

/**
 * Side-by-side diff of two document versions at the level of text blocks (headings,
 * paragraphs, list items, table rows), computed with a longest-common-subsequence over the
 * blocks of the sanitised HTML. Changed block pairs also carry a word-level diff, so the web
 * page can highlight what changed inside a paragraph.
 */

export type DiffBlock = { kind: string; text: string };
export type Segment = { op: 'equal' | 'removed' | 'added'; text: string };
export type DiffRow =
  | { op: 'equal'; left: DiffBlock; right: DiffBlock }
  | { op: 'removed'; left: DiffBlock; right: null }
  | { op: 'added'; left: null; right: DiffBlock }
  | { op: 'changed'; left: DiffBlock; right: DiffBlock; leftSegments: Segment[]; rightSegments: Segment[] };

export type DiffStats = { unchanged: number; changed: number; added: number; removed: number };

/** The comparable units of a version: one per heading, paragraph, list item, quote, code block, table row. */
export function diffBlocksOf(html: string): DiffBlock[] {
  return toBlocks(html).flatMap((block: Block): DiffBlock[] => {
    switch (block.type) {
      case 'heading':
        return [{ kind: `h${block.level}`, text: inlineText(block.inlines) }];
      case 'paragraph':
        return [{ kind: 'p', text: inlineText(block.inlines) }];
      case 'quote':
        return [{ kind: 'quote', text: inlineText(block.inlines) }];
      case 'code':
        return [{ kind: 'code', text: block.text }];
      case 'list_item':
        return [{ kind: `li${block.depth}`, text: inlineText(block.inlines) }];
      case 'table':
        return block.rows.map((row) => ({ kind: 'tr', text: row.cells.map(inlineText).join(' | ') }));
      default:
        return [];
    }
  });
}

type Op<T> = { op: 'equal' | 'removed' | 'added'; left?: T; right?: T };

/** Beyond this many cells in the LCS table the middle part is shown as replaced wholesale. */
const MAX_CELLS = 4_000_000;

/** LCS edit script between two sequences; common prefix and suffix are matched first. */
export function diffSequences<T>(
  left: readonly T[],
  right: readonly T[],
  same: (a: T, b: T) => boolean,
): Op<T>[] {
  let start = 0;
  while (start < left.length && start < right.length && same(left[start] as T, right[start] as T)) start += 1;
  let endLeft = left.length;
  let endRight = right.length;
  while (endLeft > start && endRight > start && same(left[endLeft - 1] as T, right[endRight - 1] as T)) {
    endLeft -= 1;
    endRight -= 1;
  }
  const head: Op<T>[] = left
    .slice(0, start)
    .map((value, i) => ({ op: 'equal', left: value, right: right[i] }));
  const tail: Op<T>[] = left
    .slice(endLeft)
    .map((value, i) => ({ op: 'equal', left: value, right: right[endRight + i] }));
  const a = left.slice(start, endLeft);
  const b = right.slice(start, endRight);
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    return [
      ...head,
      ...a.map((value): Op<T> => ({ op: 'removed', left: value })),
      ...b.map((value): Op<T> => ({ op: 'added', right: value })),
      ...tail,
    ];
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = same(a[i] as T, b[j] as T)
        ? (lengths[(i + 1) * width + j + 1] as number) + 1
        : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const middle: Op<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i] as T, b[j] as T)) {
      middle.push({ op: 'equal', left: a[i], right: b[j] });
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] as number) >= (lengths[i * width + j + 1] as number)) {
      middle.push({ op: 'removed', left: a[i] });
      i += 1;
    } else {
      middle.push({ op: 'added', right: b[j] });
      j += 1;
    }
  }
  for (; i < n; i += 1) middle.push({ op: 'removed', left: a[i] });
  for (; j < m; j += 1) middle.push({ op: 'added', right: b[j] });
  return [...head, ...middle, ...tail];
}

const words = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/** Word-level segments of a changed pair, for highlighting inside the two blocks. */
export function wordSegments(left: string, right: string): { left: Segment[]; right: Segment[] } {
  const ops = diffSequences(words(left), words(right), (x, y) => x === y);
  const merge = (segments: Segment[], op: Segment['op'], text: string) => {
    const last = segments.at(-1);
    if (last && last.op === op) last.text += text;
    else segments.push({ op, text });
  };
  const l: Segment[] = [];
  const r: Segment[] = [];
  for (const op of ops) {
    if (op.op === 'equal') {
      merge(l, 'equal', op.left as string);
      merge(r, 'equal', op.right as string);
    } else if (op.op === 'removed') merge(l, 'removed', op.left as string);
    else merge(r, 'added', op.right as string);
  }
  return { left: l, right: r };
}

/** Rows for a side-by-side view: runs of removed + added blocks of the same kind pair up as changes. */
export function diffRows(left: readonly DiffBlock[], right: readonly DiffBlock[]): DiffRow[] {
  const ops = diffSequences(left, right, (a, b) => a.kind === b.kind && a.text === b.text);
  const rows: DiffRow[] = [];
  let index = 0;
  while (index < ops.length) {
    const op = ops[index] as Op<DiffBlock>;
    if (op.op === 'equal') {
      rows.push({ op: 'equal', left: op.left as DiffBlock, right: op.right as DiffBlock });
      index += 1;
      continue;
    }
    const removed: DiffBlock[] = [];
    const added: DiffBlock[] = [];
    while (index < ops.length && (ops[index] as Op<DiffBlock>).op !== 'equal') {
      const change = ops[index] as Op<DiffBlock>;
      if (change.op === 'removed') removed.push(change.left as DiffBlock);
      else added.push(change.right as DiffBlock);
      index += 1;
    }
    let r = 0;
    let a = 0;
    while (r < removed.length || a < added.length) {
      const before = removed[r];
      const after = added[a];
      if (before && after && before.kind === after.kind) {
        const segments = wordSegments(before.text, after.text);
        rows.push({
          op: 'changed',
          left: before,
          right: after,
          leftSegments: segments.left,
          rightSegments: segments.right,
        });
        r += 1;
        a += 1;
      } else if (before && (!after || removed.length - r >= added.length - a)) {
        rows.push({ op: 'removed', left: before, right: null });
        r += 1;
      } else if (after) {
        rows.push({ op: 'added', left: null, right: after });
        a += 1;
      }
    }
  }
  return rows;
}

export function diffStats(rows: readonly DiffRow[]): DiffStats {
  const stats: DiffStats = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const row of rows) {
    if (row.op === 'equal') stats.unchanged += 1;
    else stats[row.op] += 1;
  }
  return stats;
}

export function diffHtml(leftHtml: string, rightHtml: string): { rows: DiffRow[]; stats: DiffStats } {
  const rows = diffRows(diffBlocksOf(leftHtml), diffBlocksOf(rightHtml));
  return { rows, stats: diffStats(rows) };
}
