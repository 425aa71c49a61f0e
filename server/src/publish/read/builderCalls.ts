/**
 * A page written by a program that builds a document one call per block (python-docx's `add_heading(doc, "Article 6",
 * level=1)`, `doc.add_paragraph("…")`, a helper `add_bullet(doc, "Acme SAS — hébergement")`, a PDF writer's
 * `pdf.addHeading('Sub-processors')`): each call's words are the block its name says, a heading, a list item or a
 * paragraph, in the order the program writes them. The call's name is a verb to build (`add`, `write`, `append`,
 * `insert`, `new`) or none, then the kind of block (`heading`/`title`/`h2`, `bullet`/`item`, `paragraph`/`body`/`text`/
 * `run`); other calls (`set_run(r, bold=True)`, `getText("id")`) are no blocks. Its words are its first string argument,
 * literals written one after the other joined as the language joins them ("…au sein de " "l'Union…", `'a' + 'b'`); a
 * call with no string is none. One pass over the source, each literal read once.
 */

import { cleanText, lineFinder, type PageBlock } from './blocks';
import { pastSpace, writtenString } from './sourceText';

/** A call's name and its opening bracket: `add_heading(`, `doc.add_paragraph(`, `pdf.writeTitle (`. */
const CALL = /(?<![\w$])([A-Za-z_][\w$]{0,40})[ \t]*\(/g;

const VERBS = new Set(['add', 'write', 'append', 'insert', 'new', 'put']);
const KINDS: Record<string, 'heading' | 'item' | 'paragraph'> = {
  heading: 'heading',
  title: 'heading',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  bullet: 'item',
  item: 'item',
  paragraph: 'paragraph',
  para: 'paragraph',
  body: 'paragraph',
  text: 'paragraph',
  run: 'paragraph',
};

/** The kind of block a call's name builds: a verb or none, then the kind ("add_heading", "addBullet", "paragraph"). */
function kindOf(name: string): 'heading' | 'item' | 'paragraph' | undefined {
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split('_')
    .filter(Boolean);
  const kind = words.pop();
  if (kind === undefined || words.length > 1 || (words.length === 1 && !VERBS.has(words[0]!))) return undefined;
  return KINDS[kind];
}

/** The string literal that opens at `i`, past Python's prefixes (r"…", f"…", u"…": an f-string's braces kept as written). */
function literal(s: string, i: number): { text: string; end: number } | undefined {
  return writtenString(s, /[rfuRFU]/.test(s[i] ?? '') && /["']/.test(s[i + 1] ?? '') ? i + 1 : i);
}

/**
 * The first string argument of the call whose arguments open at `i`: literals side by side or joined by `+`, up to the
 * comma or bracket closing it. Arguments before it that are a name (`doc`, `self.doc`) are passed over.
 */
function firstString(s: string, i: number): string | undefined {
  let at = pastSpace(s, i);
  // Arguments that are names, before the words: `add_body(doc, "…")`.
  for (let k = 0; k < 3; k++) {
    const name = /^[A-Za-z_][\w$.]{0,40}\s*,/.exec(s.slice(at, at + 50));
    if (!name || /^[rfuRFU]["']/.test(s.slice(at, at + 2))) break;
    at = pastSpace(s, at + name[0].length);
  }
  let text: string | undefined;
  for (;;) {
    const lit = literal(s, at);
    if (!lit) break;
    text = (text ?? '') + lit.text;
    at = pastSpace(s, lit.end);
    if (s[at] === '+') at = pastSpace(s, at + 1);
  }
  return text !== undefined && (s[at] === ',' || s[at] === ')') ? text : undefined;
}

/** The heading's level a call gives (`level=2`, `{ level: 2 }`), else 2. */
function levelAt(s: string, i: number): number {
  const m = /^[^()]{0,200}?\blevel\s*[=:]\s*(\d)/.exec(s.slice(i, i + 200));
  return m ? Math.max(1, Math.min(6, Number(m[1]))) : 2;
}

/** The blocks the calls build, in source order; none unless three calls at least build blocks, one a heading. */
export function builderCallBlocks(text: string): PageBlock[] {
  const lineAt = lineFinder(text);
  const blocks: PageBlock[] = [];
  CALL.lastIndex = 0;
  for (let m = CALL.exec(text); m; m = CALL.exec(text)) {
    const kind = kindOf(m[1]!);
    if (!kind) continue;
    const open = m.index + m[0].length;
    const words = firstString(text, open);
    const said = words === undefined ? '' : cleanText(words);
    if (!said) continue;
    const line = lineAt(m.index);
    if (kind === 'heading') blocks.push({ kind: 'heading', level: levelAt(text, open), text: said, line });
    else if (kind === 'item') blocks.push({ kind: 'item', text: said, depth: 0, ordered: false, line });
    else blocks.push({ kind: 'paragraph', text: said, line });
  }
  return blocks.length >= 3 && blocks.some((b) => b.kind === 'heading') ? blocks : [];
}
