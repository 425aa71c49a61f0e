/**
 * Addresses a page gives that are not its contact (issue 22): an example ("e.g. contact@…", « ex. : dpo@… ») and a
 * mailbox still to set up ("TODO: set up privacy@…", « Créer la boîte contact@… »); and the labelled officer's line in
 * an HTML block, which is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

const contact = (text: string, file = 'p.md') => readPage(text, file).contact;
const table = (fr: boolean) =>
  fr
    ? '# Sous-traitants\n\n| Nom | Finalité | Localisation |\n|---|---|---|\n| Nubo | Hébergement | France |\n\n'
    : '# Sub-processors\n\n| Name | Purpose | Location |\n|---|---|---|\n| Nubo | Hosting | US |\n\n';

test('an address given as an example or as a mailbox still to create is not the page’s contact', () => {
  const cases: [string, string, string | undefined][] = [
    ['en, e.g. in brackets', table(false) + 'For questions, write to us (e.g. contact@acme.example).\n', undefined],
    [
      'en, for example',
      table(false) + 'Questions about personal data: use your company address, for example privacy@yourco.example.\n',
      undefined,
    ],
    ['en, TODO', table(false) + 'TODO: set up privacy@acme.example before launch.\n', undefined],
    ['en, to be created', table(false) + 'Privacy questions: privacy@acme.example (to be created)\n', undefined],
    ['fr, ex. :', table(true) + "Pour exercer vos droits, écrivez à l'adresse indiquée (ex. : dpo@monentreprise.example).\n", undefined],
    ['fr, créer la boîte', table(true) + 'Contact : Créer la boîte contact@acme.example avant la mise en ligne.\n', undefined],
    ['fr, à créer', table(true) + 'Pour toute question : contact@acme.example (à créer)\n', undefined],
    // Another address the page gives for its contact matters is taken instead.
    [
      'fr, a real address after the one to create',
      table(true) + 'Pour toute question : contact@acme.example (à créer)\n\nPour exercer vos droits, écrivez à rgpd@acme.example.\n',
      'rgpd@acme.example',
    ],
    [
      'en, an example after the real address',
      '# Sub-processors\n\nQuestions about this list? Write to privacy@acme.example.\n\n| Name | Purpose |\n|---|---|\n| Nubo | Hosting |\n\nYour administrator can set a notification address (for example alerts@yourco.example).\n',
      'privacy@acme.example',
    ],
    // A sentence that opens as an example gives its addresses as examples; an address still to create, with another to
    // use meanwhile, gives that other (review12).
    [
      'en, a sentence opening with "For example,"',
      table(false) +
        'For example, a customer could write to privacy@customer.example. Our own privacy team: privacy@acme.example (to be created soon — meanwhile use legal@acme.example).\n',
      'legal@acme.example',
    ],
    ['fr, « Par exemple, »', table(true) + 'Par exemple, un client peut écrire à rgpd@client.example.\n', undefined],
    // Near-misses: an address after words that only look alike is the contact.
    [
      'en, "for example" inside the sentence',
      table(false) + 'For questions, for example about your data, write to privacy@acme.example.\n',
      'privacy@acme.example',
    ],
    [
      'en, "create" far before',
      table(false) + 'If you want to create an account or have privacy questions, email us at privacy@acme.example.\n',
      'privacy@acme.example',
    ],
    ['en, "example" in the domain', table(false) + 'Privacy questions: privacy@example.com\n', 'privacy@example.com'],
    ['fr, ex. elsewhere', table(true) + 'Contact RGPD : rgpd@acme.example (ex. : pour une demande d’accès).\n', 'rgpd@acme.example'],
  ];
  for (const [label, text, want] of cases) assert.equal(contact(text), want, label);
});

test('a labelled officer’s line in an HTML block is the page’s contact', () => {
  const cases: [string, string, string, string][] = [
    [
      'fr, a card of <br> lines',
      table(true) +
        '## Contact\n\n<div class="contact-card"><strong>Acme SAS</strong><br>12 rue des Lilas, 75011 Paris<br>Contact DPO : dpo@acme.example<br>Téléphone : 01 23 45 67 89</div>\n',
      'p.md',
      'dpo@acme.example',
    ],
    [
      'en, a footer with a mailto link',
      table(false) +
        '<footer>\n  <p>Acme Ltd, 1 High Street, London</p>\n  <p>Data Protection Officer: <a href="mailto:dpo@acme.example">dpo@acme.example</a></p>\n</footer>\n',
      'p.md',
      'dpo@acme.example',
    ],
    [
      'fr, an HTML page',
      '<h1>Sous-traitants</h1><table><tr><th>Nom</th><th>Finalité</th></tr><tr><td>Nubo</td><td>Hébergement</td></tr></table><p>Responsable du traitement : Acme SAS, Paris. Contact DPO : dpo@acme.example. Contact général : hello@acme.example</p>',
      'p.html',
      'dpo@acme.example',
    ],
    [
      'en, spans',
      '<h1>Sub-processors</h1><table><tr><th>Name</th><th>Purpose</th></tr><tr><td>Nubo</td><td>Hosting</td></tr></table><div class="dpo"><span>Data Protection Officer:</span> <span>dpo@acme.example</span></div>',
      'p.html',
      'dpo@acme.example',
    ],
  ];
  // The import takes the address a contact line gives, without the words around it.
  for (const [label, text, file, want] of cases)
    assert.equal(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(contact(text, file) ?? '')?.[0], want, label);
});
