/**
 * The words of hovers in French, from the language service itself: a date in words, the reason a certification
 * does not count said in French, the knowledge base's ISO dates shown as a lawyer writes them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintParsed, parseYaml } from '../../server/src/engine';
import { hover } from '../../server/src/languageService';
import { entry, inventory } from '../support/ruleTester';

function hoverText(text: string, needle: string, lang: 'en' | 'fr'): string {
  const parsed = parseYaml(text);
  const result = lintParsed(parsed, { today: '2026-12-01' });
  const offset = text.indexOf(needle) + 1;
  const h = hover({ kind: 'inventory', parsed, result, docsBase: 'https://example.com/rules/', lang }, parsed.lines.positionAt(offset));
  const contents = h?.contents as { value?: string } | undefined;
  return contents?.value ?? '';
}

test('a certification that expired: said in French, its day in words', () => {
  const text = inventory({ entries: [entry({ certifications: '[{ id: iso27001, validUntil: 2026-01-01 }]' })] });
  assert.match(
    hoverText(text, 'iso27001', 'fr'),
    /Celle-ci n’est pas en cours de validité\u00a0: expirée le 1er janvier 2026\u202f; elle ne compte donc pas\./,
  );
  assert.match(hoverText(text, 'iso27001', 'en'), /This one is not current: expired on 1 January 2026, so it does not count\./);
});

test("a transfer mechanism's notes: the knowledge base's ISO dates shown in words, code kept", () => {
  const text = inventory({ entries: [entry({ dataLocation: '{ countries: [US] }', transfer: '{ mechanism: scc, tia: 2026-01-10 }' })] });
  const fr = hoverText(text, 'scc,', 'fr');
  assert.match(fr, /sans effet depuis le 27 décembre 2022/);
  assert.doesNotMatch(fr, /\b\d{4}-\d{2}-\d{2}\b/);
  assert.match(hoverText(text, 'scc,', 'en'), /no effect since 27 December 2022/);
});

test('why an entry is in its tier names its certifications as the knowledge base does, in the hover’s language', () => {
  const text = inventory({ entries: [entry({})] });
  assert.match(hoverText(text, 'Acme Cloud', 'fr'), /Pourquoi\u00a0: certifié SOC 2 Type II et ISO\/IEC 27001, données dans l’EEE\./);
  assert.match(hoverText(text, 'Acme Cloud', 'en'), /Why: certified \(SOC 2 Type II and ISO\/IEC 27001\), EEA residency\./);
  assert.doesNotMatch(hoverText(text, 'Acme Cloud', 'fr'), /soc2-type2|iso27001/);
});

test('a place GLOBAL among the grounds is said in words, in the hover’s language (never the code alone)', () => {
  const text = inventory({
    entries: [entry({ dataLocation: '{ countries: [GLOBAL] }', transfer: '{ mechanism: scc, tia: 2026-01-10 }' })],
  });
  assert.match(
    hoverText(text, 'Acme Cloud', 'fr'),
    /Pourquoi\u00a0: certifié SOC 2 Type II et ISO\/IEC 27001, données hors de l’EEE \(monde entier\), transferts/,
  );
  assert.match(
    hoverText(text, 'Acme Cloud', 'en'),
    /Why: certified \(SOC 2 Type II and ISO\/IEC 27001\), data outside the EEA \(worldwide\), safeguarded/,
  );
});

test('a territory of a member state: its state named in words in both languages, never its code alone', () => {
  const text = inventory({ entries: [entry({ dataLocation: '{ countries: [RE, AX] }' })] });
  const en = hoverText(text, '[RE', 'en');
  assert.match(en, /^\*\*Réunion\*\* \(`RE`\): EU \(part of a member state: France, FR\)$/m);
  assert.match(en, /Part of the EU as a territory of France \(unverified\)\./);
  const fr = hoverText(text, '[RE', 'fr');
  assert.match(fr, /^\*\*La Réunion\*\* \(`RE`\)\u00a0: UE \(partie du territoire d’un État membre\u00a0: France, FR\)$/m);
  assert.match(fr, /Fait partie de l’UE en tant que territoire français \(non vérifié\)\./);
  assert.match(hoverText(text, 'AX]', 'en'), /EU \(part of a member state: Finland, FI\)[\s\S]*a territory of Finland/);
  assert.match(
    hoverText(text, 'AX]', 'fr'),
    /UE \(partie du territoire d’un État membre\u00a0: Finlande, FI\)[\s\S]*territoire finlandais/,
  );
  // No code of a state stands alone, where a name is due.
  for (const t of [en, fr]) assert.doesNotMatch(t.replace(/`[^`]*`|\p{L}+, [A-Z]{2}\b/gu, ''), /\b(FR|FI)\b/);
});

test('a code the product does not know: said as unknown in both languages, never a third country', () => {
  const text = inventory({ entries: [entry({ dataLocation: '{ countries: [ZZ] }', access: '{ countries: [QQ] }' })] });
  const en = hoverText(text, 'Acme Cloud', 'en');
  assert.match(en, /^- `ZZ`, stored there: not a known country code, so whether the data leaves the EEA there is not known$/m);
  assert.match(en, /^- `QQ`, reached from there: not a known country code/m);
  assert.match(en, /where the data is stored is not known: a listed location is not a known country code/);
  const fr = hoverText(text, 'Acme Cloud', 'fr');
  assert.match(fr, /^- `ZZ`, données stockées\u00a0: code pays inconnu\u202f; on ignore donc si les données y quittent l’EEE$/m);
  assert.match(fr, /le lieu de stockage des données n’est pas connu/);
  for (const t of [en, fr]) assert.doesNotMatch(t, /third country|pays tiers|outside the EEA|hors de l’EEE|no valid basis|aucun fondement/);
  assert.match(
    hoverText(text, '[ZZ', 'en'),
    /`ZZ` is not a known ISO 3166-1 country code: .* no rule treats it as inside or outside the EEA/,
  );
  assert.match(
    hoverText(text, '[ZZ', 'fr'),
    /`ZZ` n’est pas un code pays ISO 3166-1 connu\u00a0: .*aucune règle ne le traite comme situé dans l’EEE/,
  );
});

test('a cloud region’s place in French: its French name (Londres), in brackets; in English as the region table writes it', () => {
  const text = inventory({ entries: [entry({ dataLocation: '{ countries: [GB], regions: [aws:eu-west-2] }' })] });
  const fr = hoverText(text, 'aws:eu-west-2', 'fr');
  assert.match(fr, /^\*\*aws:eu-west-2\*\*\u00a0: région Amazon Web Services \(Londres, Royaume-Uni\)/m);
  // The provider's own region name in its note ("Europe (London)") is a proper name, kept as written.
  assert.doesNotMatch(fr, /à London|à Londres|\(London,/);
  assert.match(hoverText(text, 'aws:eu-west-2', 'en'), /^\*\*aws:eu-west-2\*\*: Amazon Web Services region in London, United Kingdom/m);
});
