/**
 * What an entry's note quotes of a long text it shares with other entries: a page-wide sentence that names every
 * vendor ("Transfers … are covered by the Standard Contractual Clauses for A, B, C, …") is a fact of each entry it
 * names, and quoting it whole in each entry's note made the file grow as the square of the page (4,000 vendors: a
 * file of 290 MB). Each entry's note quotes the words that state the fact of that entry: the text's opening clause,
 * the clause that names the entry, and its closing one, "…" where words are left out; the whole text is quoted once,
 * at the top of the file. A text up to `QUOTE_BOUND` characters, or one entry's own, is quoted whole.
 */

/** A text up to this length is quoted whole in every note: about 80 words, a long sentence of a legal page. */
export const QUOTE_BOUND = 500;
/** The opening clause kept when a text is cut, at most (else cut at a word). */
const HEAD = 200;
/** An opening clause shorter than this ("In 2025,") is kept with the clauses after it, up to `HEAD`. */
const SHORT_HEAD = 40;
/** The words kept on each side of the entry's name, within its clause, at most. */
const AROUND = 100;
/** The closing clause kept when a text is cut, at most (else its last words). */
const TAIL = 150;
/** The places a word is looked for, at most: a name said thousands of times is found at one of its first. */
const TRIES = 64;

/** Where a clause ends: a comma, semicolon or colon, or a dash between spaces, with the spaces after it. */
const SEPARATOR = /[,;:]\s+|\s+[—–]\s+/g;
const WORD = /[\p{L}\d]+/gu;

interface Cut {
  /** The text's words, in order, and where each starts and ends. */
  words: string[];
  starts: number[];
  ends: number[];
  /** Where each word is, by the word. */
  at: Map<string, number[]>;
  /** Where each clause separator starts and ends, in order. */
  separators: { start: number; end: number }[];
  /** Where the opening clause ends, and where the closing one starts. */
  head: number;
  tail: number;
}

function cutOf(text: string): Cut {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const at = new Map<string, number[]>();
  for (const m of text.matchAll(WORD)) {
    const list = at.get(m[0]);
    if (list) list.push(words.length);
    else at.set(m[0], [words.length]);
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const separators = [...text.matchAll(SEPARATOR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // The opening clause: to the first separator, or with the clauses after a short one ("In 2025,"), else to a word.
  const first = separators[0];
  let head: number;
  if (first && first.start >= SHORT_HEAD && first.start <= HEAD) head = first.start;
  else {
    const within = separators.filter((s) => s.start <= HEAD).pop();
    head = within && within.start >= SHORT_HEAD ? within.start : wordEnd(text, HEAD);
  }
  // The closing clause: from the last separator, or its last words.
  const last = separators[separators.length - 1];
  const tail = last && text.length - last.end <= TAIL ? last.end : wordStart(text, text.length - TAIL);
  return { words, starts, ends, at, separators, head, tail };
}

/** Where in the text one of `names` is said first as words of their own (the first name found), if any. */
function nameAt(cut: Cut, names: readonly string[]): { start: number; end: number } | undefined {
  for (const name of names) {
    const words = name.match(WORD);
    if (!words?.length || name.length < 3) continue;
    // Looked up by its rarest word, then its other words checked around it.
    let k = 0;
    for (let j = 1; j < words.length; j++) if ((cut.at.get(words[j]!)?.length ?? 0) < (cut.at.get(words[k]!)?.length ?? 0)) k = j;
    for (const i of (cut.at.get(words[k]!) ?? []).slice(0, TRIES)) {
      const first = i - k;
      if (first < 0 || first + words.length > cut.words.length) continue;
      if (words.every((w, j) => cut.words[first + j] === w)) return { start: cut.starts[first]!, end: cut.ends[first + words.length - 1]! };
    }
  }
  return undefined;
}

/** The last separator that ends at or before `pos`, and the first that starts at or after it (binary search). */
function separatorBefore(cut: Cut, pos: number): number | undefined {
  let lo = 0;
  let hi = cut.separators.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cut.separators[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? cut.separators[lo - 1]!.end : undefined;
}

function separatorAfter(cut: Cut, pos: number): number | undefined {
  let lo = 0;
  let hi = cut.separators.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cut.separators[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < cut.separators.length ? cut.separators[lo]!.start : undefined;
}

/** The start of the first word at or after `pos`, so that no word is cut in two (`pos` when none is near). */
function wordStart(text: string, pos: number): number {
  if (pos <= 0) return 0;
  const m = /\s+(?=\S)/.exec(text.slice(pos - 1, pos + AROUND));
  return m ? pos - 1 + m.index + m[0].length : pos;
}

/** The end of the last word at or before `pos`, so that no word is cut in two (`pos` when none is near). */
function wordEnd(text: string, pos: number): number {
  if (pos >= text.length) return text.length;
  const before = text.slice(Math.max(0, pos - AROUND), pos + 1);
  const m = /\S(?=\s+\S*$)/.exec(before);
  return m ? pos + 1 - before.length + m.index + 1 : pos;
}

/** The parts of `text` an entry named by `names` is quoted by, each a range of it. */
function parts(text: string, cut: Cut, names: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [[0, cut.head]];
  // The clause that names the entry, its words on each side of the name at most.
  const name = nameAt(cut, names);
  if (name) {
    const before = separatorBefore(cut, name.start);
    const after = separatorAfter(cut, name.end);
    const from = before !== undefined && name.start - before <= AROUND ? before : wordStart(text, Math.max(0, name.start - AROUND / 2));
    const to = after !== undefined && after - name.end <= AROUND ? after : wordEnd(text, name.end + AROUND / 2);
    ranges.push([Math.min(from, name.start), Math.max(to, name.end)]);
  }
  ranges.push([cut.tail, text.length]);
  return ranges;
}

/**
 * `text`, cut to the words that state its fact for the entry that `names` name: its opening clause, the clause
 * naming the entry, its closing clause, joined by "…" where words are left out. Ranges that meet are one.
 */
function cutFor(text: string, cut: Cut, names: readonly string[]): string {
  const ranges = parts(text, cut, names).sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let end = 0;
  for (const [from, to] of ranges) {
    if (to <= end) continue;
    const start = Math.max(from, end);
    // Words left out between two parts, unless only a separator or spaces lie between them.
    const gap = text.slice(end, start);
    if (out.length && /[\p{L}\d]/u.test(gap)) out.push(' … ');
    else out.push(gap);
    out.push(text.slice(start, to));
    end = to;
  }
  return out
    .join('')
    .replace(/[\s,;:]+ … /g, ' … ')
    .trim();
}

/**
 * The long texts (over `QUOTE_BOUND`) that more than one of `facts`' owners hold: the texts an entry's note quotes only
 * in part. `factsOf`: each entry's fact values.
 */
export function sharedLongTexts(factsOf: readonly (readonly string[])[]): Set<string> {
  const owner = new Map<string, number>();
  const shared = new Set<string>();
  for (const [k, values] of factsOf.entries())
    for (const value of values) {
      const text = value.trim();
      if (text.length <= QUOTE_BOUND) continue;
      const had = owner.get(text);
      if (had === undefined) owner.set(text, k);
      else if (had !== k) shared.add(text);
    }
  return shared;
}

/**
 * A quoter: `quote(text, names)` gives what an entry named by `names` quotes of `text` in its note; the whole text
 * when short or its own (not in `shared`). Each text is read once, however many entries quote it. `cut` holds the
 * texts quoted in part (which the file quotes whole once).
 */
export function quoter(shared: ReadonlySet<string>): {
  quote: (text: string, names: readonly string[]) => string;
  /** A statement quoted beside many entries, naming none: its opening and closing clauses when over the bound. */
  quoteBeside: (text: string) => string;
  cut: Set<string>;
} {
  const cuts = new Map<string, Cut>();
  const cutTexts = new Set<string>();
  const cutText = (whole: string, names: readonly string[]) => {
    let cut = cuts.get(whole);
    if (!cut) cuts.set(whole, (cut = cutOf(whole)));
    cutTexts.add(whole);
    return cutFor(whole, cut, names);
  };
  return {
    cut: cutTexts,
    quote(text, names) {
      const whole = text.trim();
      return shared.has(whole) ? cutText(whole, names) : text;
    },
    quoteBeside(text) {
      const whole = text.trim();
      return whole.length > QUOTE_BOUND ? cutText(whole, []) : text;
    },
  };
}
