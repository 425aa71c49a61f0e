/** textDocument/completion for inventories and policy files; the answer comes from the language service. */
import { completion } from '../../languageService';
import { cancellable } from '../cancellation';
import type { FeatureModule } from '../context';
import { documentInput } from './documentInput';

export const completionFeature: FeatureModule = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [':', ' ', '-', '[', ',', '{'], resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCompletion(
      cancellable(
        ctx,
        (p) => p.textDocument.uri,
        async (params, guard) => {
          const input = documentInput(ctx, params.textDocument.uri);
          if (!input) return null;
          await guard.checkpoint();
          return completion({ ...input, lang: ctx.lang() }, params.position, { triggerCharacter: params.context?.triggerCharacter });
        },
      ),
    );
  },
};
