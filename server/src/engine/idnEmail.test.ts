import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasSchemaFormat } from './schemaValidation';

test('idn-email: internationalised addresses (RFC 6531) pass, as ASCII ones do', () => {
  for (const ok of [
    'privacy@example.com',
    'contact@rdv-solidarités.fr',
    'josé.müller@école-exemple.fr',
    'dpo@xn--socit-esab.example',
    'δοκιμή@παράδειγμα.δοκιμή',
    '用户@例子.广告',
  ])
    assert.equal(hasSchemaFormat('idn-email', ok), true, ok);
});

test('idn-email: garbage does not pass, accented or not', () => {
  for (const bad of [
    'privacy at example',
    'contact@-solidarités.fr',
    'contact@solidarités-.fr',
    'contact@rdv..solidarités.fr',
    'contact@solidarités.fr.',
    'contact@ solidarités.fr',
    'contact@rdv solidarités.fr',
    'jo sé@example.fr',
    'josé@@example.fr',
    '@solidarités.fr',
    'josé@',
    'contact@solidarités.fr/path',
    'contact@solidarités.fr:80',
    'é'.repeat(65) + '@example.fr',
  ])
    assert.equal(hasSchemaFormat('idn-email', bad), false, bad);
});
