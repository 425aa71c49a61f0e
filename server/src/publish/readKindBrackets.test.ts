/**
 * Kinds of provider with their vendors in brackets (issue 22): "Payment processors (Paystack)", « Hébergement
 * (OVHcloud) »: the bracketed vendors are the entries, the kind their purpose; "Hosting (EU)" names a place and no
 * vendor; "Stripe (payments)" is a vendor and its role.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

const entries = (text: string) =>
  readPage(text, 'p.md').entries.map((e) => [e.name ?? e.heading, e.facts.find((f) => f.key === 'purpose')?.value ?? '']);

test('plain items of kinds of provider with the vendors in brackets give the vendors, the kind their purpose', () => {
  assert.deepEqual(
    entries(
      [
        '# Privacy policy',
        '',
        '## Service providers',
        '',
        'We share data with the following categories of providers:',
        '',
        '- Payment processors (Paystack)',
        '- Email delivery (Postiers, Mailhop)',
        '- Hosting (EU)',
        '- Analytics providers (Countly)',
        '- Nubo (payments)',
      ].join('\n'),
    ),
    [
      ['Paystack', 'Payment processors'],
      ['Postiers, Mailhop', 'Email delivery'],
      ['Countly', 'Analytics providers'],
      ['Nubo', 'payments'],
    ],
  );
  assert.deepEqual(
    entries(
      [
        '# Politique de confidentialité',
        '',
        'Nous faisons appel aux prestataires suivants :',
        '',
        '- Hébergement (Nubo)',
        '- Paiement (Pago et Cashly)',
        "- Envoi d'e-mails (Postiers)",
        '- Hébergement (UE)',
        '- Mailhop (newsletters)',
        '- Prestataires de paiement (Paystack)',
      ].join('\n'),
    ),
    [
      ['Nubo', 'Hébergement'],
      ['Pago', 'Paiement'],
      ['Cashly', 'Paiement'],
      ['Postiers', "Envoi d'e-mails"],
      ['Mailhop', 'newsletters'],
      ['Paystack', 'Prestataires de paiement'],
    ],
  );
});

test('bold kinds of provider with the vendor in brackets give the vendor; a kind with a place gives none', () => {
  assert.deepEqual(
    entries(
      [
        '# Privacy',
        '',
        '## Who we share data with',
        '',
        '- **Payment processors** (Paystack) — to take your payments.',
        '- **Email delivery** (Postiers) — to send receipts.',
        '- **Cloud hosting** (EU) — our servers.',
        '- **Nubo** — search (US).',
      ].join('\n'),
    ).map(([name]) => name),
    ['Paystack', 'Postiers', 'Nubo'],
  );
  assert.deepEqual(
    entries(
      [
        '# Politique de confidentialité',
        '',
        '## Nos prestataires',
        '',
        '- **Hébergement** (Nubo) — hébergement du site.',
        '- **Paiement** (Pago) — encaissement des commandes.',
        '- **Hébergement** (UE) — nos serveurs.',
        '- **Mailhop** — newsletters (France).',
      ].join('\n'),
    ),
    [
      ['Nubo', 'Hébergement — hébergement du site'],
      ['Pago', 'Paiement — encaissement des commandes'],
      ['Mailhop', 'newsletters'],
    ],
  );
});
