import { readFileSync } from 'node:fs';
const f = process.argv[2];
const lines = readFileSync(f,'utf8').split('\n').filter(Boolean);
lines.forEach((l,i)=>{ const o=JSON.parse(l); console.log(`\n#${i+1} ${o.item}`);
 for (const b of ['X','Y']) { const r=o[b]; console.log(` ${b}: answered=${r.answered} conf=${r.confidence} rec=${r.recommendation}`);
  r.passages.forEach((p,j)=>console.log(`   [${j+1}] ${p.source} § ${p.heading} :: ${p.snippet}`)); }
});
