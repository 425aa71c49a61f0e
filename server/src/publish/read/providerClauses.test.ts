/** Items written as a generator writes a service: "Name: role ; provider: Company (Country) ; privacy information: …". */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { providerClauses } from './providerClauses';
import { markdownBlocks } from './markdown';
import { readPage } from '../readPage';
import { pageToInventory } from '../importPage';

type Obj = Record<string, unknown>;

test('providerClauses: the role, the company the provider label names and its country; a list of companies names none', () => {
  assert.deepEqual(
    providerClauses('Envoi de SMS ; opérateur : Relais Télécom SA (Belgique) ; informations sur la protection des données : Charte'),
    {
      role: 'Envoi de SMS',
      entity: 'Relais Télécom SA',
      entityCountry: 'Belgique',
    },
  );
  assert.deepEqual(
    providerClauses('Video calls; provider: Quorra Labs Ltd. (United Kingdom); data protection information: Privacy Notice.'),
    {
      role: 'Video calls',
      entity: 'Quorra Labs Ltd.',
      entityCountry: 'United Kingdom',
    },
  );
  // Two companies, each for some users: the label names no one company.
  assert.deepEqual(
    providerClauses('Providers: Quorra Inc. (USA) / Quorra Europe Ltd (Ireland) for users in the EEA; data protection information: Notice'),
    {},
  );
  // Brackets after the company that are no country (its principal, its parent, its customers): the words before them
  // are the company, and no country.
  assert.deepEqual(
    providerClauses('Statistiques ; fournisseur : Quorra Europe Ltd (pour le compte de Quorra Inc., USA) ; informations : Charte'),
    {
      role: 'Statistiques',
      entity: 'Quorra Europe Ltd',
    },
  );
  assert.deepEqual(providerClauses('Payments; provider: Relais Pay SAS (parent company in the USA); data protection information: Notice'), {
    role: 'Payments',
    entity: 'Relais Pay SAS',
  });
  // Near misses: a sentence with a semicolon and no provider's label; a provider's label in prose after unlabelled words.
  assert.equal(providerClauses('Video calls for our support team; the recordings are deleted after a week'), undefined);
  assert.equal(providerClauses('Video calls; we chose them because the provider: Quorra Labs is nearby; and cheap'), undefined);
});

test('a list of services led by linked names ending in a colon, each with its role and provider: one entry each, its site and company', () => {
  const page = (lang: 'fr' | 'en') =>
    lang === 'fr'
      ? `## Prestataires techniques

<ul>
<li><strong><a href="https://relais.example/fr/">Relais SMS (RS):</a></strong> Envoi de SMS ; opérateur : Relais Télécom SA (Belgique) ; informations sur la protection des données : <a href="https://relais.example/privacy">Charte</a>.

</li>
<li><strong><a href="https://quorra.example/">Quorra:</a></strong> Visioconférence ; fournisseur : Quorra Labs Ltd. (Royaume-Uni) ; informations sur la protection des données : <a href="https://quorra.example/legal">Confidentialité</a>.

</li>
</ul>
`
      : `## Service providers

<ul>
<li><strong><a href="https://relais.example/en/">Relais SMS (RS):</a></strong> Text messages; operator: Relais Télécom SA (Belgium); data protection information: <a href="https://relais.example/privacy">Charter</a>.

</li>
<li><strong><a href="https://quorra.example/">Quorra:</a></strong> Video calls; provider: Quorra Labs Ltd. (United Kingdom); data protection information: <a href="https://quorra.example/legal">Privacy</a>.

</li>
</ul>
`;
  // The list's second item, after a blank line, stays in the list.
  assert.equal(markdownBlocks(page('fr')).blocks.filter((b) => b.kind === 'item').length, 2);
  for (const lang of ['fr', 'en'] as const) {
    const { value } = pageToInventory(readPage(page(lang), 'p.md'), { today: '2026-12-01' });
    const entries = value.subprocessors as Obj[];
    assert.deepEqual(
      entries.map((e) => [e.name, e.entity, e.entityCountry]),
      [
        ['Relais SMS (RS)', 'Relais Télécom SA', 'BE'],
        ['Quorra', 'Quorra Labs Ltd.', 'GB'],
      ],
      lang,
    );
    assert.equal(entries[1]!.url, 'https://quorra.example/', lang);
    // The privacy pages' links are no agreement.
    assert.equal(entries[1]!.dpa, undefined, lang);
  }
  // Near miss: a bold label ending in a colon, not linked, is a label, no vendor.
  const labels = `## Prestataires techniques

- **Finalité :** envoi de SMS ; fournisseur : Relais Télécom SA (Belgique)
- **Durée :** un an ; fournisseur : Quorra Labs Ltd. (Royaume-Uni)
`;
  const names = readPage(labels, 'p.md').entries.map((e) => e.name ?? e.heading);
  assert.ok(!names.some((n) => /Finalité|Durée/.test(n)), names.join(', '));
});
