// Builds judgements.md tables and counts from verdicts.tsv and the off-topic jsonl files.
import { readFileSync, writeFileSync } from 'node:fs';
const rows = readFileSync('verdicts.tsv', 'utf8').trim().split('\n').slice(1).map((l) => { const [group, item, X, Y, note] = l.split('\t'); return { group, item: +item, X, Y, note }; });
const qfile = { corpus: 'corpus.jsonl', article: 'article.jsonl', threads: 'threads.jsonl' };
const data = {}; for (const [g, f] of Object.entries(qfile)) data[g] = readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const lower = {
  'corpus#3': 'p3 differs: X podman-quadlet(1) "Quadlets manage containers... with systemd unit files"; Y podmansh(1) per-user login Quadlet. X slightly better.',
  'corpus#7': 'p3 differs: X podman inspect .Config.Healthcheck; Y --health-startup-retries "restarts the container". Y slightly better (restart).',
  'corpus#8': 'p2/p3 differ: both show SSH-key steps and the client/server architecture from the two remote tutorials, just swapped. Tie.',
  'corpus#10': 'p2/p3 differ: X podman-container(1) command table; Y checkpoint(1) + tutorial "restored container continues at the same point". Y slightly better.',
  'corpus#11': 'p2/p3 swapped: X host step then guest step; Y guest before host. X slightly better (setup order).',
  'corpus#16': 'p2/p3 swapped (inserting metadata vs IMDSv2-style token). Tie.',
  'corpus#25': 'p2/p3 swapped: X puts the CRI-O setup doc at p2, Y a Developer-Guide debug-console line. X slightly better (question asks about CRI-O).',
  'corpus#27': 'p2/p3 swapped: Y puts how-to-size-sandbox-overhead-runtime-rs at p2, X the virtio-fs memory-accounting line. Y slightly better.',
};
const counts = {};
const bump = (g, b, v) => { counts[g] ??= { X: {}, Y: {} }; counts[g][b][v] = (counts[g][b][v] ?? 0) + 1; };
for (const r of rows) for (const b of ['X', 'Y']) bump(r.group, b, r[b].startsWith('DECLINED') ? 'DECLINED' : r[b]);
const off = {};
for (const [g, f] of [['offtopic-corpus', 'offtopic-corpus.jsonl'], ['offtopic-article', 'offtopic-article.jsonl']]) {
  off[g] = readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  off[g].forEach((o) => { for (const b of ['X', 'Y']) { const r = o[b]; bump(g, b, r.answered ? `LEAK ${r.confidence === 'high' ? 'high' : 'low'}` : 'RIGHT'); } });
}
let md = '# Round 14 judgements (first passage + snippet per build)\n\nScale: GOOD / PARTIAL / WRONG / DECLINED (-right or -wrong); off-topic RIGHT / LEAK high|low. rec = recommendation field.\n\n';
md += '## Items where X and Y differ\n\n';
for (const r of rows) if (r.X !== r.Y || JSON.stringify(data[r.group][r.item - 1].X) !== JSON.stringify(data[r.group][r.item - 1].Y)) {
  const d = data[r.group][r.item - 1];
  md += `- ${r.group} #${r.item} "${d.item}"\n  - X: ${r.X} (rec=${d.X.recommendation}, conf=${d.X.confidence}) first=${d.X.passages[0]?.source ?? '-'} :: ${d.X.passages[0]?.heading ?? ''}\n  - Y: ${r.Y} (rec=${d.Y.recommendation}, conf=${d.Y.confidence}) first=${d.Y.passages[0]?.source ?? '-'} :: ${d.Y.passages[0]?.heading ?? ''}\n  - note: ${r.note}\n` + (lower[`${r.group}#${r.item}`] ? `  - lower ranks: ${lower[`${r.group}#${r.item}`]}\n` : '');
}
md += '\nCorpus #3, 7, 8, 10, 11, 16, 25, 27 differ only in passages 2-3 (first passage identical, so same verdict). Only corpus #23 and threads #8 differ in the first passage. Article, off-topic-corpus and off-topic-article outputs are identical between X and Y (every field of every item).\n';
for (const g of ['corpus', 'article', 'threads']) {
  md += `\n## ${g}: identical verdicts\n\n| # | question | verdict (X=Y) | rec | conf | note |\n|---|---|---|---|---|---|\n`;
  for (const r of rows.filter((r) => r.group === g && r.X === r.Y)) { const d = data[g][r.item - 1]; md += `| ${r.item} | ${d.item.replace(/\|/g, '/')} | ${r.X} | ${d.X.recommendation ?? '-'} | ${d.X.confidence ?? '-'} | ${r.note.replace(/\|/g, '/')} |\n`; }
}
for (const g of Object.keys(off)) {
  md += `\n## ${g} (X and Y identical on every item)\n\n`;
  const leaks = off[g].map((o, i) => ({ o, i })).filter(({ o }) => o.X.answered || o.Y.answered);
  md += `RIGHT (declined) on ${off[g].length - leaks.length}/30 in both builds. Leaks:\n\n`;
  for (const { o, i } of leaks) md += `- #${i + 1} "${o.item}": X LEAK ${o.X.confidence}, Y LEAK ${o.Y.confidence}; first=${o.X.passages[0].source} :: ${o.X.passages[0].heading}\n`;
}
writeFileSync('judgements.md', md);
const order = ['GOOD', 'PARTIAL', 'WRONG', 'DECLINED', 'RIGHT', 'LEAK high', 'LEAK low'];
let t = '| group | build | GOOD | PARTIAL | WRONG | DECLINED | RIGHT | LEAK high | LEAK low |\n|---|---|---|---|---|---|---|---|---|\n';
for (const g of Object.keys(counts)) for (const b of ['X', 'Y']) t += `| ${g} | ${b} | ${order.map((k) => counts[g][b][k] ?? 0).join(' | ')} |\n`;
writeFileSync('counts.md', t); console.log(t);
