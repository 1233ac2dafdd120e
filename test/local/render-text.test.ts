import { describe, expect, it } from 'vitest';
import { renderBlocks, renderHeading, renderMessage, renderMrkdwn } from '../../src/local/render-text.js';

const plain = { colour: false, userNames: { U0LOCAL: 'you', U0BOT: 'bot' }, channelNames: { C0LOCAL: 'local' } };
const colour = { ...plain, colour: true };

describe('renderMrkdwn', () => {
  it('shows links as label (url), bare links as the url', () => {
    expect(renderMrkdwn('See <https://example.com/a_b_c|the guide> or <https://example.com>.', plain)).toEqual([
      'See the guide (https://example.com/a_b_c) or https://example.com.',
    ]);
  });

  it('shows user and channel mentions by name, and special mentions as text', () => {
    expect(renderMrkdwn('Shared by <@U0LOCAL> in <#C0LOCAL>, cc <@U999> <!here>', plain)).toEqual([
      'Shared by @you in #local, cc @U999 @here',
    ]);
    expect(renderMrkdwn('<#C1|general> <!subteam^S1|@ops> <!date^1392734382^{date}|Feb 18>', plain)).toEqual(['#general @ops Feb 18']);
  });

  it('drops emphasis markers without colour and styles them with colour', () => {
    expect(renderMrkdwn('*Containers* are _light_ and ~slow~', plain)).toEqual(['Containers are light and slow']);
    const styled = renderMrkdwn('*Containers* are _light_', colour)[0]!;
    expect(styled).toContain('\u001b[1mContainers\u001b[22m');
    expect(styled).toContain('\u001b[3mlight\u001b[23m');
    expect(styled.replace(/\u001b\[[0-9;]*m/g, '')).toBe('Containers are light');
  });

  it('leaves markers that Slack would not treat as emphasis', () => {
    expect(renderMrkdwn('snake_case_name and 2*3*4 and * not bold *', plain)).toEqual(['snake_case_name and 2*3*4 and * not bold *']);
  });

  it('keeps code literal: no links, no emphasis inside', () => {
    expect(renderMrkdwn('run `docker run *x*` now', plain)).toEqual(['run `docker run *x*` now']);
    expect(renderMrkdwn('before\n```\nkubectl get pods\n*x*\n```\nafter', plain)).toEqual([
      'before',
      '    kubectl get pods',
      '    *x*',
      'after',
    ]);
  });

  it('indents quote lines, and keeps an escaped > as text', () => {
    expect(renderMrkdwn('Passage:\n>Containers share the kernel.\n&gt; not a quote', plain)).toEqual([
      'Passage:',
      '  │ Containers share the kernel.',
      '> not a quote',
    ]);
  });

  it('drops terminal control characters, so text cannot move the cursor or restyle the terminal', () => {
    expect(renderMrkdwn('safe\u001b[2J\u001b]0;title\u0007 text\rover\u009b1m\tend', colour)).toEqual(['safe[2J]0;title textover1m\tend']);
    const { lines, buttons } = renderBlocks(
      [
        { type: 'header', text: { type: 'plain_text', text: 'H\u001b[31mi' } },
        { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'G\u001bo' } }] },
      ],
      plain,
    );
    expect(lines).toEqual(['H[31mi', '[1] Go']);
    expect(buttons[0]!.text).toBe('Go');
  });

  it('decodes the entities Slack requires apps to escape, once', () => {
    expect(renderMrkdwn('a &lt;b&gt; &amp; c &amp;lt;', plain)).toEqual(['a <b> & c &lt;']);
  });
});

describe('renderBlocks', () => {
  const blocks = [
    { type: 'header', text: { type: 'plain_text', text: 'Recommendation: VMs' } },
    { type: 'section', block_id: 'why', text: { type: 'mrkdwn', text: '*Why*\n>A custom kernel needs its own OS.' } },
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: '📄 guide.md › Kernels' },
        { type: 'plain_text', text: 'score 0.9' },
      ],
    },
    { type: 'divider' },
    {
      type: 'actions',
      block_id: 'next',
      elements: [
        { type: 'button', action_id: 'flow_answer', text: { type: 'plain_text', text: 'Yes' }, value: 'k=custom' },
        { type: 'button', action_id: 'flow_restart', text: { type: 'plain_text', text: 'Start over' }, style: 'danger' },
      ],
    },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: 'Explain more?' },
      accessory: { type: 'button', action_id: 'explain', text: { type: 'plain_text', text: 'Explain in DM' } },
    },
  ];

  it('renders each block kind as readable lines and numbers buttons in reading order', () => {
    const { lines, buttons } = renderBlocks(blocks, plain);
    expect(lines).toEqual([
      'Recommendation: VMs',
      'Why',
      '  │ A custom kernel needs its own OS.',
      '📄 guide.md › Kernels  score 0.9',
      '─'.repeat(24),
      '[1] Yes  [2] Start over',
      'Explain more?',
      '[3] Explain in DM',
    ]);
    expect(buttons).toEqual([
      { number: 1, actionId: 'flow_answer', blockId: 'next', text: 'Yes', value: 'k=custom' },
      { number: 2, actionId: 'flow_restart', blockId: 'next', text: 'Start over', style: 'danger' },
      { number: 3, actionId: 'explain', blockId: 'block-6', text: 'Explain in DM' },
    ]);
  });

  it('makes headers bold and context dim only with colour', () => {
    const { lines } = renderBlocks(blocks, colour);
    expect(lines[0]).toBe('\u001b[1mRecommendation: VMs\u001b[22m');
    expect(lines[3]!.startsWith('\u001b[2m')).toBe(true);
    expect(renderBlocks(blocks, plain).lines.join('\n')).not.toContain('\u001b');
  });

  it('keeps line breaks inside a context element and dims each line', () => {
    const block = { type: 'context', elements: [{ type: 'mrkdwn', text: '*Yes*: tenant code\n*No*: our own code' }] };
    expect(renderBlocks([block], plain).lines).toEqual(['Yes: tenant code', 'No: our own code']);
    expect(renderBlocks([block], colour).lines.every((l) => l.startsWith('\u001b[2m'))).toBe(true);
  });

  it('survives blocks of unexpected shape', () => {
    const odd = [
      null,
      3,
      { type: 'section' },
      { type: 'actions', elements: [{ type: 'static_select', placeholder: { type: 'plain_text', text: 'Pick' } }] },
      { type: 'mystery', text: { type: 'plain_text', text: 'still shown' } },
    ];
    expect(renderBlocks(odd, plain)).toEqual({ lines: ['(static select: Pick)', 'still shown'], buttons: [] });
  });

  it('renders rich text as people type it', () => {
    const rich = [
      {
        type: 'rich_text',
        elements: [
          {
            type: 'rich_text_section',
            elements: [
              { type: 'text', text: 'hi ' },
              { type: 'user', user_id: 'U0BOT' },
              { type: 'link', url: 'https://x.io', text: 'x' },
            ],
          },
          {
            type: 'rich_text_list',
            style: 'ordered',
            elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'one' }] }],
          },
        ],
      },
    ];
    expect(renderBlocks(rich, plain).lines).toEqual(['hi @botx (https://x.io)', '1. one']);
  });
});

describe('renderMessage', () => {
  it('puts a heading over the indented body and marks ephemeral, threaded and updated messages', () => {
    const { text, buttons } = renderMessage(
      {
        text: 'fallback',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: 'Hello <@U0LOCAL>' } },
          { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'OK' } }] },
        ],
      },
      { from: 'bot', place: '#local', inThread: true, ephemeral: true, updated: true },
      plain,
    );
    expect(text).toBe('bot (#local, in thread, only you can see this, updated):\n  Hello @you\n  [1] OK');
    expect(buttons).toHaveLength(1);
  });

  it('falls back to the text when there are no blocks, as Slack does', () => {
    expect(renderMessage({ text: 'Just *text*' }, { from: 'bot', place: 'DM' }, plain).text).toBe('bot (DM):\n  Just text');
  });

  it('styles the sender only with colour', () => {
    expect(renderHeading({ from: 'bot', place: 'DM' }, colour)).toBe('\u001b[1mbot\u001b[22m (DM):');
  });
});
