import { readFileSync } from 'node:fs';
import { readPage } from './server/src/publish/readPage';
import { pageToInventory } from './server/src/publish/importPage';
for (const f of ['fio-subprocessors.html', 'voice-tool-registre-traitements-fr.md', 'certiflow-sub-processors.md', 'tale-sous-traitants.md', 'gidsly-subprocessors.md']) {
  const { value } = pageToInventory(readPage(readFileSync(`test/fixtures/import/corpus/${f}`, 'utf8'), f), { today: '2026-12-01' });
  const subs = value.subprocessors as any[];
  console.log(f, JSON.stringify(value.inventory).slice(0, 400));
  console.log(subs.slice(0, 2).map((s) => JSON.stringify({ n: s.name, dpa: s.dpa, ai: s.ai, loc: s.dataLocation, c: s.certifications })).join('\n'));
}
