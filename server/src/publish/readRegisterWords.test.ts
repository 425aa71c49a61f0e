/**
 * Words of registers read as they are meant (issue 22): a role column's hyphenated values, a column of the vendors'
 * terms of processing, a place before the nouns of what runs there, a host name before its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { readLocation } from './wording';

type Entry = Record<string, unknown>;
const imported = (text: string): Entry[] =>
  (parse(pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors;

test('a role column written as a register writes it ("independent-controller", "processor") keeps only the sub-processors', () => {
  const md = `| Vendor | Purpose | Role |
|---|---|---|
| Tollgate Pay | Card payments | independent-controller |
| Heron Mail | Receipts by e-mail | sub-processor |
| Own object storage | Documents at rest | processor |
| Quokka SMS | One-time codes | sub-processor |
`;
  assert.deepEqual(
    imported(md).map((e) => e.name),
    ['Heron Mail', 'Quokka SMS'],
  );
  const fr = `| Prestataire | Finalité | Qualité |
|---|---|---|
| Banque Lumière | Paiements | responsable de traitement |
| Courriel Sûr SARL | E-mails | sous-traitant ultérieur |
`;
  assert.deepEqual(
    imported(fr).map((e) => e.name),
    ['Courriel Sûr SARL'],
  );
  // Near miss: a column where every row is a sub-processor says nothing against any of them.
  const all = md.replace('independent-controller', 'sub-processor').replace('| processor |', '| sub-processor |');
  assert.deepEqual(
    imported(all).map((e) => e.name),
    ['Tollgate Pay', 'Heron Mail', 'Own object storage', 'Quokka SMS'],
  );
});

test("a column of the vendors' terms of processing gives the agreement's link, whatever the link's words call it", () => {
  const md = `| Vendor | Purpose | Privacy | DPA / Terms of Processing |
|---|---|---|---|
| Heron Mail | E-mail | [Privacy Policy](https://heron.example/privacy) | [DPA Terms](https://heron.example/help/4411) |
| Quokka Pay | Payments | [Privacy Notice](https://quokka.example/privacy) | [Data Protection Terms](https://quokka.example/legal/x) |
| Lyrebird | Calls | [Privacy Policy](https://lyrebird.example/privacy) | [GDPR Statement](https://lyrebird.example/gdpr) |
`;
  const entries = imported(md);
  assert.deepEqual(
    entries.map((e) => [e.name, (e.dpa as Entry | undefined)?.url]),
    [
      ['Heron Mail', 'https://heron.example/help/4411'],
      ['Quokka Pay', 'https://quokka.example/legal/x'],
      // Near miss: a statement is another document than an agreement; its address stays in the note.
      ['Lyrebird', undefined],
    ],
  );
  assert.match(String(entries[2]!.note), /lyrebird\.example\/gdpr/);
  const fr = `| Prestataire | Finalité | DPA / Conditions de traitement |
|---|---|---|
| Courriel Sûr | E-mails | [Conditions de traitement](https://courriel.example/aide/12) |
| Paie Nette | Paie | [Politique de confidentialité](https://paie.example/aide/7) |
`;
  assert.deepEqual(
    imported(fr).map((e) => [e.name, (e.dpa as Entry | undefined)?.url]),
    [
      ['Courriel Sûr', 'https://courriel.example/aide/12'],
      ['Paie Nette', undefined],
    ],
  );
});

test('a place before the nouns of what runs there ("EU residency", "Japan edge nodes", "India SMS route") is the place', () => {
  const countries = (t: string) => readLocation(t).countries;
  assert.deepEqual(countries('EU residency'), ['EU']);
  assert.deepEqual(countries('Canada edge network'), ['CA']);
  assert.deepEqual(countries('Japan edge nodes'), ['JP']);
  assert.deepEqual(countries('Brazil SMS route'), ['BR']);
  assert.deepEqual(countries('India business messaging route.'), ['IN']);
  assert.deepEqual(countries('UE résidence des données'), []);
  // Near misses: people or customers in a place, a word in small letters, how far messages go.
  assert.deepEqual(countries('US support team'), []);
  assert.deepEqual(countries('EU customers'), []);
  assert.deepEqual(countries('no delivery route'), []);
  assert.deepEqual(countries('global delivery'), []);
});

test('a host name before a place in brackets ("eu.acme.io (Frankfurt)") says where the service answers: the place', () => {
  const countries = (t: string) => readLocation(t).countries;
  assert.deepEqual(countries('eu.heron.example (Frankfurt)'), ['DE']);
  assert.deepEqual(countries('de.quokka.example (Germany)'), ['DE']);
  assert.deepEqual(countries('fr.courriel.example (France)'), ['FR']);
  // Near misses: brackets that name no place, a company's form.
  assert.deepEqual(countries('status.heron.example (public page)'), []);
  assert.deepEqual(countries('heron.io (Inc.)'), []);
});

test('a word saying a scheme is held, before the next scheme ("PCI DSS certified, SOC 2 Type II"), keeps that scheme whole', () => {
  const md = `| Vendor | Purpose | Certifications |
|---|---|---|
| Tollgate Pay | Payments | PCI DSS Level 1 certified, SOC 2 Type II |
| Heron Mail | E-mail | ISO 27001 certified; SOC 2 Type I |
| Quokka SMS | Codes | Certifié ISO 27001, SOC 2 Type II |
`;
  assert.deepEqual(
    imported(md).map((e) => [e.name, e.certifications]),
    [
      ['Tollgate Pay', ['pci-dss', 'soc2-type2']],
      ['Heron Mail', ['iso27001', 'soc2-type1']],
      ['Quokka SMS', ['iso27001', 'soc2-type2']],
    ],
  );
  // Near miss: a scheme with no type after the word stays the scheme with no type.
  assert.deepEqual(imported(md.replace('PCI DSS Level 1 certified, SOC 2 Type II', 'Certified SOC 2')).map((e) => e.certifications)[0], [
    'soc2',
  ]);
});

test('a place of data storage with the safeguards of processing elsewhere ("EU data storage (Frankfurt) with US processing safeguards")', () => {
  const countries = (t: string) => readLocation(t).countries;
  assert.deepEqual(countries('European Union data storage (Frankfurt) with US processing safeguards'), ['EU', 'DE']);
  assert.deepEqual(countries('Canada data storage'), ['CA']);
  assert.deepEqual(countries('Suisse avec garanties contractuelles'), ['CH']);
  // Near miss: the safeguards alone, with no place before them, say where nothing is kept.
  assert.deepEqual(countries('with US processing safeguards'), []);
});
