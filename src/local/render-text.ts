import { scrubSecrets } from '../core/secrets.js';
import { decodeEntities } from '../slack/render/mrkdwn.js';

/**
 * Block Kit and mrkdwn as terminal text. Pure: data in, lines out. Blocks arrive as JSON the
 * listeners sent to the (local) Web API, so every field is treated as untrusted shape.
 */

export interface RenderOptions {
  /** ANSI styles on (TTY and NO_COLOR unset) or off (plain text, style markers dropped). */
  colour: boolean;
  /** Display names for user ids, for `<@U…>` mentions. */
  userNames?: Readonly<Record<string, string>>;
  /** Display names for channel ids, for `<#C…>` links. */
  channelNames?: Readonly<Record<string, string>>;
}

/** A clickable button as shown on screen: its number and what a click sends back. */
export interface Button {
  number: number;
  actionId: string;
  blockId: string;
  text: string;
  value?: string;
  url?: string;
  style?: string;
}

export interface RenderedBlocks {
  lines: string[];
  buttons: Button[];
}

/** Where a message sits and how it reached the user; shown in its heading line. */
export interface MessageHeading {
  from: string;
  place: string;
  inThread?: boolean;
  ephemeral?: boolean;
  updated?: boolean;
}

type Json = Record<string, unknown>;

const ESC = '\u001b[';
const style = {
  bold: (s: string) => `${ESC}1m${s}${ESC}22m`,
  // SGR 22 ends bold and dim alike, so dim is restored after any bold inside it.
  dim: (s: string) => `${ESC}2m${s.replaceAll(`${ESC}22m`, `${ESC}22m${ESC}2m`)}${ESC}22m`,
  italic: (s: string) => `${ESC}3m${s}${ESC}23m`,
  strike: (s: string) => `${ESC}9m${s}${ESC}29m`,
  code: (s: string) => `${ESC}36m${s}${ESC}39m`,
  button: (s: string) => `${ESC}1;36m${s}${ESC}22;39m`,
};

const asRecord = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
// Text from the app (and so from the knowledge and from users) reaches a terminal: control
// characters could move the cursor, retitle the window or fake output, so only \t and \n pass.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes terminal control characters (ESC, CR, C1 codes…), keeping tabs and line breaks. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

// Credentials are scrubbed here too, as in the Slack renderer: the terminal is an outgoing path.
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? scrubSecrets(withoutControlCharacters(v)) : undefined);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function renderSpecial(inner: string, options: RenderOptions): string {
  const [target = '', label] = splitOnce(inner, '|');
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return `@${label ?? options.userNames?.[id] ?? id}`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return `#${label ?? options.channelNames?.[id] ?? id}`;
  }
  if (target.startsWith('!')) {
    const [kind = ''] = target.slice(1).split('^');
    if (kind === 'here' || kind === 'channel' || kind === 'everyone') return `@${kind}`;
    return label ?? '';
  }
  if (label === undefined || label === target) return target;
  return `${label} (${target})`;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

// Slack applies *bold*, _italic_ and ~strike~ only when the markers hug the words and sit
// at word boundaries, so snake_case and 2*3*4 stay as they are.
const EMPHASIS: Array<[RegExp, keyof typeof style]> = [
  [/(^|[^\w*])\*(?!\s)([^*\n]*?[^\s*])\*(?![\w*])/g, 'bold'],
  [/(^|[^\w_])_(?!\s)([^_\n]*?[^\s_])_(?![\w_])/g, 'italic'],
  [/(^|[^\w~])~(?!\s)([^~\n]*?[^\s~])~(?![\w~])/g, 'strike'],
];

function renderInline(text: string, options: RenderOptions): string {
  // Code spans are literal in Slack: no links, no emphasis inside.
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const code = decodeEntities(part.slice(1, -1));
        return options.colour ? style.code(code) : `\`${code}\``;
      }
      // Links and mentions first, set aside, so an underscore in a URL never reads as italic.
      const specials: string[] = [];
      let out = part.replace(/<([^<>\n]+)>/g, (_m, inner: string) => `\u0000${specials.push(renderSpecial(inner, options)) - 1}\u0000`);
      for (const [pattern, name] of EMPHASIS) {
        out = out.replace(pattern, (_m, before: string, inner: string) => before + (options.colour ? style[name](inner) : inner));
      }
      out = out.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => specials[Number(n)] ?? '');
      return decodeEntities(out);
    })
    .join('');
}

/** Renders mrkdwn as lines: quotes indented with a bar, code fences kept verbatim. */
export function renderMrkdwn(text: string, options: RenderOptions): string[] {
  const lines: string[] = [];
  const parts = withoutControlCharacters(text).split(/```/);
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      for (const line of part.replace(/^\n|\n$/g, '').split('\n')) lines.push(`    ${decodeEntities(line)}`);
      return;
    }
    if (part === '' && parts.length > 1) return;
    const body = i > 0 ? part.replace(/^\n/, '') : part;
    const trimmed = i < parts.length - 1 ? body.replace(/\n$/, '') : body;
    for (const line of trimmed.split('\n')) {
      // A literal ">" opens a quote; text the app escaped arrives as "&gt;" and stays text.
      const quote = /^>\s?(.*)$/.exec(line);
      if (quote) lines.push(`  │ ${renderInline(quote[1]!, options)}`);
      else lines.push(renderInline(line, options));
    }
  });
  return lines;
}

function renderText(value: unknown, options: RenderOptions): string[] {
  const text = asRecord(value);
  const raw = asString(text?.text);
  if (raw === undefined) return [];
  return text!.type === 'mrkdwn' ? renderMrkdwn(raw, options) : raw.split('\n');
}

function plainText(value: unknown): string {
  return asString(asRecord(value)?.text) ?? '';
}

function renderRichText(elements: unknown[], options: RenderOptions): string[] {
  const inline = (items: unknown[]): string =>
    items
      .map((item) => {
        const el = asRecord(item);
        if (!el) return '';
        switch (el.type) {
          case 'text': {
            const t = asString(el.text) ?? '';
            const s = asRecord(el.style);
            if (!options.colour || !s) return t;
            let out = t;
            if (s.bold) out = style.bold(out);
            if (s.italic) out = style.italic(out);
            if (s.strike) out = style.strike(out);
            if (s.code) out = style.code(out);
            return out;
          }
          case 'link': {
            const url = asString(el.url) ?? '';
            const label = asString(el.text);
            return label && label !== url ? `${label} (${url})` : url;
          }
          case 'user':
            return `@${options.userNames?.[asString(el.user_id) ?? ''] ?? asString(el.user_id) ?? 'user'}`;
          case 'channel':
            return `#${options.channelNames?.[asString(el.channel_id) ?? ''] ?? asString(el.channel_id) ?? 'channel'}`;
          case 'emoji':
            return `:${asString(el.name) ?? ''}:`;
          case 'broadcast':
            return `@${asString(el.range) ?? 'here'}`;
          default:
            return asString(el.text) ?? '';
        }
      })
      .join('');
  const lines: string[] = [];
  for (const item of elements) {
    const el = asRecord(item);
    if (!el) continue;
    const children = asArray(el.elements);
    if (el.type === 'rich_text_section') lines.push(...inline(children).split('\n'));
    else if (el.type === 'rich_text_quote')
      lines.push(
        ...inline(children)
          .split('\n')
          .map((l) => `  │ ${l}`),
      );
    else if (el.type === 'rich_text_preformatted')
      lines.push(
        ...inline(children)
          .split('\n')
          .map((l) => `    ${l}`),
      );
    else if (el.type === 'rich_text_list') {
      const ordered = el.style === 'ordered';
      children.forEach((child, n) => {
        const text = inline(asArray(asRecord(child)?.elements));
        lines.push(`${ordered ? `${n + 1}.` : '•'} ${text}`);
      });
    }
  }
  return lines;
}

/**
 * Renders blocks as lines and numbers their buttons from `firstNumber`, in reading order.
 * Blocks without a block_id get a stable one, as Slack assigns one to every block.
 */
export function renderBlocks(blocks: readonly unknown[], options: RenderOptions, firstNumber = 1): RenderedBlocks {
  const lines: string[] = [];
  const buttons: Button[] = [];
  const elementLabel = (value: unknown, blockId: string): string | undefined => {
    const el = asRecord(value);
    if (!el) return undefined;
    if (el.type === 'button') {
      const button: Button = {
        number: firstNumber + buttons.length,
        actionId: asString(el.action_id) ?? `button-${firstNumber + buttons.length}`,
        blockId,
        text: plainText(el.text),
        ...(asString(el.value) !== undefined ? { value: asString(el.value) } : {}),
        ...(asString(el.url) !== undefined ? { url: asString(el.url) } : {}),
        ...(asString(el.style) !== undefined ? { style: asString(el.style) } : {}),
      };
      buttons.push(button);
      const label = `[${button.number}] ${button.text}${button.url ? ` (${button.url})` : ''}`;
      return options.colour ? style.button(label) : label;
    }
    const placeholder = plainText(el.placeholder) || plainText(el.text);
    return `(${String(el.type ?? 'element').replace(/_/g, ' ')}${placeholder ? `: ${placeholder}` : ''})`;
  };

  blocks.forEach((value, index) => {
    const block = asRecord(value);
    if (!block) return;
    const blockId = asString(block.block_id) ?? `block-${index + 1}`;
    switch (block.type) {
      case 'header': {
        const text = plainText(block.text);
        lines.push(options.colour ? style.bold(text) : text);
        break;
      }
      case 'section': {
        lines.push(...renderText(block.text, options));
        for (const field of asArray(block.fields)) lines.push(...renderText(field, options));
        const accessory = asRecord(block.accessory);
        if (accessory && accessory.type !== 'image') {
          const label = elementLabel(accessory, blockId);
          if (label) lines.push(label);
        }
        break;
      }
      case 'context': {
        const parts = asArray(block.elements)
          .map((el) => {
            const e = asRecord(el);
            if (e?.type === 'image') return asString(e.alt_text) ? `[${asString(e.alt_text)}]` : '';
            return renderText(el, options).join('\n');
          })
          .filter(Boolean);
        // Elements sit side by side, as in Slack; line breaks inside an element are kept.
        for (const line of parts.join('  ').split('\n')) lines.push(options.colour ? style.dim(line) : line);
        break;
      }
      case 'actions': {
        const labels = asArray(block.elements)
          .map((el) => elementLabel(el, blockId))
          .filter((l): l is string => Boolean(l));
        if (labels.length) lines.push(labels.join('  '));
        break;
      }
      case 'divider':
        lines.push(options.colour ? style.dim('─'.repeat(24)) : '─'.repeat(24));
        break;
      case 'image': {
        const title = plainText(block.title) || asString(block.alt_text) || 'image';
        lines.push(`[image: ${title}]`);
        break;
      }
      case 'rich_text':
        lines.push(...renderRichText(asArray(block.elements), options));
        break;
      case 'input': {
        lines.push(`${plainText(block.label)}: ${elementLabel(block.element, blockId) ?? ''}`.trim());
        break;
      }
      default:
        if (block.text) lines.push(...renderText(block.text, options));
    }
  });
  return { lines, buttons };
}

/** The heading line of a message: who, where, and whether it is ephemeral, threaded or an update. */
export function renderHeading(heading: MessageHeading, options: RenderOptions): string {
  const notes = [heading.place];
  if (heading.inThread) notes.push('in thread');
  if (heading.ephemeral) notes.push('only you can see this');
  if (heading.updated) notes.push('updated');
  const from = options.colour ? style.bold(heading.from) : heading.from;
  return `${from} (${notes.join(', ')}):`;
}

/**
 * Renders a whole message: heading, then the blocks (or the `text` fallback when there are
 * none, as Slack does), indented under it.
 */
export function renderMessage(
  message: { text?: string; blocks?: readonly unknown[] },
  heading: MessageHeading,
  options: RenderOptions,
): { text: string; buttons: Button[] } {
  const rendered =
    message.blocks && message.blocks.length
      ? renderBlocks(message.blocks, options)
      : { lines: renderMrkdwn(scrubSecrets(message.text ?? ''), options), buttons: [] };
  const body = rendered.lines.map((line) => (line ? `  ${line}` : ''));
  return { text: [renderHeading(heading, options), ...body].join('\n'), buttons: rendered.buttons };
}

/** Dims a line when colour is on: notes from the chat itself, not from the bot. */
export function renderNote(text: string, options: RenderOptions): string {
  return options.colour ? style.dim(text) : text;
}
