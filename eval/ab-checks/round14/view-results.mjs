import { readFileSync } from 'node:fs';
const f = process.argv[2]; const full = process.argv[3]==='full';
readFileSync(f,'utf8').split('\n').filter(Boolean).forEach((l,i)=>{
  const o = JSON.parse(l);
  console.log(`\n### ${i+1}. ${o.item}`);
  for (const b of ['X','Y']) {
    const r=o[b];
    console.log(`  [${b}] answered=${r.answered} conf=${r.confidence} rec=${r.recommendation} n=${r.passages.length}`);
    r.passages.slice(0, full?3:1).forEach((p,j)=>console.log(`     p${j+1} ${p.source} :: ${p.heading}\n        ${(p.snippet||'').replace(/\s+/g,' ').slice(0,400)}`));
  }
  const same = JSON.stringify(o.X)===JSON.stringify(o.Y);
  console.log(`  SAME=${same}`);
});
