/**
 * Code actions: quick fixes attached to their diagnostics, "fix all" as `source.fixAll.subprocessors`
 * (for `editor.codeActionsOnSave`), and the command `subprocessors.applyFixAll` that applies it through
 * `workspace/applyEdit` (the client's "Fix all" command calls it).
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { CODE_ACTION_KINDS, codeActions, fixAllAction } from '../../languageService/codeActions';
import type { FeatureModule } from '../context';

export const APPLY_FIX_ALL_COMMAND = 'subprocessors.applyFixAll';

export const codeActionsFeature: FeatureModule = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    executeCommandProvider: { commands: [APPLY_FIX_ALL_COMMAND] },
  }),
  register(ctx) {
    ctx.connection.onCodeAction((params) => {
      const uri = params.textDocument.uri;
      if (!ctx.isInventoryUri(uri, ctx.documents.get(uri)?.languageId)) return [];
      const result = ctx.analyze(uri);
      if (!result) return [];
      return codeActions(result, uri, params.context.diagnostics, params.context.only);
    });
    ctx.connection.onExecuteCommand(async (params) => {
      if (params.command !== APPLY_FIX_ALL_COMMAND) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
      const uri = params.arguments?.[0];
      if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${APPLY_FIX_ALL_COMMAND} takes the document URI`);
      const result = ctx.analyze(uri);
      const action = result && fixAllAction(result, uri);
      if (!action?.edit) return { applied: false, fixes: 0 };
      const applied = await ctx.connection.workspace.applyEdit({ label: 'Fix all safe problems', edit: action.edit });
      return { applied: applied.applied, title: action.title };
    });
  },
};
