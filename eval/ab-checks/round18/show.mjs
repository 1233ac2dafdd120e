import { readFileSync } from 'node:fs';
const [file, w] = process.argv.slice(2);
const W = Number(w ?? 110);
readFileSync(file,'utf8').trim().split('\n').forEach((l,i)=>{
  const o = JSON.parse(l);
  console.log(`#${i+1} ${o.item}`);
  for (const b of ['X','Y']) {
    const r = o[b];
    const ps = r.passages.map(p=>`[${p.source.replace('/work/shared/corpus/','')}#${p.heading}] ${(p.snippet||'').replace(/\s+/g,' ').slice(0,W)}`);
    console.log(`  ${b}: ans=${r.answered} conf=${r.confidence} rec=${JSON.stringify(r.recommendation)}`);
    ps.forEach(p=>console.log('     '+p));
  }
});
