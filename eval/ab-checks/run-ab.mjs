// usage: node eval/ab-checks/run-ab.mjs article|corpus FILE X_DIR Y_DIR > out.jsonl
// FILE: one item per line: a question, or "earlier question ||| follow-up" (or three parts) for a
// follow-up in a thread. X_DIR, Y_DIR: two builds (each with dist/ and knowledge/). Prints, per line
// and per build, the answer as JSON: answered, confidence, recommendation, passages (source,
// heading, snippet). The twelfth round's checks ran copies of this with the build folders fixed.
import { readFileSync } from 'node:fs';
const [which, file, xDir, yDir] = process.argv.slice(2);
const builds = { X: xDir, Y: yDir };
const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const loaded = {};
for (const [name, dir] of Object.entries(builds)) {
  const { respond } = await import(`${dir}/dist/core/answer/respond.js`);
  const { evidenceFromIndex } = await import(`${dir}/dist/core/recommend/evidence.js`);
  const { loadKnowledgeBase } = await import(`${dir}/dist/knowledge/base.js`);
  const kb = await loadKnowledgeBase(which === 'corpus' ? new URL('../../../shared/corpus', import.meta.url).pathname : `${dir}/knowledge`);
  loaded[name] = { respond, kb, ev: evidenceFromIndex(kb.index) };
}
for (const line of lines) {
  const parts = line.split('|||').map((s) => s.trim());
  const question = parts.at(-1);
  const context = parts.slice(0, -1);
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
