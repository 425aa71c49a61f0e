/** textDocument/hover for inventories and policy files; the answer comes from the language service. */
import { hover } from '../../languageService';
import { cancellable } from '../cancellation';
import type { FeatureModule } from '../context';
import { documentInput } from './documentInput';

export const hoverFeature: FeatureModule = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover(
      cancellable(
        ctx,
        (p) => p.textDocument.uri,
        async (params, guard) => {
          const input = documentInput(ctx, params.textDocument.uri);
          if (!input) return null;
          await guard.checkpoint();
          return hover({ ...input, docsBase: ctx.docsBase(), lang: ctx.lang() }, params.position);
        },
      ),
    );
  },
};
