import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The manifest subscribes to every event the listeners handle, with the scopes those events need. */

const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

describe('manifest.json', () => {
  it('subscribes to channel and private-channel messages (thread follow-ups, help channels) with their history scopes', () => {
    const events: string[] = manifest.settings.event_subscriptions.bot_events;
    const scopes: string[] = manifest.oauth_config.scopes.bot;
    expect(events).toEqual(expect.arrayContaining(['app_mention', 'message.channels', 'message.groups', 'message.im', 'app_home_opened']));
    expect(scopes).toEqual(expect.arrayContaining(['channels:history', 'groups:history', 'im:history', 'chat:write', 'app_mentions:read']));
  });

  it('turns on the assistant panel with its scope and events', () => {
    expect(manifest.features.assistant_view.assistant_description.length).toBeGreaterThan(0);
    expect(manifest.oauth_config.scopes.bot).toContain('assistant:write');
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['assistant_thread_started', 'assistant_thread_context_changed']),
    );
  });

  it("keeps Slack's length limits for the descriptions", () => {
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(174);
    expect(manifest.display_information.long_description.length).toBeLessThanOrEqual(4000);
  });
});
