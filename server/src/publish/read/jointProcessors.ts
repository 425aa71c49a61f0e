/**
 * Vendors a paragraph names one by one in its sentences, then calls processors together by their number: « … par
 * Resend, un service d'envoi d'e-mails. Ce site est hébergé par Vercel, qui … Tous deux agissent en qualité de
 * sous-traitants », "… through Postie, an email service, and hosted by Nuvola. Both act as our processors." Pure.
 */
import type { PageBlock } from './blocks';
import type { ReadEntry } from '../readPage';
import { sentencesOf } from './sections';

/** "Tous deux", "tous les trois", "Both", "These two", "All three", then the words that make them processors. */
const TOGETHER =
  /^(?:(?:tous|toutes)\s(?:les\s)?(deux|trois|quatre)|(?:ces|les)\s(deux|trois|quatre)\s(?:prestataires|services|fournisseurs|soci[ée]t[ée]s)|(both)|(?:these|the|all)\s(two|three|four)(?:\s(?:providers|services|vendors|companies))?|(?:both|all)\sof\s(?:them|these))\s[^.]{0,80}?(?:sous-traitants?|(?<!\p{L})processors?|sub-?processors?)(?!\p{L})/iu;

const COUNT: Record<string, number> = { deux: 2, trois: 3, quatre: 4, both: 2, two: 2, three: 3, four: 4 };

/** A vendor's name after the word that says who does it: « par Resend », "by Postie", « chez Nuvola », "via Brevo". */
const NAMED_AFTER =
  /(?<!\p{L})(?:par|by|chez|via|avec|with|through)\s((?:\p{Lu}[\p{L}\d&'’-]{1,30})(?:\s\p{Lu}[\p{L}\d&'’-]{1,30}){0,2})(?![\p{L}\d])/gu;

/**
 * The vendors such a paragraph names: each a name after « par », "by"... in the sentences before the one that calls
 * them processors together, exactly as many as that sentence counts ("both": two). Any other count names no one: the
 * sentence may speak of parties the page named elsewhere.
 */
export function jointProcessorEntries(blocks: PageBlock[]): ReadEntry[] {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'item') continue;
    const sentences = sentencesOf(b.text);
    const at = sentences.findIndex((s) => TOGETHER.test(s.trim()));
    if (at <= 0) continue;
    const m = TOGETHER.exec(sentences[at]!.trim())!;
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? 'both').toLowerCase();
    const count = COUNT[word] ?? 2;
    const found: { name: string; sentence: string }[] = [];
    for (const sentence of sentences.slice(0, at))
      for (const n of sentence.matchAll(NAMED_AFTER))
        if (!found.some((f) => f.name === n[1])) found.push({ name: n[1]!, sentence: sentence.trim() });
    if (found.length !== count) continue;
    return found.map(({ name, sentence }) => ({
      heading: name,
      name,
      line: b.line,
      facts: [{ label: 'Purpose', value: sentence.replace(/^["'`]+/, '').replace(/\.$/, ''), key: 'purpose' as const }],
    }));
  }
  return [];
}
