/**
 * How every message names places, whatever rule speaks: inventories whose data goes to one third country, to
 * several, everywhere (`GLOBAL`) or to a code the product has no name for, linted, and every finding, related
 * location and fix title written in both languages. Checked: no country code where a name is expected (a code
 * follows its name in brackets, "India, IN", or is in backquotes or quotes as written, or is a value to write
 * with its name after it, "Add IN (India)"), no code shown twice
 * ("ZZ, ZZ"), no country name outside brackets (where it would need an article: « en États-Unis »), and no
 * singular word for several places or for `GLOBAL` ("that country", « ce pays »).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixesFor, lintText, type Finding } from '../../server/src/engine';
import { formatFinding, formatFixTitle, formatRelated } from '../../server/src/format';
import { countryName, getCountry } from '../../server/src/knowledge';
import { LANGS } from '../../server/src/lang';
import { entry, inventory } from '../support/ruleTester';

/** Places without adequacy (`third`) and with it (`adequate`), one, several, everywhere, unnamed. */
const VARIANTS: Record<string, { third: string[]; adequate: string[] }> = {
  one: { third: ['IN'], adequate: ['GB'] },
  several: { third: ['IN', 'CN'], adequate: ['GB', 'CH'] },
  everywhere: { third: ['GLOBAL', 'IN'], adequate: ['GLOBAL', 'GB'] },
  unnamed: { third: ['ZZ'], adequate: ['GB'] },
};
// FR: the country an entry lists beside a region elsewhere, named back in the message and fix title.
const CODES = ['IN', 'CN', 'GB', 'CH', 'ZZ', 'FR'];

function code(third: string[], adequate: string[]): string {
  const t = `[${third.join(', ')}]`;
  const a = `[${adequate.join(', ')}]`;
  const entries = [
    entry({ dataLocation: `{ countries: ${t} }` }),
    entry({ dataLocation: `{ countries: ${t} }`, transfer: '{ mechanism: scc }' }),
    entry({ dataLocation: `{ countries: ${t} }`, transfer: '{ mechanism: derogation }' }),
    entry({ dataLocation: `{ countries: ${t} }`, transfer: '{ mechanism: dpf }' }),
    entry({ dataLocation: `{ countries: ${t} }`, transfer: '{ mechanism: bcr }', relationship: 'affiliate' }),
    entry({ dataLocation: `{ countries: ${a} }`, transfer: '{ mechanism: dpf }' }),
    entry({ dataLocation: '{ countries: [FR] }', access: `{ countries: ${t} }` }),
    entry({ dataLocation: '{ countries: [FR] }', entityCountry: third.at(-1)!, parentCountry: third.at(-1)! }),
    entry({
      dataLocation: `{ countries: ${t} }`,
      personalData: '{ level: yes, categories: [health] }',
      certifications: '[hds]',
      transfer: '{ mechanism: scc, tia: true }',
    }),
    entry({ dataLocation: '{ countries: [FR], regions: [aws:ap-south-1] }' }),
    entry({ dataLocation: '{ regions: [aws:ap-south-1] }' }),
    entry({ dataLocation: `{ countries: ${t} }`, transfer: `[{ to: ${t}, mechanism: scc }]` }),
  ];
  return inventory({ entries: entries.map((e, i) => e.replace('id: acme', `id: e${i}`)), top: '  establishment: FR' });
}

/** The text at bracket depth 0, with code (backquotes) and quotations left out. */
function outsideBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const m of text.replace(/`[^`]*`|"[^"]*"|«[^»]*»/g, ' ').matchAll(/[([]|[)\]]|[^()[\]]+/g)) {
    if (m[0] === '(' || m[0] === '[') depth++;
    else if (m[0] === ')' || m[0] === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += m[0];
  }
  return out;
}

/** Whether the finding speaks of several places, or of every country (`GLOBAL`). */
function several(data: object | undefined): boolean {
  return Object.values(data ?? {}).some(
    (v) =>
      Array.isArray(v) && v.every((c) => typeof c === 'string' && /^([A-Z]{2}|GLOBAL)$/.test(c)) && (v.length > 1 || v.includes('GLOBAL')),
  );
}

const SINGULAR = {
  en: /\b(that country|this country|a third country|this destination)\b/,
  fr: /\b(ce pays|du pays|un pays tiers|cette destination)\b/,
};

function defects(text: string, lang: 'en' | 'fr', plural: boolean): string[] {
  const found: string[] = [];
  const plain = text.replace(/`[^`]*`|"[^"]*"|«[^»]*»/g, ' ');
  for (const c of CODES) {
    const name = countryName(c, lang, getCountry(c));
    for (const m of plain.matchAll(new RegExp(`(.{0,3})\\b${c}\\b`, 'g')))
      if (name && !/\p{L}, $/u.test(m[1]!) && !plain.includes(`${c} (${name})`)) found.push(`the code ${c} without its name`);
    if (new RegExp(`\\b${c}, ${c}\\b`).test(plain)) found.push(`${c} shown twice`);
    if (name && outsideBrackets(text).includes(name)) found.push(`the name ${name} outside brackets`);
  }
  if (/\bGLOBAL\b/.test(plain)) found.push('GLOBAL as a word');
  if (plural && SINGULAR[lang].test(text)) found.push(`a singular word for several places: ${SINGULAR[lang].exec(text)![0]}`);
  return found;
}

for (const [variant, { third, adequate }] of Object.entries(VARIANTS)) {
  test(`places in every message, in both languages: ${variant}`, () => {
    const result = lintText(code(third, adequate), { today: '2026-11-26' });
    assert.ok(result.findings.length > 10, 'the inventory gives findings to read');
    const wrong: string[] = [];
    const check = (f: Finding, text: string, lang: 'en' | 'fr', what: string) => {
      for (const d of defects(text, lang, several(f.data))) wrong.push(`${f.ruleId}.${what} (${lang}): ${d}\n  ${text}`);
    };
    for (const f of result.findings)
      for (const lang of LANGS) {
        check(f, formatFinding(f, lang), lang, f.messageId);
        for (const r of f.related ?? []) check(f, formatRelated(f, r, lang), lang, r.messageId);
        for (const fix of fixesFor(result, f)) check(f, formatFixTitle(fix, lang), lang, `${fix.title.messageId} (fix)`);
      }
    assert.deepEqual(wrong, []);
  });
}

test('a code the product does not know (ZZ) is spoken of by invalid-value only: never a third country, never outside the EEA', () => {
  const { third, adequate } = VARIANTS.unnamed!;
  const result = lintText(code(third, adequate), { today: '2026-11-26' });
  const wrong: string[] = [];
  for (const f of result.findings)
    for (const lang of LANGS) {
      const texts = [formatFinding(f, lang), ...fixesFor(result, f).map((fix) => formatFixTitle(fix, lang))];
      for (const t of texts) if (f.ruleId !== 'invalid-value' && /\bZZ\b/.test(t)) wrong.push(`${f.ruleId} (${lang}): ${t}`);
    }
  assert.deepEqual(wrong, []);
  assert.ok(result.findings.some((f) => f.ruleId === 'invalid-value' && f.data && (f.data as { code?: string }).code === 'ZZ'));
});

// The doc comments of `placesInBrackets` and the `places` fact: a code the product does not know is bracketed only
// where the entry's own list is quoted back, as written, once; never as a third country (the test above).
test('a code the product does not know (ZZ) is bracketed only among the countries an entry lists, once, as written', () => {
  const text = inventory({ entries: [entry({ dataLocation: '{ countries: [FR, ZZ], regions: [gcp:europe-west1] }' })] });
  const mismatch = lintText(text, { today: '2026-11-26' }).findings.find((f) => f.ruleId === 'location-region-mismatch');
  assert.ok(mismatch);
  assert.match(formatFinding(mismatch, 'en'), /\(listed: France, FR; ZZ\)/);
  assert.match(formatFinding(mismatch, 'fr').replace(/[\u00a0\u202f]/g, ' '), /\(y figurent : France, FR ; ZZ\)/);
});
