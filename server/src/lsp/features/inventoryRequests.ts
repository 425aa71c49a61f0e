/**
 * The client's custom requests (the client stays thin; it asks the server):
 * - `subprocessors/summary` {uri} -> counts of problems and of entries per tier (the status bar);
 * - `subprocessors/renderPage` {uri, format?, lang?} -> the published page, by the same renderer as
 *   `subproc render` (the preview and the export);
 * - `subprocessors/newSubprocessor` {uri} -> where and what to insert for a new entry.
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { inventorySummary } from '../../languageService/summary';
import { newSubprocessorInsertion } from '../../languageService/newEntry';
import { renderPage, type PageFormat } from '../../publish/render';
import type { PageLang } from '../../publish/labels';
import { cancellable, type RequestGuard } from '../cancellation';
import type { FeatureModule, ServerContext } from '../context';

export const SUMMARY_REQUEST = 'subprocessors/summary';
export const RENDER_PAGE_REQUEST = 'subprocessors/renderPage';
export const NEW_SUBPROCESSOR_REQUEST = 'subprocessors/newSubprocessor';

async function resultFor(ctx: ServerContext, uri: unknown, guard: RequestGuard) {
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'uri is required');
  if (!ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return undefined;
  const result = ctx.analyze(uri);
  if (result) await guard.checkpoint();
  return result;
}

const uriOf = (p: { uri?: unknown } | undefined) => p?.uri;

export const inventoryRequestsFeature: FeatureModule = {
  capabilities: () => ({}),
  register(ctx) {
    ctx.connection.onRequest(
      SUMMARY_REQUEST,
      cancellable(ctx, uriOf, async (p: { uri: string }, guard) => {
        const r = await resultFor(ctx, p?.uri, guard);
        return r ? inventorySummary(r) : null;
      }),
    );
    ctx.connection.onRequest(
      RENDER_PAGE_REQUEST,
      cancellable(ctx, uriOf, async (p: { uri: string; format?: PageFormat; lang?: PageLang }, guard) => {
        const r = await resultFor(ctx, p?.uri, guard);
        if (!r) return null;
        const format: PageFormat = p.format === 'markdown' ? 'markdown' : 'html';
        const languages = Array.isArray((r.model.value?.inventory as { languages?: unknown } | undefined)?.languages)
          ? ((r.model.value!.inventory as { languages: unknown[] }).languages as string[])
          : [];
        // As `subproc render`: the language asked for, else the first of the inventory's languages the page speaks, else English.
        const declared = languages.find((l): l is PageLang => l === 'en' || l === 'fr');
        const lang: PageLang = p.lang === 'fr' || p.lang === 'en' ? p.lang : (declared ?? 'en');
        return { format, lang, text: renderPage(r, { format, lang }) };
      }),
    );
    ctx.connection.onRequest(
      NEW_SUBPROCESSOR_REQUEST,
      cancellable(ctx, uriOf, async (p: { uri: string }, guard) => {
        const r = await resultFor(ctx, p?.uri, guard);
        return (r && newSubprocessorInsertion(r)) ?? null;
      }),
    );
  },
};
