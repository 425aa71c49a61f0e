/** Outline, go to definition, find references, rename (ids and their `dataFlows[].to`), document links. */
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { documentSymbols } from '../../languageService/symbols';
import { definition, documentLinks, prepareRename, references, rename, RenameError } from '../../languageService/navigation';
import type { FeatureModule, ServerContext } from '../context';

function inventory(ctx: ServerContext, uri: string) {
  if (!ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return undefined;
  return ctx.analyze(uri);
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
    connection.onDocumentSymbol((p) => {
      const r = inventory(ctx, p.textDocument.uri);
      return r ? documentSymbols(r) : [];
    });
    connection.onDefinition((p) => {
      const r = inventory(ctx, p.textDocument.uri);
      return r ? definition(r, p.textDocument.uri, r.parsed.lines.offsetAt(p.position)) : [];
    });
    connection.onReferences((p) => {
      const r = inventory(ctx, p.textDocument.uri);
      return r ? references(r, p.textDocument.uri, r.parsed.lines.offsetAt(p.position), p.context.includeDeclaration) : [];
    });
    connection.onPrepareRename((p) => {
      const r = inventory(ctx, p.textDocument.uri);
      return (r && prepareRename(r, r.parsed.lines.offsetAt(p.position))) ?? null;
    });
    connection.onRenameRequest((p) => {
      const r = inventory(ctx, p.textDocument.uri);
      if (!r) return null;
      try {
        return rename(r, p.textDocument.uri, r.parsed.lines.offsetAt(p.position), p.newName) ?? null;
      } catch (err) {
        if (err instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidParams, err.message);
        throw err;
      }
    });
    connection.onDocumentLinks((p) => {
      const r = inventory(ctx, p.textDocument.uri);
      return r ? documentLinks(r) : [];
    });
  },
};
