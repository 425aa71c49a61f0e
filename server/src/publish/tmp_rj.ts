import { readFileSync } from 'node:fs';
import { readPage } from './readPage';
import { textBlocks } from './read/text';
const t = readFileSync(process.argv[2]!, 'utf8');
console.log(JSON.stringify(textBlocks(t).filter((b) => b.kind === 'table'), null, 0).slice(0, 1500));
console.log(JSON.stringify(readPage(t, 'p.txt').entries.map((e) => [e.name, e.heading, e.facts.map((f) => `${f.key}|${f.label}=${f.value}`)]), null, 1));
