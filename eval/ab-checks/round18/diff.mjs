import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) {
  const L = readFileSync(f,'utf8').trim().split('\n').map(l=>JSON.parse(l));
  let n=0;
  L.forEach((o,i)=>{ if (JSON.stringify(o.X)!==JSON.stringify(o.Y)) { n++; console.log(`${f} #${i+1}: ${o.item}`);} });
  console.log(`${f}: ${n} differ of ${L.length}`);
}
