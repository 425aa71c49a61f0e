/**
 * Code actions: quick fixes attached to their diagnostics, "fix all" as `source.fixAll.subprocessors`
 * (for `editor.codeActionsOnSave`), and the command `subprocessors.applyFixAll` that applies it through
 * `workspace/applyEdit` (the client's "Fix all" command calls it).
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { CODE_ACTION_KINDS, codeActions, fixAllAction, fixAllWanted } from '../../languageService/codeActions';
import { fixAllRounds } from '../../engine';
import { cancellable } from '../cancellation';
import type { FeatureModule } from '../context';

import { APPLY_FIX_ALL_COMMAND, type ApplyFixAllResult } from '../../protocol';

export { APPLY_FIX_ALL_COMMAND };

export const codeActionsFeature: FeatureModule = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND] },
  }),
  register(ctx) {
    ctx.connection.onCodeAction(
      cancellable(
        ctx,
        (p) => p.textDocument.uri,
        async (params, guard) => {
          const uri = params.textDocument.uri;
          if (!ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return [];
          const result = ctx.analyze(uri);
          if (!result) return [];
          await guard.checkpoint();
          // Fix all lints the document again per round: the request can stop between rounds.
          const all = fixAllWanted(params.context.only) ? await guard.steps(fixAllRounds(result)) : undefined;
          return codeActions(result, uri, params.context.diagnostics, params.context.only, all, ctx.lang());
        },
      ),
    );
    ctx.connection.onExecuteCommand(
      cancellable(
        ctx,
        (p) => p.arguments?.[0],
        async (params, guard) => {
          if (params.command !== APPLY_FIX_ALL_COMMAND)
            throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
          const uri = params.arguments?.[0];
          if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${APPLY_FIX_ALL_COMMAND} takes the document URI`);
          const result = ctx.analyze(uri);
          if (!result) return { applied: false, fixes: 0 } satisfies ApplyFixAllResult;
          await guard.checkpoint();
          const action = fixAllAction(result, uri, await guard.steps(fixAllRounds(result)), ctx.lang());
          if (!action?.edit) return { applied: false, fixes: 0 } satisfies ApplyFixAllResult;
          // Past this point the edit is sent: the request is no longer cancelled.
          const applied = await ctx.connection.workspace.applyEdit({ label: action.title, edit: action.edit });
          return { applied: applied.applied, title: action.title } satisfies ApplyFixAllResult;
        },
      ),
    );
  },
};
