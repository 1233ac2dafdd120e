import { readFileSync } from 'node:fs';
for (const f of process.argv.slice(2)) { const lines=readFileSync(f,'utf8').split('\n').filter(Boolean); let n=0;
 lines.forEach((l,i)=>{const o=JSON.parse(l); if (JSON.stringify(o.X)!==JSON.stringify(o.Y)) {n++; console.log(f, '#'+(i+1), o.item);}}); console.log(f,'differs:',n,'/',lines.length);}
