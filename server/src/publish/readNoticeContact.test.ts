/**
 * A page's notice period and privacy contact where its words leave them open or give several (issue 22, holdout18's
 * English lists): a notice owed only under a condition the page leaves open, a component's notice beside the array it
 * renders, a page giving one address for changes and another, a privacy mailbox, for questions. Each with a near-miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

const TABLE = '| Vendor | Purpose | Location |\n|---|---|---|\n| Nubora | Hosting | Germany |\n| Quillpost | Email | USA |\n';
const page = (...lines: string[]) => ['# Sub-processors', '', TABLE, ...lines.flatMap((l) => [l, ''])].join('\n');

test('days of notice owed only under a condition the page leaves open (an agreement that includes it, "where required") are no notice period', () => {
  const notice = (sentence: string) => readPage(page('## Changes', sentence), 'p.md').noticeDays;
  assert.equal(
    notice(
      'Where your services agreement includes a change notification clause, we tell you by email 20 days before adding a new sub-processor.',
    ),
    undefined,
  );
  assert.equal(
    notice(
      'If you signed our data processing addendum with a notification clause, we will inform you 20 days before adding a sub-processor.',
    ),
    undefined,
  );
  assert.equal(notice('We announce new sub-processors twenty days in advance where required by our customer terms.'), undefined);
  assert.equal(
    notice('Lorsque votre contrat le prévoit, nous vous informons 20 jours avant l’ajout d’un nouveau sous-traitant.'),
    undefined,
  );
  assert.equal(
    notice('Si vous avez conclu notre accord de traitement, nous vous prévenons 20 jours avant tout nouveau sous-traitant.'),
    undefined,
  );
  // Near-misses: the notice the page says is owed, by an agreement or to every customer, is stated.
  assert.equal(notice('As required by our data processing addendum, we give 20 days’ notice before adding a sub-processor.'), 20);
  assert.equal(notice('We notify every customer 20 days before adding a new sub-processor.'), 20);
  assert.equal(notice('Conformément à notre accord de traitement, nous vous informons 20 jours avant tout nouveau sous-traitant.'), 20);
});

test("a component's notice sentence beside the array of vendors it renders is the page's notice period", () => {
  const tsx = (sentence: string) =>
    [
      'const vendors = [',
      '  { name: "Nubora GmbH", purpose: "Hosting", location: "Germany" },',
      '  { name: "Quillpost Inc", purpose: "Email delivery", location: "United States" },',
      '];',
      'export default function Vendors() {',
      '  return (',
      '    <main>',
      '      <h1>Sub-processors</h1>',
      `      <p>${sentence}</p>`,
      '      <table><tbody>{vendors.map((v) => (<tr key={v.name}><td>{v.name}</td><td>{v.purpose}</td><td>{v.location}</td></tr>))}</tbody></table>',
      '    </main>',
      '  );',
      '}',
    ].join('\n');
  const read = readPage(tsx('We tell customers about any new sub-processor at least 45 days before it starts processing.'), 'vendors.tsx');
  assert.deepEqual(
    read.entries.map((e) => e.name),
    ['Nubora GmbH', 'Quillpost Inc'],
  );
  assert.equal(read.noticeDays, 45);
  // Near-miss: days that are no notice before a new sub-processor (a retention period) give none.
  assert.equal(readPage(tsx('Logs are kept for 45 days.'), 'vendors.tsx').noticeDays, undefined);
});

test('of the sentences giving an address about the list, a later privacy mailbox is the contact over a first address that says nothing of it', () => {
  const contact = (...lines: string[]) => readPage(page(...lines), 'p.md').contact;
  assert.equal(
    contact(
      'To object to a change of sub-processor, write to legal@velora.example.',
      'For any question about our sub-processors, write to privacy@velora.example.',
    ),
    'privacy@velora.example',
  );
  assert.equal(
    contact(
      'Pour vous opposer à un changement de sous-traitant, écrivez à juridique@velora.example.',
      'Pour toute question sur nos sous-traitants : dpo@velora.example.',
    ),
    'dpo@velora.example',
  );
  // Near-misses: a first address that says it is for personal data stays; a later privacy mailbox of a vendor the page
  // names is the vendor's; a first address alone is still the contact.
  assert.equal(
    contact('Questions about this list: rgpd@velora.example.', 'For questions, you may also write to privacy@velora.example.'),
    'rgpd@velora.example',
  );
  assert.equal(
    contact(
      'To object to a change of sub-processor, write to legal@velora.example.',
      "Quillpost's own questions desk is privacy@quillpost.example.",
    ),
    'legal@velora.example',
  );
  assert.equal(contact('To object to a change of sub-processor, write to legal@velora.example.'), 'legal@velora.example');
});

test('the one address a page gives to subscribe to updates of its list is its contact (English and French)', () => {
  const contact = (...lines: string[]) => readPage(page(...lines), 'p.md').contact;
  assert.equal(contact('You can subscribe to updates by emailing sales@velora.example.'), 'sales@velora.example');
  assert.equal(contact('Pour vous abonner aux mises à jour de cette page : ventes@velora.example.'), 'ventes@velora.example');
  // Near-miss: an address for the company's newsletter says nothing of the list.
  assert.equal(contact('Read our newsletter: write to news@velora.example to receive it.'), undefined);
});

test("a later privacy mailbox at another domain (a customer's, an example, a vendor's) is no contact of the page (review11)", () => {
  const contact = (...lines: string[]) => readPage(page(...lines), 'p.md').contact;
  const first = 'To object to a change of sub-processor, write to legal@velora.example.';
  assert.equal(
    contact(first, "End users should contact their employer's privacy team (for example privacy@yourcompany.example) about their data."),
    'legal@velora.example',
  );
  assert.equal(contact(first, 'Questions about how Nubora handles data go to dpo@nubora.example.'), 'legal@velora.example');
  assert.equal(
    contact(
      'For questions about this list, write to legal@velora.example.',
      "Our customers' own privacy questions: privacy@customer.example.",
    ),
    'legal@velora.example',
  );
});
