import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './lspClient';

/** Every YAML example of the rule pages (docs/rules/**.md, its ```yaml blocks), as written. */
export function ruleExamples(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.md')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) out.push(m[1]!);
      }
    }
  };
  walk(path.join(REPO_ROOT, 'docs', 'rules'));
  return out;
}
