/**
 * The other text forms documentation folders hold, turned into the Markdown the splitter
 * reads: reStructuredText (.rst), AsciiDoc (.adoc, .asciidoc), MDX (.mdx) and Markdown
 * templates (.md.in, as podman's man pages are kept). Only markup changes; every word of
 * the text stays as written. Line by line, with patterns that cannot backtrack, so the cost
 * is linear in the file's length like the splitter's own.
 */

export type KnowledgeFormat = 'markdown' | 'mdx' | 'markdown-template' | 'text' | 'rst' | 'asciidoc';

/** File names the knowledge folder reads, by what the splitter makes of them. */
export const KNOWLEDGE_FILE = /\.(md|markdown|mdx|txt|rst|adoc|asciidoc|md\.in)$/i;

/** How a knowledge file is read, from its name. */
export function formatOf(path: string): KnowledgeFormat {
  const name = path.toLowerCase();
  if (name.endsWith('.txt')) return 'text';
  if (name.endsWith('.rst')) return 'rst';
  if (name.endsWith('.adoc') || name.endsWith('.asciidoc')) return 'asciidoc';
  if (name.endsWith('.mdx')) return 'mdx';
  if (name.endsWith('.md.in')) return 'markdown-template';
  return 'markdown';
}

/** The file's name without its knowledge extension ("guide.md.in" → "guide"). */
export function stemOf(name: string): string {
  return name.replace(KNOWLEDGE_FILE, '');
}

/** Text in the given format as Markdown (Markdown and plain text are returned as they are). */
export function asMarkdown(text: string, format: KnowledgeFormat): string {
  switch (format) {
    case 'rst': return rstToMarkdown(text);
    case 'asciidoc': return asciidocToMarkdown(text);
    case 'mdx': return mdxToMarkdown(text);
    case 'markdown-template': return templateToMarkdown(text);
    // podman's shared option files (options/*.md) use the templates' markup without the name; they
// open with "####>" notes, which no other Markdown writes.
    case 'markdown': return /^####>/m.test(text) ? templateToMarkdown(text) : text;
    default: return text;
  }
}

// As the splitter reads fences: a backtick fence's info string holds no backtick.
const FENCE_LINE = /^\s{0,3}(`{3,}(?!.*`)|~{3,})/;

/** Applies keep() to each line outside code fences; a line it maps to undefined is dropped. */
function outsideFences(text: string, keep: (line: string) => string | undefined): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const marker = FENCE_LINE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      out.push(line);
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(line);
      continue;
    }
    const kept = keep(line);
    if (kept !== undefined) out.push(kept);
  }
  return out.join('\n');
}

// podman's templates (read as its hack/markdown-preprocess reads them for the man pages):
// `@@option name` is replaced by a shared paragraph at build time, so alone it says nothing;
// `####>` lines are notes to editors; `<< if is_quadlet >> … << else >> … << endif >>` keeps the
// man page's branch (the quadlet one documents a unit-file key that podman-systemd.unit covers);
// `<< 'Key=' if is_quadlet else '--flag' >>` is the flag; `<<container|pod>>` is the first form.
const TEMPLATE_CONDITION = /^\s*<<\s*if\s+(not\s+)?\w+\s*>>\s*$/;
const TEMPLATE_ELSE = /^\s*<<\s*else\s*>>\s*$/;
const TEMPLATE_END = /^\s*<<\s*endif\s*>>\s*$/;
// Each branch runs to its own closing quote: '--log-opt tag="{{.ImageName}}"' holds the other kind.
const TEMPLATE_CHOICE = /<<\s*(['"])((?:(?!\1)[^\n])*)\1\s+if\s+(not\s+)?\w+\s+else\s+(['"])((?:(?!\4)[^\n])*)\4\s*>>/g;
const TEMPLATE_FORMS = /<<([^<>|\n]*)\|[^<>\n]*>>/g;

function templateToMarkdown(text: string): string {
  // Whether each open condition's current branch is kept; a line is kept when all are.
  const kept: boolean[] = [];
  return outsideFences(text, (line) => {
    const condition = TEMPLATE_CONDITION.exec(line);
    if (condition) return void kept.push(condition[1] !== undefined);
    if (TEMPLATE_ELSE.test(line)) {
      if (kept.length) kept.push(!kept.pop());
      return undefined;
    }
    if (TEMPLATE_END.test(line)) return void kept.pop();
    if (kept.includes(false) || line.startsWith('####>') || /^@@option\s/.test(line)) return undefined;
    if (!line.includes('<<')) return line;
    // A choice's branches may hold inline code ("<< 'File=-' if is_quadlet else '`-f -`' >>"); the
    // condition is true only as "not is_quadlet": a man page is no quadlet.
    const chosen = line.replace(TEMPLATE_CHOICE, (_m, _q1, then: string, not: string | undefined, _q2, otherwise: string) =>
      not ? then : otherwise,
    );
    // Forms outside inline code only: "use `<<text for pods|text for containers>>`" shows the markup.
    return chosen
      .split(/(`[^`\n]*`)/)
      .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(TEMPLATE_FORMS, (_m, first: string) => first)))
      .join('');
  });
}

// MDX: import/export statements and lines that are only a JSX component tag are code, not prose.
const JSX_TAG_LINE = /^\s*<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>\s*$/;
function mdxToMarkdown(text: string): string {
  return outsideFences(text, (line) => (/^(import|export)\s/.test(line) || JSX_TAG_LINE.test(line) ? undefined : line));
}

/* ------------------------------------------------------------------ reStructuredText */

// A section adornment: one punctuation character repeated (docutils allows any of these).
const ADORNMENT = /^([=\-~^"'`#*+:._!$%&,;<>?@\\|/])\1{2,}\s*$/;
// A simple-table border or any other line of only adornment characters and spaces.
const RULE_LINE = /^[=\-~^"'`#*+:._!$%&,;<>?@\\|/]{3,}(?:\s+[=\-~^"'`#*+:._!$%&,;<>?@\\|/]+)*\s*$/;
const DIRECTIVE = /^\.\.\s+([\w-]+(?::[\w-]+)?)::(.*)$/;
const ADMONITIONS = new Set(['note', 'warning', 'tip', 'important', 'caution', 'hint', 'attention', 'danger', 'error', 'seealso', 'admonition', 'topic', 'sidebar', 'rubric', 'versionadded', 'versionchanged', 'deprecated']);
const CODE_DIRECTIVES = new Set(['code', 'code-block', 'sourcecode', 'highlight', 'parsed-literal']);

const indentOf = (line: string) => line.length - line.trimStart().length;

/** reStructuredText as Markdown: sections by adornment style, code and literal blocks fenced, directives and comments dropped. */
export function rstToMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  // Heading levels go by the order adornment styles first appear, as in docutils.
  const styles: string[] = [];
  const levelOf = (style: string) => {
    if (!styles.includes(style)) styles.push(style);
    return Math.min(6, styles.indexOf(style) + 1);
  };
  // Copies an indented block (the lines after i indented deeper than `base`) and returns the index of its last line.
  const block = (from: number, base: number, take: (line: string) => void): number => {
    let i = from;
    while (i + 1 < lines.length && (!lines[i + 1]!.trim() || indentOf(lines[i + 1]!) > base)) {
      i++;
      take(lines[i]!);
    }
    return i;
  };
  const fenced = (from: number, base: number): number => {
    const code: string[] = [];
    const end = block(from, base, (line) => code.push(line));
    let indent = Infinity;
    for (const l of code) if (l.trim()) indent = Math.min(indent, indentOf(l));
    // Options (:linenos:) sit at the top of a code directive's block.
    const body = code.map((l) => l.slice(Number.isFinite(indent) ? indent : 0));
    while (body.length && /^:[\w-]+:/.test(body[0]!)) body.shift();
    out.push('', '```', ...body.join('\n').trim().split('\n'), '```', '');
    return end;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const trimmed = line.trim();
    // Overlined title: adornment, text, the same adornment.
    if (ADORNMENT.test(line) && next?.trim() && i + 2 < lines.length && lines[i + 2]!.trimEnd() === line.trimEnd() && !ADORNMENT.test(next)) {
      out.push('', `${'#'.repeat(levelOf(`o${line[0]}`))} ${next.trim()}`, '');
      i += 2;
      continue;
    }
    // Underlined title: text, then an adornment at least as long (or of three characters or more).
    if (trimmed && indentOf(line) === 0 && next !== undefined && ADORNMENT.test(next) && !RULE_LINE.test(line)) {
      out.push('', `${'#'.repeat(levelOf(`u${next[0]}`))} ${trimmed}`, '');
      i += 1;
      continue;
    }
    if (RULE_LINE.test(line)) continue; // transitions and table borders
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const name = directive[1]!.toLowerCase();
      const base = indentOf(line);
      if (CODE_DIRECTIVES.has(name)) {
        i = fenced(i, base);
      } else if (ADMONITIONS.has(name)) {
        // The text of a note or warning is knowledge; its title (if any) leads it.
        const argument = directive[2]!.trim();
        const body: string[] = argument ? [argument] : [];
        i = block(i, base, (l) => body.push(/^\s*:[\w-]+:/.test(l) ? '' : l.trim()));
        out.push('', ...body, '');
      } else {
        i = block(i, base, () => undefined);
      }
      continue;
    }
    // A comment, a link target or a substitution definition, with its indented block.
    if (/^\.\.(\s|$)/.test(line)) {
      i = block(i, indentOf(line), () => undefined);
      continue;
    }
    // "Paragraph::" introduces a literal block and reads as "Paragraph:"; a lone "::" reads as nothing.
    if (trimmed.endsWith('::') && (next === undefined || !next.trim())) {
      const lead = trimmed === '::' ? '' : trimmed.endsWith(' ::') ? trimmed.slice(0, -3) : trimmed.slice(0, -1);
      if (lead) out.push(' '.repeat(indentOf(line)) + rstInline(lead));
      i = fenced(i, indentOf(line));
      continue;
    }
    out.push(rstInline(line));
  }
  return out.join('\n');
}

/** Inline reStructuredText as Markdown: roles, hyperlinks and references keep their text; ``literals`` become `code`. */
function rstInline(line: string): string {
  if (!line.includes('`')) return line;
  return line
    // :role:`text <target>` and :domain:role:`text` → text
    .replace(/:[a-z][\w.+-]*(?::[a-z][\w.+-]*)?:`([^`]*)`/gi, (_m, inner: string) => withoutTarget(inner))
    // `text <https://…>`_ (and the anonymous `…`__) → text
    .replace(/`([^`<]+)<[^`<>]*>`_{1,2}/g, (_m, label: string) => label.trimEnd())
    // `reference`_ → reference
    .replace(/`([^`]+)`_{1,2}(?![\w])/g, '$1')
    // ``literal`` → `literal`
    .replace(/``([^`]+)``/g, '`$1`');
}

function withoutTarget(inner: string): string {
  const open = inner.lastIndexOf('<');
  return open > 0 && inner.endsWith('>') ? inner.slice(0, open).trimEnd() : inner;
}

/* ------------------------------------------------------------------ AsciiDoc */

const ADOC_DELIMITER = /^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|\/{4,}|\|={3,}|-{2})\s*$/;

/** AsciiDoc as Markdown: `=` headings, listing and literal blocks fenced, attributes and comments dropped, links keep their text. */
export function asciidocToMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const delimiter = ADOC_DELIMITER.exec(line)?.[1];
    if (delimiter) {
      // The block's content runs to the same delimiter.
      let end = i + 1;
      while (end < lines.length && lines[end]!.trimEnd() !== delimiter) end++;
      // Never closed: the line is dropped and what follows read as usual.
      if (end === lines.length) continue;
      const content = lines.slice(i + 1, end);
      if (delimiter[0] === '-' && delimiter.length >= 4 || delimiter[0] === '.') out.push('', '```', ...content, '```', '');
      else if (delimiter[0] === '/' || delimiter[0] === '+') { /* a comment block or raw passthrough: not prose */ }
      else out.push('', ...asciidocToMarkdown(content.join('\n')).split('\n'), '');
      i = end;
      continue;
    }
    const heading = /^(={1,6})\s+(\S.*)$/.exec(line);
    if (heading) {
      out.push('', `${'#'.repeat(heading[1]!.length)} ${withoutClosingEquals(heading[2]!)}`, '');
      continue;
    }
    // Attribute entries (:toc:), block attributes ([source,bash], [NOTE]), anchors ([[id]]) and line comments.
    if (/^:[\w-]+!?:/.test(line) || /^\[\[?[^\]]*\]\]?\s*$/.test(line) || /^\/\/(?!\/)/.test(line)) continue;
    // A block title (.Title) reads as its words.
    if (/^\.[^\s.]/.test(line)) {
      out.push(line.slice(1));
      continue;
    }
    // Nested list markers (** item, .. item) as indented Markdown items.
    const item = /^(\*{1,5}|\.{1,5})\s+(.*)$/.exec(line);
    if (item) {
      out.push(`${'  '.repeat(item[1]!.length - 1)}${item[1]![0] === '*' ? '*' : '1.'} ${adocInline(item[2]!)}`);
      continue;
    }
    out.push(adocInline(line));
  }
  return out.join('\n');
}

function withoutClosingEquals(heading: string): string {
  let end = heading.length;
  while (end > 0 && heading[end - 1] === '=') end--;
  return end < heading.length && end > 0 && heading[end - 1] === ' ' ? heading.slice(0, end).trimEnd() : heading;
}

/** Inline AsciiDoc: link:url[text] and url[text] keep their text, <<id,text>> its text; a +literal+ its characters. */
function adocInline(line: string): string {
  let out = line;
  if (out.includes('[')) out = adocLinks(out);
  if (out.includes('<<')) out = out.replace(/<<([^<>,]*),([^<>]*)>>/g, (_m, _id, label: string) => label.trim()).replace(/<<([^<>,]+)>>/g, '$1');
  return out;
}

// Scanned by hand: a macro's target is the run of non-space characters before `[`, read back
// from each `[` only as far as the previous bracket, so no character is read twice.
function adocLinks(line: string): string {
  let out = '';
  let at = 0;
  for (let open = line.indexOf('['); open >= 0; open = line.indexOf('[', open + 1)) {
    if (open < at) continue;
    let start = open;
    while (start > at && !/[\s[\]]/.test(line[start - 1]!)) start--;
    const target = line.slice(start, open);
    if (!/^(link:|(https?|ftp|mailto|irc):)/i.test(target)) continue;
    const close = line.indexOf(']', open + 1);
    if (close < 0) break;
    const label = line.slice(open + 1, close).split(',')[0]!.replace(/^"|"$/g, '').trim();
    out += line.slice(at, start) + (label || target.replace(/^link:/i, ''));
    at = close + 1;
    open = close;
  }
  return at === 0 ? line : out + line.slice(at);
}
