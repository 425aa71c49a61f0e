/** A record of processing, one heading per processing over its labelled lines (issue 22). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from '../readPage';
import { pageToInventory } from '../importPage';

type Obj = Record<string, unknown>;

function imported(page: string, file: string): Obj[] {
  const read = readPage(page, file);
  return (pageToInventory(read, { today: '2026-12-08' }).value.subprocessors ?? []) as Obj[];
}
const countries = (e: Obj) => ((e.dataLocation as Obj | undefined)?.countries as string[] | undefined) ?? 'none';
const mechanism = (e: Obj) => ((e.transfer as Obj | undefined)?.mechanism as string | undefined) ?? 'none';

const CASES: { what: string; file: string; page: string; want: [string, string[] | 'none', string][] }[] = [
  {
    what: 'French, "Traitement N :" headings, a recipients line naming an internal department, a transfer line per vendor',
    file: 'registre.md',
    page: `# Registre des activités de traitement

## Traitement 1 : Gestion des clients

- Finalité : gestion des comptes et de la facturation
- Base légale : exécution du contrat
- Destinataires : service comptable interne
- Sous-traitants : Nuagerie (hébergement), Paywise (paiement)
- Transfert hors UE : Paywise (États-Unis, CCT)
- Durée de conservation : 5 ans

## Traitement 2 : Newsletter

- Finalité : envoi de la lettre d'information
- Sous-traitants : Courriel Express, Nuagerie

## Traitement 3 : Recrutement

- Finalité : gestion des candidatures
- Destinataires : service RH interne
`,
    want: [
      ['Nuagerie', 'none', 'none'],
      ['Paywise', ['US'], 'scc'],
      ['Courriel Express', 'none', 'none'],
    ],
  },
  {
    what: 'English, "Processing activity N:" headings, bold labels, a name holding a column\'s word',
    file: 'ropa.md',
    page: `# Record of processing activities

## Processing activity 1: Customer accounts

* **Purpose:** account management
* **Recipients:** internal support team
* **Processors:** Skyline Web Services (hosting), Letterbox (email)
* **Transfers outside the EU:** Letterbox (USA, SCCs)

## Processing activity 2: Newsletter

* **Purpose:** marketing emails
* **Processors:** Mailwave
* **Transfers outside the EU:** Mailwave (USA, Data Privacy Framework)
`,
    want: [
      ['Skyline Web Services', 'none', 'none'],
      ['Letterbox', ['US'], 'scc'],
      ['Mailwave', ['US'], 'dpf'],
    ],
  },
  {
    what: 'French, numbered "Traitement n°" headings in HTML, recipients and processors lines',
    file: 'registre.html',
    page: `<h1>Registre des traitements</h1>
<h2>Traitement n°1 – Prise de rendez-vous</h2>
<ul><li>Finalité : agenda en ligne</li><li>Destinataires : Agendo SAS</li><li>Transfert hors UE : non</li></ul>
<h2>Traitement n°2 – Facturation</h2>
<ul><li>Finalité : factures</li><li>Sous-traitant : Agendo SAS ; Paywise</li></ul>`,
    want: [
      ['Agendo SAS', 'none', 'none'],
      ['Paywise', 'none', 'none'],
    ],
  },
];

for (const c of CASES)
  test(`a record of processing gives the vendors its lines name, never a processing: ${c.what}`, () => {
    const entries = imported(c.page, c.file);
    assert.deepEqual(
      entries.map((e) => [e.name, countries(e), mechanism(e)]),
      c.want,
    );
    // A transfer line's brackets say where the data goes, never where the company is.
    for (const e of entries) assert.equal(e.entityCountry ?? 'unknown', 'unknown');
  });

test('near miss: a record whose recipients are all internal names no vendor', () => {
  const page = `# Registre

## Traitement 1 : Paie

- Finalité : paie des salariés
- Destinataires : service comptable interne, direction

## Traitement 2 : Recrutement

- Finalité : candidatures
- Destinataires : service RH interne
`;
  assert.deepEqual(readPage(page, 'r.md').entries, []);
});

test('near miss: one heading that reads like a processing is no record; its vendor section still reads', () => {
  const page = `# Sous-traitants

## Hébergement

- Prestataire : Nuagerie
- Localisation : France

## Traitement 1 : Gestion des clients

- Finalité : comptes
`;
  assert.deepEqual(
    readPage(page, 'p.md').entries.map((e) => e.name ?? e.heading),
    ['Nuagerie'],
  );
});
