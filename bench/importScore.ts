/**
 * The import's score on the corpus (test/fixtures/import/corpus): each list imported with the same code as
 * `subproc import` (readPage, then pageToInventory), its facts compared with the hand-written truth beside it.
 * A fact is one (entry, field, value) of the truth format, or one page-level field. Recall: the truth's facts
 * the import kept. Invented: facts the import states that the truth does not (a wrong value counts as one
 * missed and one invented). Entries kept: the truth's entries found by name. Pure; `importBench.ts` prints it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readPage } from '../server/src/publish/readPage';
import { kebabCase, pageToInventory } from '../server/src/publish/importPage';

export const CORPUS = path.join(__dirname, '..', 'test', 'fixtures', 'import', 'corpus');
export const GOALS = { entries: 1, recall: 0.95, invented: 0 };

type Obj = Record<string, unknown>;

/**
 * The corpus's parts: `dev` is tuned for; each holdout is a later batch of lists no one tuned the readers for;
 * `pending` holds lists studied for reader work the readers do not read yet (scored apart, so dev keeps its goals).
 */
export const SPLITS = [
  'dev',
  'holdout',
  'holdout2',
  'holdout4',
  'holdout5',
  'holdout6',
  'holdout7',
  'holdout8',
  'holdout13',
  'holdout14',
  'holdout16',
  'holdout17',
  'holdout18',
  'holdout19',
  'holdout20',
  'pending',
] as const;
export type Split = (typeof SPLITS)[number];

export interface ListScore {
  slug: string;
  split: Split;
  language: string;
  shape: string;
  entries: number;
  entriesKept: number;
  facts: number;
  factsKept: number;
  /** Facts the import states, in the scored fields. */
  stated: number;
  /** Of those, the ones the truth states too. */
  correct: number;
  /** Facts the import states that the truth does not, an entry not on the page counted as one. */
  invented: string[];
  misses: string[];
  /** The import refused the page: its message. */
  error?: string;
}

export interface Totals {
  lists: number;
  entries: number;
  entriesKept: number;
  facts: number;
  factsKept: number;
  stated: number;
  correct: number;
  invented: number;
}

const norm = (s: unknown) =>
  String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** The scored fields of an entry, as sets of values. */
const ENTRY_FIELDS = ['entity', 'storage', 'access', 'entityCountry', 'mechanisms', 'certifications', 'dpa', 'url', 'trainsOnCustomerData'];
const PAGE_FIELDS = ['contact', 'lastUpdated', 'noticeDays', 'language'];

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const isCode = (v: string) => /^[A-Z]{2}$/.test(v) || v === 'GLOBAL';

/** A truth value and an imported one, as the comparison sees them. */
function key(field: string, v: unknown): string {
  if (field === 'certifications') {
    const id = typeof v === 'object' && v !== null ? (v as Obj).id : v;
    return kebabCase(String(id));
  }
  // An address is the same whichever scheme it is written with, or none ("stripe.com", "https://stripe.com").
  if (field === 'dpa' || field === 'url')
    return String(v)
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  if (field === 'contact') return String(v).trim().replace(/\/+$/, '').toLowerCase();
  if (field === 'entity') return norm(v);
  return String(v);
}

/** What the imported entry states, field by field (`unknown` and `none` state nothing). */
function importedFacts(e: Obj): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const put = (f: string, values: unknown[]) => {
    const vs = values.filter((v) => v !== undefined && v !== null && v !== 'unknown' && v !== 'none').map((v) => key(f, v));
    if (vs.length) out.set(f, [...new Set(vs)]);
  };
  put('entity', [e.entity]);
  const loc = e.dataLocation as Obj | undefined;
  if (loc && typeof loc === 'object') {
    put('storage', list(loc.countries));
    if (typeof loc.note === 'string') out.set('storageWords', [loc.note]);
  }
  const access = e.access as Obj | undefined;
  if (access && typeof access === 'object') put('access', list(access.countries));
  put('entityCountry', [e.entityCountry]);
  put(
    'mechanisms',
    list(e.transfer).map((t) => (t && typeof t === 'object' ? (t as Obj).mechanism : undefined)),
  );
  put('certifications', list(e.certifications));
  const dpa = e.dpa as Obj | undefined;
  put('dpa', [dpa && typeof dpa === 'object' ? dpa.url : undefined]);
  put('url', [e.url]);
  const ai = e.ai as Obj | undefined;
  if (ai && typeof ai === 'object' && typeof ai.trainsOnCustomerData === 'boolean')
    out.set('trainsOnCustomerData', [String(ai.trainsOnCustomerData)]);
  return out;
}

/** The truth's facts of an entry. */
function truthFacts(t: Obj): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const f of ENTRY_FIELDS) {
    const v = t[f];
    if (v === undefined || v === null) continue;
    out.set(f, list(v));
  }
  return out;
}

function matchEntries(truth: Obj[], imported: Obj[]): (Obj | undefined)[] {
  const free = new Set(imported);
  const pick = (pred: (e: Obj) => boolean) => {
    const found = imported.find((e) => free.has(e) && pred(e));
    if (found) free.delete(found);
    return found;
  };
  // Exact names first, for every entry, so that a looser match never takes another entry's own.
  const result = truth.map((t) => pick((e) => norm(e.name) === norm(t.name)));
  return result.map((r, i) => {
    if (r) return r;
    const t = truth[i]!;
    const n = norm(t.name);
    return (
      pick((e) => t.entity !== undefined && norm(e.entity) === norm(t.entity)) ??
      pick((e) => n.length >= 3 && (norm(e.name).startsWith(n) || n.startsWith(norm(e.name))) && norm(e.name).length >= 3)
    );
  });
}

export function scoreList(pagePath: string, truthPath: string, today = '2026-12-01'): ListScore {
  const truth = parse(fs.readFileSync(truthPath, 'utf8')) as Obj;
  const slug = path.basename(truthPath).replace(/\.truth\.ya?ml$/, '');
  const truthEntries = list(truth.entries) as Obj[];
  const page = (truth.page ?? {}) as Obj;
  const score: ListScore = {
    slug,
    split: SPLITS.find((x) => x === truth.split) ?? 'dev',
    language: String(truth.language ?? 'en'),
    shape: String(truth.shape ?? ''),
    entries: truthEntries.length,
    entriesKept: 0,
    facts: 0,
    factsKept: 0,
    stated: 0,
    correct: 0,
    invented: [],
    misses: [],
  };
  // Every truth entry is a fact (its name), then each of its facts; then the page's facts.
  let pageFacts = 0;
  for (const f of PAGE_FIELDS) if (page[f] !== undefined || (f === 'language' && truth.language !== undefined)) pageFacts++;
  const entryFacts = truthEntries.reduce((n, t) => n + 1 + [...truthFacts(t).values()].reduce((m, vs) => m + vs.length, 0), 0);
  score.facts = entryFacts + pageFacts;

  let value: Obj;
  try {
    const read = readPage(fs.readFileSync(pagePath, 'utf8'), path.basename(pagePath));
    if (!read.entries.length) throw new Error('no sub-processor found');
    value = pageToInventory(read, { today }).value;
  } catch (err) {
    score.error = (err as Error).message.split('\n')[0]!;
    score.misses.push(`refused: ${score.error}`);
    return score;
  }
  const inventory = (value.inventory ?? {}) as Obj;
  const imported = list(value.subprocessors) as Obj[];
  const matched = matchEntries(truthEntries, imported);

  truthEntries.forEach((t, i) => {
    const e = matched[i];
    const name = String(t.name);
    const facts = truthFacts(t);
    if (!e) {
      score.misses.push(`${name}: entry not found`);
      for (const [f, vs] of facts) for (const v of vs) score.misses.push(`${name}.${f}: ${JSON.stringify(v)} (entry not found)`);
      return;
    }
    score.entriesKept++;
    score.factsKept++;
    score.correct++;
    const got = importedFacts(e);
    for (const f of ENTRY_FIELDS) {
      const want = facts.get(f) ?? [];
      const have = got.get(f) ?? [];
      score.stated += have.length;
      const wantKeys = want.map((v) => key(f, v));
      for (const [j, v] of want.entries()) {
        const k = wantKeys[j]!;
        // A place the page names that is no country ("Europe") is kept in the page's words.
        const word = f === 'storage' && typeof v === 'string' && !isCode(v) && v !== 'EU';
        const found = word ? (got.get('storageWords') ?? []).some((w) => w.toLowerCase().includes(v.toLowerCase())) : have.includes(k);
        if (found) score.factsKept++;
        else score.misses.push(`${name}.${f}: ${JSON.stringify(v)}${have.length ? ` (import: ${have.join(', ')})` : ''}`);
      }
      for (const h of have) {
        // A legal name the entry's name holds ("Google LLC (Maps)") is no second fact when the import gives it as the entity.
        if (f === 'entity' && norm(t.name).includes(h) && !want.length) {
          score.stated--;
          continue;
        }
        if (wantKeys.includes(h)) score.correct++;
        else score.invented.push(`${name}.${f}: ${h}`);
      }
    }
  });
  for (const e of imported) if (!matched.includes(e)) score.invented.push(`entry not on the page: ${String(e.name)}`);

  const pageGot: Record<string, unknown> = {
    contact: inventory.contact,
    lastUpdated: inventory.lastUpdated,
    noticeDays: inventory.noticeDays,
    // A page that records no language is rendered in English.
    language: list(inventory.languages)[0] ?? 'en',
  };
  for (const f of PAGE_FIELDS) {
    const want = f === 'language' ? truth.language : page[f];
    const have = pageGot[f];
    const stated = have !== undefined && have !== 'unknown';
    if (stated && f !== 'language') score.stated++;
    if (want === undefined) {
      if (stated && f !== 'language') score.invented.push(`page.${f}: ${String(have)}`);
      continue;
    }
    const wantKey = f === 'lastUpdated' ? String(want instanceof Date ? want.toISOString().slice(0, 10) : want) : key(f, want);
    const haveKey = stated ? key(f, have) : undefined;
    // "June 2026": a month the page gives is read as its first day.
    const ok =
      haveKey !== undefined && (haveKey === wantKey || (f === 'lastUpdated' && wantKey.length === 7 && haveKey === `${wantKey}-01`));
    if (ok) {
      score.factsKept++;
      if (f !== 'language') score.correct++;
    } else {
      score.misses.push(`page.${f}: ${JSON.stringify(wantKey)}${haveKey !== undefined ? ` (import: ${haveKey})` : ''}`);
      if (haveKey !== undefined && f !== 'language') score.invented.push(`page.${f}: ${haveKey}`);
    }
  }
  return score;
}

/** Every list of the corpus: a page and its `<slug>.truth.yaml`. */
export function corpusLists(dir = CORPUS): { page: string; truth: string }[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs.readdirSync(dir).sort();
  const out: { page: string; truth: string }[] = [];
  for (const f of files) {
    const m = /^(.+)\.truth\.ya?ml$/.exec(f);
    if (!m) continue;
    const page = files.find(
      (p) => p !== f && !/\.truth\.ya?ml$/.test(p) && p.startsWith(`${m[1]}.`) && !p.slice(m[1]!.length + 1).includes('.'),
    );
    if (page) out.push({ page: path.join(dir, page), truth: path.join(dir, f) });
  }
  return out;
}

export function totals(scores: ListScore[]): Totals {
  return scores.reduce<Totals>(
    (t, s) => ({
      lists: t.lists + 1,
      entries: t.entries + s.entries,
      entriesKept: t.entriesKept + s.entriesKept,
      facts: t.facts + s.facts,
      factsKept: t.factsKept + s.factsKept,
      stated: t.stated + s.stated,
      correct: t.correct + s.correct,
      invented: t.invented + s.invented.length,
    }),
    { lists: 0, entries: 0, entriesKept: 0, facts: 0, factsKept: 0, stated: 0, correct: 0, invented: 0 },
  );
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');

/**
 * Precision: the facts the import states that the truth states too, over those and every invented fact (an entry
 * not on the page included), so that it lies between 0 and 1 whatever the import invents.
 */
export function precision(t: Pick<Totals, 'correct' | 'invented'>): number | undefined {
  const all = t.correct + t.invented;
  return all ? t.correct / all : undefined;
}

export function summary(t: Totals): string {
  const p = precision(t);
  return `entries kept ${pct(t.entriesKept, t.entries)} (${t.entriesKept}/${t.entries}) · fact recall ${pct(t.factsKept, t.facts)} (${t.factsKept}/${t.facts}) · invented facts ${t.invented} (precision ${p === undefined ? 'n/a' : `${(100 * p).toFixed(1)}%`})`;
}

/**
 * The report as `npm run bench:import` prints it; its last line gives the three figures over the whole corpus.
 * The splits in `hidden` print their summary line only: no list name, page or miss of a batch kept unread.
 */
export function report(scores: ListScore[], hidden: readonly string[] = []): string {
  const lines: string[] = [];
  for (const split of SPLITS) {
    const part = scores.filter((s) => s.split === split);
    lines.push(`== ${split} (${part.length} lists${hidden.includes(split) ? ', hidden' : ''})`);
    for (const s of hidden.includes(split) ? [] : part) {
      lines.push(`${s.slug} [${s.language}, ${s.shape}]: ${summary(totals([s]))}`);
      for (const m of s.misses) lines.push(`  missed   ${m}`);
      for (const m of s.invented) lines.push(`  invented ${m}`);
    }
    lines.push(`${split}: ${summary(totals(part))}`, '');
  }
  lines.push(`all ${scores.length} lists: ${summary(totals(scores))}`);
  return lines.join('\n');
}

export function scoreCorpus(dir = CORPUS): ListScore[] {
  return corpusLists(dir).map(({ page, truth }) => scoreList(page, truth));
}
