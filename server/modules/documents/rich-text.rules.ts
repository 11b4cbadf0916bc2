import sanitizeHtml from 'sanitize-html';

/**
 * Rich text of document versions: the HTML the web editor (TipTap) produces, stored only
 * after sanitising with an allow list. Everything else here (diff, DOCX, PDF, public page)
 * reads the sanitised HTML, never the raw input.
 */

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
const blockTags = ['p', 'blockquote', 'pre', 'ul', 'ol', 'li', 'hr', 'br'] as const;
const tableTags = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'] as const;
const inlineTags = ['a', 'strong', 'b', 'em', 'i', 'u', 's', 'code', 'sub', 'sup'] as const;

export const allowedTags: readonly string[] = [...headingTags, ...blockTags, ...tableTags, ...inlineTags];

export const allowedAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'rel'],
  ol: ['start'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
};

export const allowedSchemes: readonly string[] = ['http', 'https', 'mailto'];

const options: sanitizeHtml.IOptions = {
  allowedTags: [...allowedTags],
  allowedAttributes: Object.fromEntries(
    Object.entries(allowedAttributes).map(([tag, attributes]) => [tag, [...attributes]]),
  ),
  allowedSchemes: [...allowedSchemes],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Tags outside the list are dropped with their content when the content is code or styling.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'iframe', 'object'],
  allowedStyles: {},
  parseStyleAttributes: false,
  transformTags: {
    b: 'strong',
    i: 'em',
    // Links leave the page without handing it the opener or the referrer.
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.href ? { href: attribs.href } : {}),
        ...(attribs.title ? { title: attribs.title } : {}),
        rel: 'noopener noreferrer nofollow',
      },
    }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
};

/** The stored form of editor HTML: only the allow-listed tags, attributes and link schemes. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}

// --- Reading sanitised HTML ---------------------------------------------------------------

type Token =
  | { type: 'open'; tag: string; attributes: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; tag: string }
  | { type: 'text'; text: string };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return entities[name.toLowerCase()] ?? match;
  });
}

/**
 * Tokenises HTML that came out of sanitizeRichText: well-formed tags with double-quoted
 * attributes and escaped text. It is not a general HTML parser and is never given raw input.
 */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>|([^<]+)|</g;
  for (const match of html.matchAll(pattern)) {
    const [whole, slash, tag, attributeText, selfClosing, text] = match;
    if (text !== undefined) {
      tokens.push({ type: 'text', text: decodeEntities(text) });
    } else if (tag === undefined) {
      tokens.push({ type: 'text', text: whole });
    } else if (slash) {
      tokens.push({ type: 'close', tag: tag.toLowerCase() });
    } else {
      const attributes: Record<string, string> = {};
      for (const attribute of (attributeText ?? '').matchAll(
        /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?/g,
      )) {
        const [, name = '', value = ''] = attribute;
        attributes[name.toLowerCase()] = decodeEntities(value);
      }
      tokens.push({ type: 'open', tag: tag.toLowerCase(), attributes, selfClosing: Boolean(selfClosing) });
    }
  }
  return tokens;
}

// --- Block model (diff, DOCX, PDF) -------------------------------------------------------

export type Inline = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  href?: string;
};

export type TableRow = { header: boolean; cells: Inline[][] };

export type Block =
  | { type: 'heading'; level: number; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'quote'; inlines: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'list_item'; ordered: boolean; depth: number; index: number; inlines: Inline[] }
  | { type: 'table'; rows: TableRow[] }
  | { type: 'rule' };

type Marks = Omit<Inline, 'text'>;

const markOf: Record<string, keyof Marks> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
  code: 'code',
};

/** Turns sanitised HTML into blocks: headings, paragraphs, list items with depth, tables. */
export function toBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const marks: { tag: string; mark: keyof Marks | 'href'; value: string | true }[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quoteDepth = 0;
  let current: Inline[] | null = null;
  let currentPre: string[] | null = null;
  let table: TableRow[] | null = null;
  let row: TableRow | null = null;
  let cell: Inline[] | null = null;

  const activeMarks = (): Marks => {
    const result: Marks = {};
    for (const m of marks) {
      if (m.mark === 'href') result.href = String(m.value);
      else result[m.mark] = true as never;
    }
    return result;
  };
  const flush = () => {
    current = null;
  };
  const startBlock = (block: Block & { inlines: Inline[] }) => {
    blocks.push(block);
    current = block.inlines;
  };
  const addText = (text: string) => {
    if (currentPre) {
      currentPre.push(text);
      return;
    }
    const target: Inline[] | null = cell ?? current;
    const normalised = text.replace(/\s+/g, ' ');
    if (!target) {
      if (!normalised.trim()) return;
      startBlock(quoteDepth > 0 ? { type: 'quote', inlines: [] } : { type: 'paragraph', inlines: [] });
      addText(text);
      return;
    }
    if (!normalised) return;
    const last = target.at(-1);
    const inline: Inline = { text: normalised, ...activeMarks() };
    if (last && sameMarks(last, inline)) last.text += normalised;
    else target.push(inline);
  };

  for (const token of tokenize(html)) {
    if (token.type === 'text') {
      addText(token.text);
      continue;
    }
    const { tag } = token;
    if (token.type === 'open') {
      if (tag in markOf) marks.push({ tag, mark: markOf[tag] as keyof Marks, value: true });
      else if (tag === 'a') marks.push({ tag, mark: 'href', value: token.attributes.href ?? '' });
      else if (/^h[1-6]$/.test(tag)) startBlock({ type: 'heading', level: Number(tag[1]), inlines: [] });
      else if (tag === 'p') {
        if (cell) {
          if (cell.length) cell.push({ text: ' ' });
        } else if (current && blocks.at(-1)?.type === 'list_item' && lists.length) {
          const last = current as Inline[];
          if (last.length) last.push({ text: ' ' });
        } else
          startBlock(quoteDepth > 0 ? { type: 'quote', inlines: [] } : { type: 'paragraph', inlines: [] });
      } else if (tag === 'blockquote') {
        quoteDepth += 1;
        flush();
      } else if (tag === 'pre') {
        currentPre = [];
      } else if (tag === 'ul' || tag === 'ol') {
        flush();
        lists.push({ ordered: tag === 'ol', next: Number(token.attributes.start ?? 1) || 1 });
      } else if (tag === 'li') {
        const list = lists.at(-1) ?? { ordered: false, next: 1 };
        startBlock({
          type: 'list_item',
          ordered: list.ordered,
          depth: Math.max(0, lists.length - 1),
          index: list.next,
          inlines: [],
        });
        list.next += 1;
      } else if (tag === 'table') {
        flush();
        table = [];
        blocks.push({ type: 'table', rows: table });
      } else if (tag === 'tr') {
        row = { header: false, cells: [] };
        table?.push(row);
      } else if (tag === 'td' || tag === 'th') {
        cell = [];
        if (row) {
          row.cells.push(cell);
          if (tag === 'th') row.header = true;
        }
      } else if (tag === 'caption') {
        cell = [];
        table?.push({ header: true, cells: [cell] });
      } else if (tag === 'br') {
        if (cell) cell.push({ text: '\n' });
        else if (current) (current as Inline[]).push({ text: '\n' });
      } else if (tag === 'hr') {
        flush();
        blocks.push({ type: 'rule' });
      }
      continue;
    }
    // close
    if (tag in markOf || tag === 'a') {
      const at = marks.map((m) => m.tag).lastIndexOf(tag);
      if (at >= 0) marks.splice(at, 1);
    } else if (/^h[1-6]$/.test(tag) || tag === 'p' || tag === 'li') {
      if (!(tag === 'p' && (cell || lists.length))) flush();
      if (tag === 'li') flush();
    } else if (tag === 'blockquote') {
      quoteDepth = Math.max(0, quoteDepth - 1);
      flush();
    } else if (tag === 'pre') {
      blocks.push({ type: 'code', text: (currentPre ?? []).join('').replace(/\n$/, '') });
      currentPre = null;
      flush();
    } else if (tag === 'ul' || tag === 'ol') {
      lists.pop();
      flush();
    } else if (tag === 'td' || tag === 'th' || tag === 'caption') {
      if (cell) trimInlines(cell);
      cell = null;
    } else if (tag === 'tr') {
      row = null;
    } else if (tag === 'table') {
      table = null;
      flush();
    }
  }
  for (const block of blocks) if ('inlines' in block) trimInlines(block.inlines);
  return blocks.filter((block) => !('inlines' in block) || block.inlines.some((i) => i.text.trim()));
}

function sameMarks(a: Inline, b: Inline): boolean {
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    Boolean(a.underline) === Boolean(b.underline) &&
    Boolean(a.strike) === Boolean(b.strike) &&
    Boolean(a.code) === Boolean(b.code) &&
    a.href === b.href
  );
}

function trimInlines(inlines: Inline[]): void {
  const first = inlines[0];
  if (first) first.text = first.text.replace(/^ +/, '');
  const last = inlines.at(-1);
  if (last) last.text = last.text.replace(/ +$/, '');
}

/** The highest (smallest number) heading level used in the blocks; 1 when there are none. */
export function topHeadingLevel(blocks: readonly Block[]): number {
  const levels = blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
  return levels.length ? Math.min(...levels) : 1;
}

export const inlineText = (inlines: readonly Inline[]): string => inlines.map((i) => i.text).join('');

/** True when the sanitised HTML holds any visible text. */
export function hasText(html: string): boolean {
  return toBlocks(html).some((block) => block.type !== 'rule');
}
