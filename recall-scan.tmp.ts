import { readFileSync, readdirSync } from 'node:fs';
import { readPage } from './server/src/publish/readPage';
const dir = 'test/fixtures/import/corpus';
for (const f of readdirSync(dir).filter((f) => !f.endsWith('.yaml') && f !== 'README.md')) {
  try { const p = readPage(readFileSync(`${dir}/${f}`, 'utf8'), f); if (p.unread.length) console.log(f, p.unread); } catch (e) { console.log(f, 'ERR', (e as Error).message.slice(0, 100)); }
}
