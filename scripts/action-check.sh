#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): runs `subproc check` with the action's inputs, from the
# npm package named with its version (never a bare `npx subproc`). SUBPROC overrides the command (tests).
set -uo pipefail
subproc=${SUBPROC:-npx --yes --package "subprocessor-inventory@${INPUT_VERSION:?}" subproc}
args=(check --format "${INPUT_FORMAT:-github}")
[ -n "${INPUT_POLICY:-}" ] && args+=(--policy "$INPUT_POLICY")
case "${INPUT_FAIL_LEVEL:-error}" in
  error) [ -n "${INPUT_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$INPUT_MAX_WARNINGS") ;;
  warning) args+=(--max-warnings 0) ;;
  none) ;;
  *) echo "subproc action: fail-level must be error, warning or none, not \"$INPUT_FAIL_LEVEL\"" >&2; exit 2 ;;
esac
# Paths are split on spaces; globs stay quoted for subproc to expand.
read -r -a paths <<< "${INPUT_PATHS:-.}"
set -f
$subproc "${args[@]}" "${paths[@]}"
code=$?
if [ "${INPUT_UPLOAD_SARIF:-false}" = true ]; then
  sarif=(check --format sarif -o subproc.sarif)
  [ -n "${INPUT_POLICY:-}" ] && sarif+=(--policy "$INPUT_POLICY")
  $subproc "${sarif[@]}" "${paths[@]}" || true
fi
set +f
echo "exit-code=$code" >> "${GITHUB_OUTPUT:-/dev/null}"
if [ "${INPUT_FAIL_LEVEL:-error}" = none ] && [ "$code" -eq 1 ]; then exit 0; fi
exit "$code"
