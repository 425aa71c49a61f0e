/** Numbered cards over labelled lines, and a glossary's labelled lines (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

/** The names of the entries a Markdown page gives. */
const names = (md: string) => readPage(md, 'p.md').entries.map((e) => e.name ?? e.heading);

test('a numbered bold card "1. Name (Country) - Role" over labelled lines is the vendor, its number and role apart', () => {
  const fr = [
    '## 4. Partage des données',
    '',
    '**1. Mollie B.V. (Pays-Bas) - Paiements**',
    '- **Finalité** : Encaissement des commandes',
    '- **Base légale** : Exécution du contrat',
    '',
    '**2. Fly.io (USA) - Hébergement**',
    '- **Finalité** : Hébergement de l’application',
    '- **Transfert** : Clauses Contractuelles Types',
    '',
  ].join('\n');
  assert.deepEqual(names(fr), ['Mollie B.V. (Pays-Bas)', 'Fly.io (USA)']);
  const en = [
    '## Who we share data with',
    '',
    '**1) Postmark - Email delivery**',
    '- **Purpose**: Sending receipts',
    '',
    '**2) Render - Hosting**',
    '- **Purpose**: Running the API',
    '',
  ].join('\n');
  assert.deepEqual(names(en), ['Postmark', 'Render']);
});

test('near misses: an unnumbered hyphen line is no card; a number over a sentence is no name', () => {
  // Without a number, " - " between two words may join a compound: the line stays whole, as before.
  const plain = ['**Postmark - Email delivery**', '- **Purpose**: Sending receipts', ''].join('\n');
  assert.deepEqual(names(plain), ['Postmark - Email delivery']);
  const sentence = ['**1. We share the data below - as the law allows.**', '- **Purpose**: Audit', ''].join('\n');
  assert.ok(!names(sentence).includes('We share the data below'));
});

test("a glossary's labelled lines define words: no entry (English and French)", () => {
  const fr = [
    '## 12. Sous-traitants',
    '',
    '**Brevo**',
    '- **Finalité** : Courriels',
    '',
    '## 13. GLOSSAIRE',
    '',
    '**Traitement :** Toute opération sur des données.',
    '',
    '**Sous-traitant :** Entité qui traite des données pour le compte du responsable.',
    '',
  ].join('\n');
  assert.deepEqual(names(fr), ['Brevo']);
  const en = [
    '## Processors',
    '',
    '**Postmark**',
    '- **Purpose**: Email',
    '',
    '## Definitions',
    '',
    '**Processing:** Any operation on data.',
    '',
    '**Processor:** An entity processing data for the controller.',
    '',
  ].join('\n');
  assert.deepEqual(names(en), ['Postmark']);
  // Near miss: a heading that only contains the word ("Definitions of our vendors") still heads vendors.
  const near = ['## Definitions of our vendors', '', '**Postmark**', '- **Purpose**: Email', ''].join('\n');
  assert.deepEqual(names(near), ['Postmark']);
});
