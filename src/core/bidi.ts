/**
 * Unicode's bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
 * reorder how the text after them is shown, so a reply or a report line could display words in
 * an order other than the one stored ("Trojan Source"). They are removed from everything the bot
 * shows. The marks U+200E and U+200F (and U+061C) only set the direction of neutral characters
 * next to them, cannot hide or reorder a run of text, and are needed in right-to-left writing,
 * so they stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text without bidirectional embeddings, overrides and isolates. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
