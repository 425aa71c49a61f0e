/**
 * The published page as Markdown or as one self-contained, accessible HTML page (no scripts, no
 * external assets, inline CSS that works on a phone and on paper). Pure: the engine's result in, text out.
 */
import { htmlText as escapeHtml, markdownBlock as markdownParagraph, markdownInline as escapeMarkdown, type LintResult } from '../engine';
import type { Lang } from '../knowledge';
import { buildPage, type Page, type PageEntry, type PageFact } from './page';

export type PageFormat = 'markdown' | 'html';

interface RenderOptions {
  format: PageFormat;
  lang: Lang;
}

export function renderPage(result: Pick<LintResult, 'model' | 'policy' | 'today' | 'policyPath'>, options: RenderOptions): string {
  const page = buildPage(result, options.lang);
  return options.format === 'html' ? renderHtml(page, result.model.value) : renderMarkdown(page);
}

// ---------------------------------------------------------------- Markdown

// Escaping is `engine/escape.ts`'s, under the names this module has always exported.
export { markdownInline as escapeMarkdown, markdownBlock as markdownParagraph, htmlText as escapeHtml } from '../engine';

function markdownFact(f: PageFact, colon: string): string {
  return `- **${escapeMarkdown(f.label)}${colon}** ${escapeMarkdown(f.value)}`;
}

function renderMarkdown(page: Page): string {
  const out: string[] = [`# ${escapeMarkdown(page.title)}`, ''];
  if (page.introduction) out.push(markdownParagraph(page.introduction), '');
  if (page.selection) {
    out.push(`## ${escapeMarkdown(page.selection.heading)}`, '', markdownParagraph(page.selection.intro), '');
    page.selection.tiers.forEach((t, i) => out.push(`${i + 1}. ${markdownParagraph(t)}`));
    out.push('');
  }
  if (page.dpaSentence) out.push(markdownParagraph(page.dpaSentence), '');
  out.push(`## ${escapeMarkdown(page.subprocessorsHeading)}`, '');
  for (const group of page.groups) {
    const base = group.title ? 4 : 3;
    if (group.title) out.push(`### ${escapeMarkdown(group.title)}`, '');
    for (const category of group.categories) {
      if (category.title) out.push(`${'#'.repeat(base)} ${escapeMarkdown(category.title)}`, '');
      const level = base + (category.title ? 1 : 0);
      for (const entry of category.entries) {
        out.push(`${'#'.repeat(level)} ${escapeMarkdown(entry.heading)}`, '');
        for (const f of entry.facts) out.push(markdownFact(f, page.labels.colon));
        out.push('');
      }
    }
  }
  if (page.safeguards.items.length) {
    out.push(`## ${escapeMarkdown(page.safeguards.heading)}`, '');
    for (const f of page.safeguards.items) out.push(markdownFact(f, page.labels.colon));
    out.push('');
  }
  if (page.contact) out.push(markdownParagraph(page.contact), '');
  if (page.lastUpdated) out.push(markdownParagraph(page.lastUpdated), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// ---------------------------------------------------------------- HTML

/** Only http(s) and mailto links from the inventory become links; anything else stays text. */
function safeHref(url: string): string | undefined {
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

const CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --card: #f6f8fa; --line: #d0d7de; --accent: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --card: #161b22; --line: #30363d; --accent: #58a6ff; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; color: var(--muted); }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
.entries { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr)); }
.entry { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; overflow-wrap: anywhere; }
.entry h5, .entry .name { font-size: 1.1rem; margin: 0 0 .5rem; }
.entity { font-weight: normal; color: var(--muted); }
dl { margin: 0; display: grid; grid-template-columns: minmax(8rem, 13rem) 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
.safeguards dd { margin-bottom: .5rem; }
footer { margin-top: 2.5rem; color: var(--muted); }
@media (max-width: 36rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.6rem; }
  dl { grid-template-columns: 1fr; }
  dt { margin-top: .5rem; }
}
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --card: #fff; --line: #999; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .skip { display: none; }
  .entries { display: block; }
  .entry { break-inside: avoid; page-break-inside: avoid; margin-bottom: .6rem; border-radius: 0; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 90%; }
}
`;

function htmlFacts(facts: PageFact[], cls?: string): string {
  const rows = facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${factValueHtml(f)}</dd>`).join('\n');
  return `<dl${cls ? ` class="${cls}"` : ''}>\n${rows}\n</dl>`;
}

function factValueHtml(f: PageFact): string {
  if (f.key === 'url') {
    const href = safeHref(f.value);
    if (href) return `<a href="${escapeHtml(href)}">${escapeHtml(f.value)}</a>`;
  }
  return escapeHtml(f.value);
}

function htmlEntry(entry: PageEntry, level: number): string {
  const id = entry.id ? ` id="${escapeHtml(entry.id)}"` : '';
  const entity = entry.entity ? ` <span class="entity">(${escapeHtml(entry.entity)})</span>` : '';
  return `<li class="entry"${id}>\n<h${level} class="name">${escapeHtml(entry.name)}${entity}</h${level}>\n${htmlFacts(entry.facts)}\n</li>`;
}

function renderHtml(page: Page, value?: Record<string, unknown>): string {
  const inventory = value && typeof value.inventory === 'object' && value.inventory ? (value.inventory as Record<string, unknown>) : {};
  const contact = typeof inventory.contact === 'string' ? inventory.contact : undefined;
  const lastUpdated = typeof inventory.lastUpdated === 'string' ? inventory.lastUpdated : undefined;
  const body: string[] = [];
  body.push(`<a class="skip" href="#section_subprocessors">${escapeHtml(page.labels.skipToList)}</a>`);
  body.push('<main>', '<header>', `<h1>${escapeHtml(page.title)}</h1>`);
  if (page.introduction) body.push(`<p>${escapeHtml(page.introduction)}</p>`);
  body.push('</header>');
  if (page.selection) {
    body.push(
      '<section aria-labelledby="section_selection">',
      `<h2 id="section_selection">${escapeHtml(page.selection.heading)}</h2>`,
      `<p>${escapeHtml(page.selection.intro)}</p>`,
    );
    body.push(`<ol>\n${page.selection.tiers.map((t) => `<li>${escapeHtml(t)}</li>`).join('\n')}\n</ol>`);
    if (page.dpaSentence) body.push(`<p>${escapeHtml(page.dpaSentence)}</p>`);
    body.push('</section>');
  } else if (page.dpaSentence) body.push(`<p>${escapeHtml(page.dpaSentence)}</p>`);
  const count = page.groups.reduce((n, g) => n + g.categories.reduce((m, c) => m + c.entries.length, 0), 0);
  body.push(
    '<section aria-labelledby="section_subprocessors">',
    `<h2 id="section_subprocessors">${escapeHtml(page.subprocessorsHeading)} <span class="entity">(${escapeHtml(page.labels.entriesCount(count))})</span></h2>`,
  );
  for (const group of page.groups) {
    const base = group.title ? 4 : 3;
    if (group.title) body.push(`<h3>${escapeHtml(group.title)}</h3>`);
    for (const category of group.categories) {
      if (category.title) body.push(`<h${base}>${escapeHtml(category.title)}</h${base}>`);
      const level = Math.min(6, base + (category.title ? 1 : 0));
      body.push(`<ul class="entries">\n${category.entries.map((e) => htmlEntry(e, level)).join('\n')}\n</ul>`);
    }
  }
  body.push('</section>');
  if (page.safeguards.items.length) {
    body.push('<section aria-labelledby="section_safeguards">', `<h2 id="section_safeguards">${escapeHtml(page.safeguards.heading)}</h2>`);
    body.push(htmlFacts(page.safeguards.items, 'safeguards'), '</section>');
  }
  body.push('<footer>');
  if (page.contact && contact) {
    const text = escapeHtml(page.contact);
    const email = escapeHtml(contact);
    const at = text.lastIndexOf(email);
    body.push(
      `<p>${at >= 0 ? `${text.slice(0, at)}<a href="mailto:${encodeURIComponent(contact).replace(/%40/g, '@')}">${email}</a>${text.slice(at + email.length)}` : text}</p>`,
    );
  }
  if (page.lastUpdated) {
    body.push(
      lastUpdated
        ? `<p><time datetime="${escapeHtml(lastUpdated)}">${escapeHtml(page.lastUpdated)}</time></p>`
        : `<p>${escapeHtml(page.lastUpdated)}</p>`,
    );
  }
  body.push('</footer>', '</main>');
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
