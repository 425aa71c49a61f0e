/** Tier at a glance: inlay hints after each entry's id (setting `subprocessors.tierHints`). */
import { tierHints } from '../../languageService/inlayHints';
import type { FeatureModule } from '../context';

export const inlayHintsFeature: FeatureModule = {
  capabilities: () => ({ inlayHintProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.languages.inlayHint.on((p) => {
      const uri = p.textDocument.uri;
      if (!ctx.settings().tierHints || !ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return [];
      const r = ctx.analyze(uri);
      return r ? tierHints(r, p.range) : [];
    });
  },
};
