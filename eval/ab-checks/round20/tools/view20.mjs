import { readFileSync } from 'node:fs';
const [file, mode] = process.argv.slice(2);
const rows = readFileSync(file,'utf8').trim().split('\n').map(JSON.parse);
rows.forEach((r,i)=>{
  const same = JSON.stringify(r.X)===JSON.stringify(r.Y);
  console.log(`\n=== #${i+1} ${same?'[SAME]':'[DIFF]'} ${r.item}`);
  for (const b of ['X','Y']) {
    if (b==='Y' && same) continue;
    const a=r[b];
    console.log(` ${b}: answered=${a.answered} conf=${a.confidence} rec=${a.recommendation}`);
    a.passages.slice(0, mode==='all'?3:1).forEach((p,j)=>console.log(`   p${j+1} [${p.source} § ${p.heading}] ${p.snippet.slice(0, 300).replace(/\n/g,' ')}`));
  }
});
