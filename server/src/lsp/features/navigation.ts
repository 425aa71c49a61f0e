/** Outline, go to definition, find references, rename (ids and their `dataFlows[].to`), document links. */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { documentSymbols } from '../../languageService/symbols';
import { definition, documentLinks, prepareRename, references, rename, RenameError } from '../../languageService/navigation';
import type { LintResult } from '../../engine';
import { cancellable, type RequestGuard } from '../cancellation';
import type { FeatureModule, ServerContext } from '../context';

/** The analysis of an inventory, then a checkpoint (the request may have been cancelled meanwhile). */
async function inventory(ctx: ServerContext, uri: string, guard: RequestGuard): Promise<LintResult | undefined> {
  if (!ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return undefined;
  const result = ctx.analyze(uri);
  if (result) await guard.checkpoint();
  return result;
}

export const navigationFeature: FeatureModule = {
  capabilities: () => ({
    documentSymbolProvider: { label: 'Sub-processors' },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentLinkProvider: { resolveProvider: false },
  }),
  register(ctx) {
    const { connection } = ctx;
    const uriOf = (p: { textDocument: { uri: string } }) => p.textDocument.uri;
    connection.onDocumentSymbol(
      cancellable(ctx, uriOf, async (p, guard) => {
        const r = await inventory(ctx, p.textDocument.uri, guard);
        return r ? documentSymbols(r, ctx.lang()) : [];
      }),
    );
    connection.onDefinition(
      cancellable(ctx, uriOf, async (p, guard) => {
        const r = await inventory(ctx, p.textDocument.uri, guard);
        return r ? definition(r, p.textDocument.uri, r.parsed.lines.offsetAt(p.position)) : [];
      }),
    );
    connection.onReferences(
      cancellable(ctx, uriOf, async (p, guard) => {
        const r = await inventory(ctx, p.textDocument.uri, guard);
        return r ? references(r, p.textDocument.uri, r.parsed.lines.offsetAt(p.position), p.context.includeDeclaration) : [];
      }),
    );
    connection.onPrepareRename(
      cancellable(ctx, uriOf, async (p, guard) => {
        const r = await inventory(ctx, p.textDocument.uri, guard);
        return (r && prepareRename(r, r.parsed.lines.offsetAt(p.position))) ?? null;
      }),
    );
    connection.onRenameRequest(
      cancellable(ctx, uriOf, async (p, guard) => {
        const r = await inventory(ctx, p.textDocument.uri, guard);
        if (!r) return null;
        try {
          return rename(r, p.textDocument.uri, r.parsed.lines.offsetAt(p.position), p.newName) ?? null;
        } catch (err) {
          if (err instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidParams, err.message);
          throw err;
        }
      }),
    );
    connection.onDocumentLinks(
      cancellable(ctx, uriOf, async (p, guard) => {
        const r = await inventory(ctx, p.textDocument.uri, guard);
        return r ? documentLinks(r) : [];
      }),
    );
  },
};
