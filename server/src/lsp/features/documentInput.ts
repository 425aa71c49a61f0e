/** Which document a request is about, as the language service wants it: an inventory's engine result, or a parsed policy file. */
import { isPolicyFileName, parseYaml, type LintResult, type ParsedYaml } from '../../engine';
import type { ServerContext } from '../context';

interface DocumentInput {
  kind: 'inventory' | 'policy';
  parsed: ParsedYaml;
  result?: LintResult;
}

export function documentInput(ctx: ServerContext, uri: string): DocumentInput | undefined {
  const languageId = ctx.documents.get(uri)?.languageId;
  if (ctx.isInventoryUri(uri, languageId)) {
    const result = ctx.analyze(uri);
    return result ? { kind: 'inventory', parsed: result.parsed, result } : undefined;
  }
  if (languageId === 'subprocessor-policy' || isPolicyFileName(uri)) {
    const current = ctx.textOf(uri);
    return current ? { kind: 'policy', parsed: parseYaml(current.text) } : undefined;
  }
  return undefined;
}
