/**
 * Text copied from a browser to blocks. It has no markup: a line is a bullet when it starts with a bullet
 * character, an ordered item when it starts with a number and a dot, and a run of lines holding tabs is a
 * table as the browser copies one (cells separated by tabs), read by the TSV reader.
 */
import { cleanText, PageReadError, type PageBlock } from './blocks';
import { delimitedTable } from './delimited';
import { runTogetherTable } from './copiedTable';

export function textBlocks(text: string): PageBlock[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const blocks: PageBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.includes('\t') && raw.split('\t').filter((c) => c.trim()).length >= 2) {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1]!.includes('\t')) end++;
      // A line without a tab between rows of the table: a cell's text broke onto a new line when copied.
      const next = lines[end + 1];
      if (next !== undefined && next.trim() && lines[end + 2]?.includes('\t'))
        throw new PageReadError(
          {
            en: `this line breaks the table that starts on line ${i + 1} (it has no tab between cells): a cell's text has broken onto a new line; join it to the row above`,
            fr: `cette ligne coupe le tableau qui commence à la ligne ${i + 1} (elle n’a pas de tabulation entre les cellules) : le texte d’une cellule est passé à la ligne ; rattachez-la à la ligne du dessus`,
          },
          end + 2,
        );
      blocks.push(delimitedTable(lines.slice(i, end + 1).join('\n'), { delimiter: '\t', firstLine: i + 1, copied: true }));
      i = end;
      continue;
    }
    const line = cleanText(raw);
    if (!line) continue;
    // A table whose cells the copy ran together: read by its header's meaning and its cells' grammar.
    const copied = runTogetherTable(lines, i);
    if (copied) {
      blocks.push(copied.table);
      i = copied.end;
      continue;
    }
    const bullet = /^[•·▪‣◦*–-]\s+(.*)$/.exec(line);
    if (bullet) {
      blocks.push({ kind: 'item', text: bullet[1]!, depth: 0, ordered: false, line: i + 1 });
      continue;
    }
    const item = /^\d+[.)]\s+(.*)$/.exec(line);
    if (item) blocks.push({ kind: 'item', text: item[1]!, depth: 0, ordered: true, line: i + 1 });
    else blocks.push({ kind: 'paragraph', text: line, line: i + 1 });
  }
  return blocks;
}
