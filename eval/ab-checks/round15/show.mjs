import { readFileSync } from 'node:fs';
const f = process.argv[2];
const lines = readFileSync(f,'utf8').trim().split('\n').map(JSON.parse);
lines.forEach((o,i)=>{
  console.log(`\n##### ${i+1}. ${o.item}`);
  const same = JSON.stringify(o.X)===JSON.stringify(o.Y);
  for (const b of same?['X']:['X','Y']) {
    const r=o[b];
    console.log(`  [${same?'X=Y':b}] answered=${r.answered} conf=${r.confidence} rec=${r.recommendation}`);
    r.passages.forEach((p,j)=>console.log(`     p${j+1} ${p.source} :: ${p.heading}\n        ${p.snippet.replace(/\s+/g,' ').slice(0,400)}`));
  }
});
