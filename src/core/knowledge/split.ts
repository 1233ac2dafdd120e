import { asMarkdown, formatOf, stemOf } from './formats.js';
import type { KnowledgeFile, Passage } from './types.js';

/**
 * Splits one knowledge file into passages. Markdown gets a line-based reading that is
 * enough for real docs (front matter, ATX and setext headings, fences, tables, lists,
 * HTML); reStructuredText, AsciiDoc, MDX and .md.in templates are read as Markdown
 * (formats.ts); plain text uses blank lines, and short stand-alone lines become headings.
 */

/** Passages longer than this are cut at sentence boundaries so a quote stays readable. */
export const MAX_PASSAGE_CHARS = 1_200;
const MIN_SECTION_MERGE_CHARS = 160;

interface Block {
  kind: 'paragraph' | 'list-item' | 'code' | 'table';
  text: string;
}

interface Section {
  headings: string[];
  blocks: Block[];
}

/** Splits a knowledge file into passages with their heading paths. */
export function splitFile(file: KnowledgeFile): Passage[] {
  const steps = splitFileInSteps(file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Work between two steps of splitFileInSteps: a few milliseconds at most on any input.
const STEP_LINES = 2_000;
const STEP_CHARS = 64 * 1024;
const STEP_PASSAGES = 1_000;

/**
 * splitFile in steps: it yields after every few thousand lines read, every 64 KB of text
 * cleaned and every thousand passages made, so a caller can let a server answer between
 * steps while a large file is split (a 1 MB file of short lines is ~250,000 passages).
 */
export function* splitFileInSteps(file: KnowledgeFile): Generator<void, Passage[], void> {
  const text = normalizeNewlines(file.text);
  const format = formatOf(file.path);
  const withFrontMatter = format === 'markdown' || format === 'markdown-template' || format === 'mdx';
  const { body, title: frontTitle } = withFrontMatter ? stripFrontMatter(text, file.path) : { body: text, title: undefined };
  let sections: Section[];
  let h1: string | undefined;
  if (format !== 'text') {
    const parsed = yield* parseMarkdown(asMarkdown(body, format));
    sections = yield* cleanSections(parsed.sections);
    h1 = parsed.h1;
  } else {
    sections = yield* parsePlainText(body);
  }
  const title = frontTitle ?? h1 ?? titleFromPath(file.path);
  const passages: Passage[] = [];
  let n = 0;
  for (const section of sections) {
    const headings = withTitle(title, section.headings, h1);
    for (const chunk of sectionChunks(section)) {
      for (const piece of cutLong(chunk)) {
        passages.push({ id: `${file.path}#${n++}`, source: file.path, headings, text: piece });
        if (n % STEP_PASSAGES === 0) yield;
      }
    }
  }
  return passages;
}

function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

// A man page's pandoc title block ("% podman-run 1", author, date), then a blank line: what the
// page is, not text. Only in files named like man pages ("podman-run.1.md.in").
const PANDOC_TITLE_BLOCK = /^(?:% [^\n]*\n){1,3}(?:\n|$)/;
export const MAN_PAGE = /\.\d\w*\.md(?:\.in)?$/i;

function stripFrontMatter(text: string, path: string): { body: string; title?: string } {
  const match = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(\n|$)/.exec(text);
  if (!match) {
    const pandoc = MAN_PAGE.test(path) ? PANDOC_TITLE_BLOCK.exec(text) : null;
    return { body: pandoc ? text.slice(pandoc[0].length) : text };
  }
  const titleLine = /^title\s*[:=]\s*(.+)$/m.exec(match[2] ?? '');
  const title = titleLine ? unquote(titleLine[1]!.trim()) : undefined;
  return { body: text.slice(match[0].length), title: title || undefined };
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2').trim();
}

// "README" or "index" says nothing; the folder it sits in names the document.
function titleFromPath(path: string): string {
  const parts = path.split('/');
  const base = parts.pop() ?? path;
  const stem = stemOf(base);
  const named = /^(readme|index|_index)$/i.test(stem) && parts.length ? parts[parts.length - 1]! : stem;
  return named.replace(/[-_]+/g, ' ').trim() || base;
}

// The document title leads every path exactly once, whether or not the file had an H1;
// a front-matter title stands in for the H1 rather than stacking above it.
function withTitle(title: string, headings: string[], h1: string | undefined): string[] {
  if (headings[0] === title) return headings;
  if (h1 !== undefined && headings[0] === h1) return [title, ...headings.slice(1)];
  return [title, ...headings];
}

/*
 * Every pattern here runs in time linear in its input: no quantified part can match the same
 * text as the part before or after it, and what could not be written that way (headings,
 * links, comments, <script>) is scanned by hand. A crafted file cannot stall the event loop.
 */

/** Longer lines are only ever paragraph text: no heading, list item, table row, fence or rule is that long. */
export const MAX_STRUCTURE_LINE = 4_096;

// "[label]: destination 'title'" (not a "[^footnote]: …"); the lookahead keeps the spaces
// before a title from being tried against the spaces after the line (linear time).
const LINK_DEFINITION = /^[ \t]{0,3}\[(?!\^)[^\]]{1,100}\]:[ \t]*(<?[^\s>]+>?)(?:[ \t]+(?=["'(])(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
// Where a link points: a URL, a path or an anchor ("[Note]: deprecated" is text).
const LINK_DESTINATION = /[/.#:]/;
// A backtick fence's info string holds no backtick: "```Error: denied```" is inline code in a paragraph (CommonMark).
const FENCE = /^\s{0,3}(`{3,}(?!.*`)|~{3,})/;
const ATX_OPEN = /^\s{0,3}(#{1,6})\s/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
// Tested on a trimmed line: each run of spaces then stands between two fixed characters, so no
// line makes it backtrack ("a|b" over a line of thousands of spaces had taken 175 ms per 100 KB).
const DELIMITER_CELLS = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?$/;
// A one-column table's delimiter row has pipes on both sides: "|---|".
const DELIMITER_ONE_CELL = /^\|[ \t]*:?-+:?[ \t]*\|$/;
const isDelimiterRow = (row: string) => {
  const trimmed = row.trim();
  return trimmed.includes('-') && (DELIMITER_CELLS.test(trimmed) || DELIMITER_ONE_CELL.test(trimmed));
};

/** An ATX heading's level and text (closing #s dropped), or undefined. */
function atxHeading(line: string): { level: number; text: string } | undefined {
  const open = ATX_OPEN.exec(line);
  if (!open) return undefined;
  const text = line.slice(open[0].length).trim();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35 /* # */) end--;
  // A closing run of #s counts only after a space (or alone): "C#" keeps its #.
  const closed = end === 0 ? '' : end < text.length && /\s/.test(text[end - 1]!) ? text.slice(0, end).trimEnd() : text;
  return { level: open[1]!.length, text: closed };
}

/** Drops <!-- comments -->; an unclosed one runs to the end, as before. */
function withoutComments(text: string): string {
  if (!text.includes('<!--')) return text;
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(at, open);
    at = close + 3;
  }
  return out + text.slice(at);
}

function* parseMarkdown(body: string): Generator<void, { sections: Section[]; h1?: string }, void> {
  const lines = withoutComments(body).split('\n');
  const sections: Section[] = [];
  const stack: { level: number; text: string }[] = [];
  let current: Section = { headings: [], blocks: [] };
  let paragraph: string[] = [];
  let listItem: string[] | null = null;
  let listIndent = 0;
  let h1: string | undefined;

  const flushParagraph = () => {
    if (paragraph.length) addBlock('paragraph', paragraph.join(' '));
    paragraph = [];
  };
  const flushList = () => {
    if (listItem) addBlock('list-item', listItem.join(' '));
    listItem = null;
  };
  // Blocks keep their raw text here; cleanSections cleans them afterwards, in steps.
  const addBlock = (kind: Block['kind'], raw: string) => {
    if (raw.trim()) current.blocks.push({ kind, text: raw });
  };
  const startSection = (level: number, heading: string) => {
    flushParagraph();
    flushList();
    if (current.blocks.length) sections.push(current);
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const text = cleanInline(heading);
    if (text && level === 1 && h1 === undefined) h1 = text;
    if (text) stack.push({ level, text });
    current = { headings: stack.map((h) => h.text), blocks: [] };
  };

  for (let i = 0, stepAt = 0; i < lines.length; i++) {
    if (i - stepAt >= STEP_LINES) {
      stepAt = i;
      yield;
    }
    const line = lines[i]!;
    if (line.length > MAX_STRUCTURE_LINE) {
      flushList();
      paragraph.push(line.trim());
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flushParagraph();
      flushList();
      const marker = fence[1]!;
      const code: string[] = [];
      i++;
      // A closing fence is the marker (or a longer run of it) alone on its line.
      const closing = new RegExp(`^\\s{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      while (i < lines.length && !closing.test(lines[i]!)) code.push(lines[i++]!);
      addBlock('code', code.join('\n'));
      continue;
    }
    const atx = atxHeading(line);
    if (atx) {
      startSection(atx.level, atx.text);
      continue;
    }
    // A link reference definition ("[KVM]: https://…", "[1]: ../jailer.md") is where links
    // point, not text: indexed, its labels matched questions about QEMU or KVM. Like CommonMark,
    // it cannot interrupt a paragraph.
    if (paragraph.length === 0 && !listItem && LINK_DESTINATION.test(LINK_DEFINITION.exec(line)?.[1] ?? '')) continue;
    const next = lines[i + 1];
    if (paragraph.length === 0 && !listItem && line.trim() && next !== undefined && next.length <= MAX_STRUCTURE_LINE && SETEXT.exec(next)
      && !TABLE_ROW.test(line) && !LIST_ITEM.test(line)) {
      startSection(next.trim().startsWith('=') ? 1 : 2, line);
      i++;
      continue;
    }
    if (!line.trim()) {
      flushParagraph();
      // A blank line ends a list item unless the next line continues it (indented).
      if (listItem && !(next !== undefined && /^\s{2,}\S/.test(next) && !LIST_ITEM.test(next))) flushList();
      continue;
    }
    // GFM lets a table leave out its outer pipes ("Key | Host User" over "----|----"): then its
    // delimiter row says it is one, and it runs to the first line without a pipe.
    const loose = !TABLE_ROW.test(line) && line.includes('|') && next !== undefined && next.length <= MAX_STRUCTURE_LINE && isDelimiterRow(next);
    if (TABLE_ROW.test(line) || loose) {
      flushParagraph();
      flushList();
      const rows: string[] = [];
      const isRow = (row: string) => row.length <= MAX_STRUCTURE_LINE && (TABLE_ROW.test(row) || (loose && row.includes('|')));
      while (i < lines.length && isRow(lines[i]!)) rows.push(lines[i++]!);
      i--;
      addBlock('table', tableText(rows));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && !(listItem && item[1]!.length > listIndent)) {
      flushParagraph();
      flushList();
      listItem = [item[3]!];
      listIndent = item[1]!.length;
      continue;
    }
    if (listItem) {
      // Nested items and continuation lines stay with their parent item.
      listItem.push(item ? item[3]! : withoutHardBreak(unquoted(line)));
      continue;
    }
    if (/^\s{0,3}(\*\s*){3,}$|^\s{0,3}(-\s*){3,}$|^\s{0,3}(_\s*){3,}$/.test(line)) {
      flushParagraph();
      continue;
    }
    paragraph.push(withoutHardBreak(unquoted(line)));
  }
  flushParagraph();
  flushList();
  if (current.blocks.length) sections.push(current);
  return { sections, h1 };
}

// A line without its blockquote markers ("> > text"); GitHub's alert marker ("> [!NOTE]") is the
// label it shows ("Note:").
const QUOTE_MARKERS = /^\s*(?:>[ \t]?)+/;
const ALERT = /^\[!(note|tip|important|warning|caution)\]\s*$/i;
function unquoted(line: string): string {
  const text = line.replace(QUOTE_MARKERS, '').trim();
  const alert = ALERT.exec(text)?.[1];
  return alert ? `${alert[0]!.toUpperCase()}${alert.slice(1).toLowerCase()}:` : text;
}

/**
 * Turns raw blocks into their final text: inline markup removed, code fenced; blocks left
 * with no letter or digit, and then sections left with no block, are dropped.
 */
function* cleanSections(sections: Section[]): Generator<void, Section[], void> {
  const cleaned: Section[] = [];
  for (const section of sections) {
    const blocks: Block[] = [];
    for (const { kind, text: raw } of section.blocks) {
      // Code keeps its fences so it is quoted (and rendered) as code, and left out of the index.
      // A paragraph of images alone is a row of badges ("License Apache 2.0", "Go Report Card"):
      // their alt texts are no sentence of the document.
      if (kind === 'paragraph' && raw.includes('![') && isBadgeRow(raw)) continue;
      const text = kind === 'code' ? '```\n' + raw.replace(/^\n+/, '').trimEnd() + '\n```' : yield* cleanInlineInSteps(raw);
      if (/[\p{L}\p{N}]/u.test(text)) blocks.push({ kind, text });
    }
    if (blocks.length) cleaned.push({ headings: section.headings, blocks });
  }
  return cleaned;
}

/**
 * cleanInline, a 64 KB piece at a time for an over-long block (cut at a space, so only
 * markup spanning a cut of a paragraph longer than any real one could read differently).
 */
function* cleanInlineInSteps(raw: string): Generator<void, string, void> {
  if (raw.length <= STEP_CHARS) return cleanInline(raw);
  const pieces: string[] = [];
  for (let start = 0; start < raw.length;) {
    let end = Math.min(raw.length, start + STEP_CHARS);
    if (end < raw.length) {
      const space = raw.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    const piece = cleanInline(raw.slice(start, end));
    if (piece) pieces.push(piece);
    start = end;
    yield;
  }
  return pieces.join(' ');
}

// Rows keep their cells in reading order; the separator row says nothing.
function tableText(rows: string[]): string {
  return rows
    .filter((row) => !isDelimiterRow(row))
    .map((row) => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(' | '))
    .join('\n');
}

/** Removes Markdown and HTML markup while keeping every word as written. */
// Only real HTML tags are markup; "<image>", "List<String>" or "<username>" are words.
const HTML_TAG = new RegExp(`</?(?:${[
  'a', 'abbr', 'b', 'big', 'blockquote', 'body', 'br', 'button', 'center', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'font', 'h[1-6]', 'head', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'li',
  'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'section', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'summary',
  'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul', 'video',
].join('|')})(?=[\\s/>])[^<>]*>`, 'gi');

/** Removes Markdown and HTML markup while keeping every word as written; inline code is left as it is. */
export function cleanInline(text: string): string {
  // Odd-numbered pieces are inside backticks: code keeps its brackets, stars and underscores.
  const out = text.includes('`')
    ? text.split(/(`[^`\n]*`)/).map((piece, i) => (i % 2 === 1 ? piece : cleanProse(piece))).join('')
    : cleanProse(text);
  return (out.includes('  ') || out.includes('\t') ? out.replace(/[ \t]+/g, ' ') : out).trim();
}

function cleanProse(text: string): string {
  // CommonMark backslash escapes ("podman\\-generate\\-systemd", "\\*not emphasis\\*"): the
  // escaped character stands aside as a private-use one until the markup is gone.
  const escapes = text.includes('\\');
  let out = escapes
    ? text.replace(BACKSLASH_ESCAPE, (_, c: string) => String.fromCharCode(ESCAPED + c.charCodeAt(0)))
    : text;
  // Every rewrite needs a character most prose lines lack; checking for it first skips
  // the regex scans (the results are the same, the splitter is much faster on big folders).
  if (out.includes('<')) {
    out = withoutScripts(out)
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<(https?:\/\/[^\s<>]+)>/g, '$1')
      .replace(HTML_TAG, '');
  }
  if (out.includes('[')) out = withoutLinks(out);
  if (out.includes('**')) out = out.replace(/(^|[^\w*])\*\*([^*]+)\*\*/g, '$1$2');
  if (out.includes('__')) out = out.replace(/(^|[^\w_])__([^_]+)__/g, '$1$2');
  if (out.includes('*')) out = out.replace(/(^|[^\w*])\*([^*\s][^*]*)\*/g, '$1$2');
  // "_mode_" is emphasis; "huge_pages" and "_CONTAINER_GID:HOST_GID_" are not.
  if (out.includes('_')) out = out.replace(/(^|[^\w_])_([^_\s][^_]*)_(?!\w)/g, '$1$2');
  if (out.includes('&')) {
    out = out
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  }
  return !escapes ? out : out.replace(ESCAPED_CHAR, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPED));
}

// A backslash before ASCII punctuation stands for the punctuation itself.
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;
const ESCAPED = 0xe000;
const ESCAPED_CHAR = /[\ue000-\ue07f]/g;

// A backslash ending a line is a hard line break (the splitter joins a paragraph's lines with spaces).
const withoutHardBreak = (line: string) => (line.endsWith('\\') && !line.endsWith('\\\\') ? line.slice(0, -1).trimEnd() : line);

// A row of badges: images alone, and more than one, or linked, or served as a badge. One image
// with its caption ("![CRI API to Kata Constructs](arch.png)") says something.
function isBadgeRow(raw: string): boolean {
  return imagesOnly(raw) && (raw.split('![').length > 2 || raw.includes('[![') || /badge|shields\.io/i.test(raw));
}

// Whether a paragraph is images and nothing else, linked or not: with every image's alt text
// dropped and links reduced to their labels, no letter or digit is left.
function imagesOnly(raw: string): boolean {
  return !/[\p{L}\p{N}]/u.test(linkPass(linkPass(raw, '!', 0, '(', ')', false), '', 0, '(', ')'));
}

/** Drops <script>…</script> and <style>…</style> with their content (an unclosed one stays). */
function withoutScripts(text: string): string {
  const lower = text.toLowerCase();
  if (!lower.includes('<script') && !lower.includes('<style')) return text;
  const opener = /<(script|style)\b/gi;
  const unclosed = new Set<string>();
  let out = '';
  let at = 0;
  for (let open = opener.exec(text); open; open = opener.exec(text)) {
    const name = open[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const close = lower.indexOf(`</${name}>`, open.index + open[0].length);
    // No closing tag anywhere after: no later opener of this name can close either.
    if (close < 0) {
      unclosed.add(name);
      continue;
    }
    out += text.slice(at, open.index) + ' ';
    at = close + name.length + 3;
    opener.lastIndex = at;
  }
  return out + text.slice(at);
}

/**
 * Keeps the text of Markdown links and images: `![alt](src)` → alt, `[label](url)` → label,
 * `[label][ref]` → label (in that order, as three passes). The label runs to the first `]`,
 * the target to the first `)`. Each search for a closing character resumes from the last
 * one found, so a line of ten thousand `[` is read once, not once per `[`.
 */
function withoutLinks(text: string): string {
  return linkPass(linkPass(linkPass(text, '!', 0, '(', ')'), '', 1, '(', ')'), '', 1, '[', ']');
}

function linkPass(text: string, lead: string, minLabel: number, openTarget: string, closeTarget: string, keepLabel = true): string {
  const next = closer(text);
  let out = '';
  let at = 0;
  for (let i = text.indexOf(lead + '[', 0); i >= 0; i = text.indexOf(lead + '[', i + 1)) {
    if (i < at) continue;
    const labelStart = i + lead.length + 1;
    const labelEnd = next(']', labelStart);
    if (labelEnd < 0) break;
    if (labelEnd - labelStart < minLabel || text[labelEnd + 1] !== openTarget) continue;
    const targetEnd = next(closeTarget, labelEnd + 2);
    if (targetEnd < 0) continue;
    out += text.slice(at, i) + (keepLabel ? text.slice(labelStart, labelEnd) : '');
    at = targetEnd + 1;
    i = targetEnd;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * indexOf for one text that remembers, per character, its last answer and the first position
 * after which the character is known to be absent: asked from positions that mostly increase,
 * no stretch of text is searched twice.
 */
function closer(text: string): (char: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  const absentFrom = new Map<string, number>();
  return (char, from) => {
    if (from >= (absentFrom.get(char) ?? Infinity)) return -1;
    const known = last.get(char);
    if (known && from >= known.from && from <= known.at) return known.at;
    const at = text.indexOf(char, from);
    if (at < 0) absentFrom.set(char, Math.min(from, absentFrom.get(char) ?? Infinity));
    else last.set(char, { from, at });
    return at;
  };
}

function* parsePlainText(body: string): Generator<void, Section[], void> {
  const sections: Section[] = [];
  let current: Section = { headings: [], blocks: [] };
  let sectionHeading: string | undefined;
  const lines = body.split('\n').map((l) => l.trim());
  // The next non-blank line after each line, found in one backward pass.
  const nextText: (string | undefined)[] = new Array(lines.length);
  for (let i = lines.length - 1, seen: string | undefined; i >= 0; i--) {
    nextText[i] = seen;
    if (lines[i]) seen = lines[i];
  }
  for (let i = 0; i < lines.length; i++) {
    if (i % STEP_LINES === STEP_LINES - 1) yield;
    const line = lines[i]!;
    if (!line) continue;
    const next = nextText[i];
    if (looksLikeHeading(line, next)) {
      if (current.blocks.length) sections.push(current);
      if (line.endsWith('?') && sectionHeading) {
        current = { headings: [sectionHeading, line], blocks: [] };
      } else {
        sectionHeading = line;
        current = { headings: [line], blocks: [] };
      }
      continue;
    }
    const bullet = /^([-*•]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    current.blocks.push(bullet ? { kind: 'list-item', text: bullet[2]! } : { kind: 'paragraph', text: line });
  }
  if (current.blocks.length) sections.push(current);
  return sections;
}

// A short line with no closing period, followed by a longer one, reads as a heading.
function looksLikeHeading(line: string, next: string | undefined): boolean {
  if (next === undefined || line.length > 90 || /[.:;,]$/.test(line)) return false;
  if (/^([-*•]|\d{1,3}[.)])\s/.test(line)) return false;
  return next.length > line.length * 1.5 || /^([-*•])\s/.test(next);
}

// A section of short blocks (a few bullets under a heading) reads best as one passage.
function sectionChunks(section: Section): string[] {
  const blocks = section.blocks;
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  if (blocks.length > 1 && total <= MIN_SECTION_MERGE_CHARS * 2 && blocks.every((b) => b.text.length < MIN_SECTION_MERGE_CHARS)) {
    return [blocks.map((b) => b.text).join('\n')];
  }
  const chunks: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // A code block or table explains little alone: it joins the paragraph that introduces it.
    if ((block.kind === 'code' || block.kind === 'table') && chunks.length && blocks[i - 1]?.kind === 'paragraph'
      && chunks[chunks.length - 1]!.length + block.text.length <= MAX_PASSAGE_CHARS) {
      chunks[chunks.length - 1] += '\n' + block.text;
      continue;
    }
    chunks.push(block.text);
  }
  return chunks;
}

const OPEN_FENCE = '```\n';
const CLOSE_FENCE = '\n```';

/**
 * Cuts an over-long passage at sentence (or, failing that, word) boundaries. A code block
 * is cut at line ends and each piece fenced again: a piece without its fence would be
 * quoted as prose and its shell lines indexed as words.
 */
export function cutLong(text: string, max = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const inner = text.slice(OPEN_FENCE.length, -CLOSE_FENCE.length);
  if (text.startsWith(OPEN_FENCE) && text.endsWith(CLOSE_FENCE) && !inner.includes('```')) {
    // A run of blank lines can leave a piece with nothing in it; it is no passage.
    return cutText(inner, max - OPEN_FENCE.length - CLOSE_FENCE.length, true)
      .filter((piece) => piece.trim() !== '')
      .map((piece) => OPEN_FENCE + piece + CLOSE_FENCE);
  }
  return cutText(text, max);
}

function cutText(text: string, max: number, linesOnly = false): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const lineEnd = window.lastIndexOf('\n');
    let cut = linesOnly ? lineEnd : Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), lineEnd);
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut < max / 3) cut = max - 1;
    // Code keeps the indentation its lines start with; prose is trimmed.
    pieces.push(linesOnly ? rest.slice(0, cut + 1).trimEnd() : rest.slice(0, cut + 1).trim());
    rest = linesOnly ? rest.slice(cut + 1) : rest.slice(cut + 1).trimStart();
  }
  if (rest.trim()) pieces.push(linesOnly ? rest.trimEnd() : rest.trim());
  return pieces;
}
