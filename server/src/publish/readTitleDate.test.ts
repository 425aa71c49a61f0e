/**
 * A page whose title is dated in brackets at its end (« # Registre des sous-traitants (septembre 2026) », "# Sub-processor
 * review (12 March 2026)") and no line of which gives a date: the title's date is the page's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

const page = (title: string, more: string[] = []) =>
  [
    title,
    '',
    ...more,
    '## Sous-traitants',
    '',
    '| Sous-traitant | Rôle | Pays |',
    '|---|---|---|',
    '| Baseflow | Base de données | UE |',
    '| Postiers | Courriels | France |',
    '',
  ].join('\n');

test('« # Revue des sous-traitants (septembre 2026) », "# Sub-processor review (12 March 2026)": the title’s date', () => {
  assert.equal(readPage(page('# Revue des sous-traitants : stockage, IA (septembre 2026)'), 'p.md').lastUpdated, 'septembre 2026');
  assert.equal(readPage(page('# Sub-processor review (12 March 2026)'), 'p.md').lastUpdated, '12 March 2026');
});

test('near misses: a year alone, brackets that are no date, a later heading’s date, a date line the page gives', () => {
  assert.equal(readPage(page('# Revue des sous-traitants (2026)'), 'p.md').lastUpdated, undefined);
  assert.equal(readPage(page('# Registre des sous-traitants (RGPD, article 28)'), 'p.md').lastUpdated, undefined);
  assert.equal(readPage(page('# Registre', ['## Historique (mars 2026)', '', 'Première version.', '']), 'p.md').lastUpdated, undefined);
  assert.equal(
    readPage(page('# Revue des sous-traitants (septembre 2026)', ['Dernière mise à jour : 2 octobre 2026', '']), 'p.md').lastUpdated,
    '2 octobre 2026',
  );
});
