import { readFileSync } from 'node:fs';
const f = process.argv[2];
const lines = readFileSync(f, 'utf8').split('\n').filter(Boolean).map(JSON.parse);
lines.forEach((o, i) => {
  console.log(`\n=== #${i + 1}: ${o.item}`);
  for (const b of ['X', 'Y']) {
    const r = o[b];
    console.log(` [${b}] answered=${r.answered} conf=${r.confidence} rec=${JSON.stringify(r.recommendation)}`);
    r.passages.forEach((p) => console.log(`     - ${p.source.replace('/work/shared/corpus/','')} :: ${p.heading} :: ${(p.snippet||'').replace(/\s+/g,' ').slice(0, 220)}`));
  }
  const same = JSON.stringify(o.X) === JSON.stringify(o.Y);
  console.log(same ? '   (X==Y identical)' : '   (DIFFERENT)');
});
