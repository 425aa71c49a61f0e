/**
 * The client's custom requests (the client stays thin; it asks the server):
 * - `subprocessors/summary` {uri} -> counts of problems and of entries per tier (the status bar);
 * - `subprocessors/renderPage` {uri, format?, lang?} -> the published page, by the same renderer as
 *   `subproc render` (the preview and the export);
 * - `subprocessors/newSubprocessor` {uri} -> where and what to insert for a new entry;
 * - `subprocessors/importPage` {text, fileName} -> an inventory, as `subproc import` writes it;
 * - `subprocessors/starterInventory` -> the text of a new inventory.
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { inventorySummary } from '../../languageService/summary';
import { newSubprocessorInsertion } from '../../languageService/newEntry';
import { renderPage, type PageFormat } from '../../publish/render';
import { pageLanguage } from '../../publish/labels';
import {
  ImportPageRequest,
  NewSubprocessorRequest,
  RenderPageRequest,
  StarterInventoryRequest,
  SummaryRequest,
  type ImportPageParams,
  type RenderPageParams,
  type UriParams,
} from '../../protocol';
import { PageReadError, readPage } from '../../publish/readPage';
import { IMPORT_WORDS } from '../../publish/importWords';
import { typeset } from '../../knowledge';
import { pageToInventory } from '../../publish/importPage';
import { oversize } from '../../engine';
import { starterInventory } from '../../languageService/starter';
import { cancellable, type RequestGuard } from '../cancellation';
import type { FeatureModule, ServerContext } from '../context';

async function resultFor(ctx: ServerContext, uri: unknown, guard: RequestGuard) {
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'uri is required');
  if (!ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return undefined;
  const result = ctx.analyze(uri);
  if (result) await guard.checkpoint();
  return result;
}

const uriOf = (p: { uri?: unknown } | undefined) => p?.uri;
/** A request about no open document (an import's page text). */
const noUri = () => undefined;

export const inventoryRequestsFeature: FeatureModule = {
  capabilities: () => ({}),
  register(ctx) {
    ctx.connection.onRequest(
      SummaryRequest,
      cancellable(ctx, uriOf, async (p: UriParams, guard) => {
        const r = await resultFor(ctx, p?.uri, guard);
        return r ? inventorySummary(r) : null;
      }),
    );
    ctx.connection.onRequest(
      RenderPageRequest,
      cancellable(ctx, uriOf, async (p: RenderPageParams, guard) => {
        const r = await resultFor(ctx, p?.uri, guard);
        if (!r) return null;
        const format: PageFormat = p.format === 'markdown' ? 'markdown' : 'html';
        const lang = pageLanguage(r.model.value?.inventory, p.lang);
        return { format, lang, text: renderPage(r, { format, lang }) };
      }),
    );
    // In steps (read, then build), each after a checkpoint, so that a cancel is heard and other requests (hovers)
    // are answered between them; a page over `maxFileSize` is refused before any reading.
    ctx.connection.onRequest(
      ImportPageRequest,
      cancellable(ctx, noUri, async (p: ImportPageParams, guard) => {
        if (typeof p?.text !== 'string' || typeof p.fileName !== 'string')
          throw new ResponseError(ErrorCodes.InvalidParams, 'text and fileName are required');
        const lang = ctx.lang();
        const say = IMPORT_WORDS[lang];
        const spaced = (t: string) => typeset(t, lang);
        if (!p.text.trim()) throw new ResponseError(ErrorCodes.InvalidParams, spaced(say.empty(p.fileName)));
        const max = ctx.settings().maxFileSize;
        const bytes = oversize(p.text, max);
        if (bytes !== undefined) throw new ResponseError(ErrorCodes.InvalidParams, spaced(say.tooLarge(p.fileName, bytes, max)));
        await guard.checkpoint();
        try {
          const page = readPage(p.text, p.fileName);
          if (!page.entries.length) throw new ResponseError(ErrorCodes.InvalidParams, spaced(say.noSubprocessorFound(p.fileName)));
          await guard.checkpoint();
          const { yaml } = pageToInventory(page, { today: ctx.today(), organization: p.organization || undefined });
          return { yaml, entries: page.entries.length };
        } catch (err) {
          if (err instanceof PageReadError)
            throw new ResponseError(ErrorCodes.InvalidParams, spaced(say.unreadable(p.fileName, err.messageIn(lang))));
          if (String((err as { code?: unknown }).code ?? '').startsWith('CSV_'))
            throw new ResponseError(ErrorCodes.InvalidParams, spaced(say.notCsv(p.fileName, (err as Error).message)));
          throw err;
        }
      }),
    );
    ctx.connection.onRequest(StarterInventoryRequest, () => ({ text: starterInventory() }));
    ctx.connection.onRequest(
      NewSubprocessorRequest,
      cancellable(ctx, uriOf, async (p: UriParams, guard) => {
        const r = await resultFor(ctx, p?.uri, guard);
        return (r && newSubprocessorInsertion(r)) ?? null;
      }),
    );
  },
};
