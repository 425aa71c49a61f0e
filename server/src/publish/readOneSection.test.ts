/**
 * A page titled as its sub-processors with one section, headed by a company's legal name, whose prose says what it is
 * used for (a list of services), where the company is and where the data is: one entry, not one per service.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readPage } from './readPage';
import { pageToInventory } from './importPage';

type Entry = { name: string; entityCountry?: string; dataLocation?: { countries: string[] } | 'unknown' };
const imported = (text: string) =>
  ((parse(pageToInventory(readPage(text, 'p.md'), { today: '2026-12-01' }).yaml) as { subprocessors?: Entry[] }).subprocessors ?? []).map(
    (e) => [e.name, e.entityCountry, typeof e.dataLocation === 'object' ? e.dataLocation.countries : e.dataLocation],
  );

test('one section headed by a company’s legal name under a sub-processors title: the entry, where it is, where its data is', () => {
  const en = [
    '# Sub-processors',
    '',
    '## Nimbus Ltd.',
    '',
    'Nimbus is used as a sub-processor for the following services:',
    '',
    '- File storage (Nimbus Drive)',
    '- Video calls (Nimbus Meet)',
    '',
    'Nimbus is located in Canada. Data location is set to Ireland and Germany.',
    '',
  ].join('\n');
  assert.deepEqual(imported(en), [['Nimbus Ltd.', 'CA', ['IE', 'DE']]]);
  const fr = [
    '# Sous-traitants',
    '',
    '## Nimbus SAS',
    '',
    'Nimbus intervient comme sous-traitant pour les services suivants :',
    '',
    '- Stockage des fichiers (Nimbus Drive)',
    '- Visioconférence (Nimbus Meet)',
    '',
    'Nimbus est située en Belgique. La localisation des données est fixée en Allemagne.',
    '',
  ].join('\n');
  assert.deepEqual(imported(fr), [['Nimbus SAS', 'BE', ['DE']]]);
});

test('near misses: a section headed by a topic names no vendor; "the following service providers" still lists vendors', () => {
  const topic = [
    '# Sub-processors',
    '',
    '## Hosting',
    '',
    'Our hosting is used as a sub-processor for the following services:',
    '',
    '- File storage (Nimbus Drive)',
    '- Video calls (Nimbus Meet)',
    '',
  ].join('\n');
  assert.ok(!imported(topic).some(([name]) => name === 'File storage' || name === 'Video calls' || name === 'Hosting'));
  const providers = [
    '# Sub-processors',
    '',
    'We use the following service providers:',
    '',
    '- Nimbus Ltd. (file storage)',
    '- Postwise Inc. (email delivery)',
    '',
  ].join('\n');
  assert.deepEqual(
    imported(providers).map(([name]) => name),
    ['Nimbus Ltd.', 'Postwise Inc.'],
  );
});
