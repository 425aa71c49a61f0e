/** Tier at a glance: inlay hints after each entry's id (setting `subprocessors.tierHints`). */
import { tierHints } from '../../languageService/inlayHints';
import { cancellable } from '../cancellation';
import type { FeatureModule } from '../context';

export const inlayHintsFeature: FeatureModule = {
  capabilities: () => ({ inlayHintProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.languages.inlayHint.on(
      cancellable(
        ctx,
        (p) => p.textDocument.uri,
        async (p, guard) => {
          const uri = p.textDocument.uri;
          if (!ctx.settings().tierHints || !ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return [];
          const r = ctx.analyze(uri);
          if (!r) return [];
          await guard.checkpoint();
          return tierHints(r, p.range, ctx.lang());
        },
      ),
    );
  },
};
