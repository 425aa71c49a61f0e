/**
 * A sub-processor table with a role column that calls some vendors "Data processor" and others "Sub-processor", a
 * "Registered Location" beside a "Processing Location", and notes saying the publisher opted out of a vendor's training.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';

type Entry = {
  name: string;
  entityCountry?: string;
  dataLocation?: { countries: string[] } | 'unknown';
  ai?: { trainsOnCustomerData?: boolean };
};
const imported = (text: string) =>
  ((parse(pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors?: Entry[] }).subprocessors ?? []).map(
    (e) => [
      e.name,
      e.entityCountry,
      typeof e.dataLocation === 'object' ? e.dataLocation.countries : e.dataLocation,
      e.ai?.trainsOnCustomerData,
    ],
  );

test('a role column calling several companies "Data processor" beside "Sub-processor", no controller: every company is a vendor; "Registered Location" is its seat', () => {
  const en = [
    '# Sub-processors',
    '',
    '| Sub-processor | Role | Registered Location | Processing Location | Purpose |',
    '|---|---|---|---|---|',
    '| **Nimbus Cloud GmbH** | Data processor | Berlin, Germany | Germany (EU) | Hosting |',
    '| **Quillmail Inc.** | Sub-processor | Austin, United States | United States | Email |',
    '| Self-hosted backups | Data processor | — | Germany | Backups |',
    '| **Ibis Metrics Ltd** | Data processor | London, United Kingdom | EU | Analytics |',
    '',
    '- **Emails** are sent to Quillmail for delivery only. We have opted out of model training.',
    '',
  ].join('\n');
  assert.deepEqual(imported(en), [
    ['Nimbus Cloud GmbH', 'DE', ['DE', 'EU'], undefined],
    ['Quillmail Inc.', 'US', ['US'], false],
    ['Ibis Metrics Ltd', 'GB', ['EU'], undefined],
  ]);
  const fr = [
    '# Sous-traitants',
    '',
    '| Sous-traitant | Rôle | Siège | Lieu de traitement | Finalité |',
    '|---|---|---|---|---|',
    '| Nimbus Cloud SAS | Sous-traitant | Lyon, France | France | Hébergement |',
    '| Quillmail Inc. | Sous-traitant ultérieur | Austin, États-Unis | États-Unis | Courriels |',
    '| Notre infrastructure | Sous-traitant principal | — | France | Sauvegardes |',
    '| Ibis Mesures SARL | Sous-traitant | Nantes, France | France | Statistiques |',
    '',
    "- Les courriels sont envoyés à Quillmail. Nous avons désactivé l'option d'entraînement : les données ne sont pas utilisées pour entraîner les modèles.",
    '',
  ].join('\n');
  assert.deepEqual(imported(fr), [
    ['Nimbus Cloud SAS', 'FR', ['FR'], undefined],
    ['Quillmail Inc.', 'US', ['US'], false],
    ['Ibis Mesures SARL', 'FR', ['FR'], undefined],
  ]);
});

test('near misses: the main processor and a service named by what it is stay out; an opt-out beside two vendors is neither’s', () => {
  const en = [
    '# Sub-processors',
    '',
    '| Sub-processor | Role | Location |',
    '|---|---|---|',
    '| Acme Platform Ltd | Main processor | United Kingdom |',
    '| Quillmail Inc. | Sub-processor | United States |',
    '| Nimbus Cloud GmbH | Sub-processor | Germany |',
    '',
    '- Emails go to Quillmail and Nimbus Cloud GmbH. We have opted out of model training.',
    '',
  ].join('\n');
  assert.deepEqual(imported(en), [
    ['Quillmail Inc.', undefined, ['US'], undefined],
    ['Nimbus Cloud GmbH', undefined, ['DE'], undefined],
  ]);
});

test('near misses: a table of the processing’s parties gives its one "Data processor" row to the publisher, no vendor', () => {
  const en = [
    '# Data processing parties',
    '',
    'Nimbus Platform SAS publishes this list.',
    '',
    '| Sub-processor | Role | Purpose | Location |',
    '|---|---|---|---|',
    '| Your organisation | Data controller | Decides the purposes | — |',
    '| Nimbus Platform SAS | Data processor | Provides the platform | France |',
    '| Ibis Hosting GmbH | Sub-processor | Hosting | Germany |',
    '| Quillmail Inc. | Sub-processor | Email | United States |',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(en).map(([name]) => name),
    ['Ibis Hosting GmbH', 'Quillmail Inc.'],
  );
  // One company called a processor, no controller row: still the publisher's own row.
  const fr = [
    '# Sous-traitants',
    '',
    '| Sous-traitant | Rôle | Lieu |',
    '|---|---|---|',
    '| Nimbus Plateforme SAS | Sous-traitant | France |',
    '| Ibis Hébergement GmbH | Sous-traitant ultérieur | Allemagne |',
    '| Courriels Inc. | Sous-traitant ultérieur | États-Unis |',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(fr).map(([name]) => name),
    ['Ibis Hébergement GmbH', 'Courriels Inc.'],
  );
});
