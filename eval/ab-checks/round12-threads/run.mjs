// usage: node /work/ab12c/run.mjs article|corpus FILE > out.jsonl
// FILE: one item per line: a question, or "earlier question ||| follow-up" for a follow-up in a thread.
// Prints, per line and per build (X, Y), the answer as JSON: answered, confidence, passages (source, heading, snippet).
import { readFileSync } from 'node:fs';
const builds = { X: '/work/ab12c/X', Y: '/work/ab12c/Y' };
const [which, file] = process.argv.slice(2);
const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const loaded = {};
for (const [name, dir] of Object.entries(builds)) {
  const { respond } = await import(`${dir}/dist/core/answer/respond.js`);
  const { evidenceFromIndex } = await import(`${dir}/dist/core/recommend/evidence.js`);
  const { loadKnowledgeBase } = await import(`${dir}/dist/knowledge/base.js`);
  const kb = await loadKnowledgeBase(which === 'corpus' ? '/work/shared/corpus' : `${dir}/knowledge`);
  loaded[name] = { respond, kb, ev: evidenceFromIndex(kb.index) };
}
for (const line of lines) {
  const parts = line.split('|||').map((s) => s.trim()); const question = parts.at(-1); const context = parts.slice(0, -1);
  const out = { item: line };
  for (const [name, { respond, kb, ev }] of Object.entries(loaded)) {
    const r = respond(kb.index, ev, question, { limit: 3, context });
    out[name] = {
      answered: r.answer.answered,
      confidence: r.answer.confidence ?? null,
      recommendation: r.recommended?.recommendation?.recommendation ?? null,
      passages: r.answer.passages.map((p) => ({ source: p.source, heading: p.heading, snippet: p.snippet })),
    };
  }
  console.log(JSON.stringify(out));
}
