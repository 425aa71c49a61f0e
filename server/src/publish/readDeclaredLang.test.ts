/**
 * A bilingual HTML page (the same policy in French, then in English) whose words cannot say which language it is
 * written in: the language its root element declares (`<html lang="fr">`). A page in one language keeps the language
 * of its words, whatever it declares (a template's default `lang="en"` over a French page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPage } from './readPage';

const table = (head: string[], rows: string[][]) =>
  `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

const fr = [
  '<h1>Politique de confidentialité</h1>',
  '<p>Nous traitons vos données pour le service et nous les conservons dans l’Union européenne. Les données de vos clients sont hébergées par nos sous-traitants, qui sont liés par un contrat de sous-traitance et qui ne les utilisent pas pour leur propre compte. Nous revoyons la liste de nos sous-traitants chaque année et nous vous informons de tout changement par courriel, avec les données et la finalité du changement.</p>',
  '<h2>Sous-traitants</h2>',
  table(
    ['Sous-traitant', 'Finalité', 'Localisation'],
    [
      ['Baseflow', 'Base de données', 'UE'],
      ['Postiers', 'Courriels', 'France'],
    ],
  ),
].join('\n');
const en = [
  '<h1 id="english">Privacy policy</h1>',
  '<p>We process your data for the service and we keep it in the European Union. The data of your customers is hosted by our sub-processors, which are bound by a data processing agreement and do not use it for their own purposes. We review the list of our sub-processors every year and we inform you of any change to it by email, with the data and the purpose of the change, and you may object to it within the time the agreement gives you.</p>',
  '<h2>Sub-processors</h2>',
  table(
    ['Sub-processor', 'Purpose', 'Location'],
    [
      ['Baseflow', 'Database', 'EU'],
      ['Postiers', 'Email', 'France'],
    ],
  ),
].join('\n');
const html = (lang: string, body: string) =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="UTF-8"></head>\n<body>\n${body}\n</body>\n</html>`;

test('a bilingual page declared `<html lang="fr">` is French, one declared `lang="en"` English, whichever half has more words', () => {
  assert.equal(readPage(html('fr', `${fr}\n${en}`), 'p.html').lang, 'fr');
  assert.equal(readPage(html('fr-FR', `${fr}\n${en}`), 'p.html').lang, 'fr');
  assert.equal(readPage(html('en', `${en}\n${fr}`), 'p.html').lang, 'en');
});

test('near misses: a page in one language keeps its words’ language, whatever it declares; no declaration, the words decide', () => {
  assert.equal(readPage(html('en', fr), 'p.html').lang, 'fr');
  assert.equal(readPage(html('fr', en), 'p.html').lang, 'en');
  assert.equal(readPage(`${fr}\n${en}`, 'p.html').lang, 'en');
});
