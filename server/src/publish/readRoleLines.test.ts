/**
 * Items of a list the page introduces as its sub-processors, each a role, a colon, then the vendor filling it with its
 * country in brackets (« Fournisseur IA : Cognita (USA) », "AI provider: Cognita (USA)"), the role written with the
 * initials of what is provided; and the template's items whose vendor is still a variable (« {{nom_hebergeur}} »).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';
import { roleLedLine } from './read/roleRecords';
import { roleAwaitingName } from './read/blanks';

type Entry = { name: string; entityCountry?: string; purpose?: string };
const read = (text: string) =>
  (parse(pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors: Entry[] }).subprocessors.map((e) => ({
    name: e.name,
    company: e.entityCountry,
    purpose: e.purpose,
  }));

test('« Fournisseur IA : Cognita (USA) » under a list of sub-processors names Cognita, its company in the USA; a role whose vendor is a variable names none', () => {
  const fr = [
    '# Politique de confidentialité',
    '',
    '## 4. Partage des données',
    '',
    'Vos données sont partagées uniquement avec :',
    '',
    '- L’équipe Kestrel (formateurs, administration).',
    '- Nos sous-traitants techniques :',
    '  - Hébergeur VPS : {{nom_hebergeur}}',
    '  - Fournisseur IA : Cognita (USA)',
    '  - Prestataire SMS : Textello (Belgique)',
    '',
    'Ces prestataires appliquent des mesures de sécurité strictes.',
    '',
  ].join('\n');
  const entries = read(fr);
  assert.deepEqual(
    entries.map((e) => [e.name.replace(/\s*\(.*\)$/, ''), e.company, e.purpose]),
    [
      ['Cognita', 'US', 'Fournisseur IA'],
      ['Textello', 'BE', 'Prestataire SMS'],
    ],
  );
  const en = [
    '# Privacy policy',
    '',
    '## 4. Sharing',
    '',
    'We share your data only with our technical sub-processors:',
    '',
    '- VPS host: {{host_name}}',
    '- AI provider: Cognita (USA)',
    '- SMS provider: Textello (Belgium)',
    '',
  ].join('\n');
  assert.deepEqual(
    read(en).map((e) => [e.name.replace(/\s*\(.*\)$/, ''), e.company]),
    [
      ['Cognita', 'US'],
      ['Textello', 'BE'],
    ],
  );
});

test('near misses: a role whose value is a city, a blank, common nouns or "to be defined" names no vendor; a vendor before its role stays the vendor', () => {
  assert.equal(roleLedLine('Hébergeur VPS : Frankfurt'), undefined);
  assert.equal(roleLedLine('Hosting: Frankfurt'), undefined);
  assert.equal(roleLedLine('Fournisseur IA : à définir'), undefined);
  assert.equal(roleLedLine('AI provider: our own servers'), undefined);
  assert.equal(roleLedLine('Cognita: AI provider'), undefined);
  assert.equal(roleLedLine('Fournisseur IA : {{fournisseur_ia}}'), undefined);
  assert.ok(roleAwaitingName('Hébergeur VPS', '{{nom_hebergeur}}'));
  assert.ok(roleAwaitingName('AI provider', '{{ ai_provider }}'));
  // A vendor's name with a variable after it still names the vendor.
  assert.equal(roleAwaitingName('Cognita', '{{region}}'), false);
  assert.equal(roleLedLine('Fournisseur IA : Cognita (USA)')?.name, 'Cognita');
  assert.equal(roleLedLine('AI provider: Cognita (USA)')?.name, 'Cognita');
});

test('a role filled by a vendor the page plans or had (« Envisagé — Cognita », "Formerly Salesloop", "…, planned for 2027") names no vendor (review10)', () => {
  const en = [
    '# Privacy policy',
    '',
    'We share your data only with our technical sub-processors:',
    '',
    '- VPS host: Nubo Cloud (Ireland)',
    '- AI provider: Planned — Cognita (USA)',
    '- SMS provider: Textello (Belgium), planned for 2027',
    '- CRM provider: Formerly Salesloop (USA)',
    '- HR provider: Future Labs (USA)',
    '- Email provider: Postiers (France)',
    '',
  ].join('\n');
  assert.deepEqual(
    read(en).map((e) => e.name.replace(/\s*\(.*\)$/, '')),
    ['Nubo Cloud', 'Future Labs', 'Postiers'],
  );
  const fr = [
    '# Politique',
    '',
    'Vos données sont partagées uniquement avec nos sous-traitants techniques :',
    '',
    '- Hébergeur VPS : Nubo Cloud (Irlande)',
    '- Fournisseur IA : Envisagé — Cognita (USA)',
    '- Fournisseur CRM : Anciennement Salesloop (USA)',
    '- Fournisseur RH : Payroll Express (France)',
    '- Prestataire SMS : Textello (Belgique), prévu en 2027',
    '- Prestataire de paiement : Paybel (Belgique)',
    '',
  ].join('\n');
  assert.deepEqual(
    read(fr).map((e) => [e.name.replace(/\s*\(.*\)$/, ''), e.company]),
    [
      ['Nubo Cloud', 'IE'],
      ['Payroll Express', 'FR'],
      ['Paybel', 'BE'],
    ],
  );
  assert.equal(roleLedLine('AI provider: Planned — Cognita (USA)'), undefined);
  assert.equal(roleLedLine('HR provider: Future Labs (USA)')?.name, 'Future Labs');
  // A start still to come after the vendor (review10): « à partir de 2027 », "from March 2027".
  assert.equal(roleLedLine('Prestataire SMS : Textello (Belgique), à partir de 2027'), undefined);
  assert.equal(roleLedLine('SMS provider: Textello (Belgium), from March 2027'), undefined);
  assert.equal(roleLedLine('SMS provider: Textello (Belgium), data from 2019 kept')?.name, 'Textello');
});

test('a role, a spaced dash, then the vendor ("**Hosting** — Nubo Cloud GmbH", « **Hébergement** – Nubo SAS ») names the vendor, not the role', () => {
  const en = [
    '# Sub-processors',
    '',
    '**Hosting** — Nubo Cloud GmbH, Germany',
    '',
    '**Analytics** — Countly Insights OÜ, Estonia',
    '',
    '**Email** — Postiers, United States',
    '',
  ].join('\n');
  assert.deepEqual(
    read(en).map((e) => [e.name, e.purpose]),
    [
      ['Nubo Cloud GmbH', 'Hosting'],
      ['Countly Insights OÜ', 'Analytics'],
      ['Postiers', 'Email'],
    ],
  );
  const fr = [
    '# Sous-traitants',
    '',
    '- **Hébergement** – Nubo SAS (France)',
    '- **Paiements** – Pagora Ltd (Irlande)',
    '- **Messagerie** – Postiers (France)',
    '',
  ].join('\n');
  assert.deepEqual(
    read(fr).map((e) => e.name),
    ['Nubo SAS', 'Pagora Ltd', 'Postiers'],
  );
  assert.equal(roleLedLine('Hosting — Nubo Cloud GmbH, Germany')?.name, 'Nubo Cloud GmbH');
  // Near-misses: the vendor before its role, a role before a place, a role before common nouns.
  assert.equal(roleLedLine('Nubo Cloud — Hosting'), undefined);
  assert.equal(roleLedLine('Hosting — Germany'), undefined);
  assert.equal(roleLedLine('Hébergement – nos propres serveurs'), undefined);
});
