import { readFileSync, writeFileSync } from 'node:fs';
const all = JSON.parse(readFileSync('/tmp/all20.json','utf8'));
const kinds = ['article','thread','thread-chatter','corpus','offtopic','offtopic-corpus'];
let md = '# Round 20 counts: X vs Y\n\nVerdicts judged on the first passage (and recommendation). Source: verdicts.tsv.\n';
const order = ['good','partial','wrong','declined','declined (correct)','leak'];
for (const k of kinds) {
  const rows = all.filter(r=>r.kind===k);
  const vs = order.filter(v=>rows.some(r=>r.xv===v||r.yv===v));
  md += `\n## ${k} (${rows.length} items)\n\n| verdict | X | Y |\n|---|---|---|\n`;
  for (const v of vs) md += `| ${v} | ${rows.filter(r=>r.xv===v).length} | ${rows.filter(r=>r.yv===v).length} |\n`;
  const fail = v => ['partial','wrong','declined','leak'].includes(v);
  for (const b of ['x','y']) {
    const f = rows.filter(r=>fail(r[b+'v']));
    if (!f.length) continue;
    const split = {};
    for (const r of f) { const key = `${r[b+'v']}/${r[b+'c']}`; split[key]=(split[key]||0)+1; }
    md += `\n${b.toUpperCase()} failures by confidence: ` + Object.entries(split).map(([k,v])=>`${k} ${v}`).join(', ') + '\n';
  }
}
// overall
const inDomain = all.filter(r=>['article','thread','corpus'].includes(r.kind));
const offAll = all.filter(r=>['offtopic','offtopic-corpus','thread-chatter'].includes(r.kind));
md += `\n## Overall\n\n| | X | Y |\n|---|---|---|\n`;
for (const v of ['good','partial','wrong','declined']) md += `| in-domain ${v} (of ${inDomain.length}) | ${inDomain.filter(r=>r.xv===v).length} | ${inDomain.filter(r=>r.yv===v).length} |\n`;
md += `| off-topic + chatter declined correctly (of ${offAll.length}) | ${offAll.filter(r=>r.xv.startsWith('declined')).length} | ${offAll.filter(r=>r.yv.startsWith('declined')).length} |\n`;
md += `| off-topic leaks | ${offAll.filter(r=>r.xv==='leak').length} | ${offAll.filter(r=>r.yv==='leak').length} |\n`;
md += `\nFailure = partial, wrong, declined (in-domain) or leak (off-topic/chatter). Confidence "declined" means the bot returned no answer.\n`;
writeFileSync('counts.md', md); console.log(md);
