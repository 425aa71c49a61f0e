/** textDocument/hover for inventories and policy files; the answer comes from the language service. */
import { hover } from '../../languageService';
import type { FeatureModule } from '../context';
import { documentInput } from './documentInput';

export const hoverFeature: FeatureModule = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover((params) => {
      const input = documentInput(ctx, params.textDocument.uri);
      if (!input) return null;
      return hover({ ...input, docsBaseUrl: ctx.settings().docsBaseUrl || undefined }, params.position);
    });
  },
};
