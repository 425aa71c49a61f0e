#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): runs `subproc check` with the action's inputs, from the
# npm package named with its version (never a bare `npx subproc`). SUBPROC overrides the command (tests).
# Every command is a bash array (no input is ever word-split into options), `--` ends the options before
# the paths, and the SARIF file is written under the runner's temporary folder, never in the workspace.
set -uo pipefail
version=${INPUT_VERSION:-}
# Semantic versioning 2.0.0 (https://semver.org), nothing else: the version reaches npx as one package name.
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$'
if ! [[ $version =~ $semver ]]; then
  printf 'subproc action: version must be a semantic version such as 0.1.0, not "%s"\n' "$version" >&2
  exit 2
fi
if [ -n "${SUBPROC:-}" ]; then
  read -r -a subproc <<< "$SUBPROC"
else
  subproc=(npx --yes --package "subprocessor-inventory@$version" subproc)
fi
args=(check --format "${INPUT_FORMAT:-github}")
[ -n "${INPUT_POLICY:-}" ] && args+=(--policy "$INPUT_POLICY")
case "${INPUT_FAIL_LEVEL:-error}" in
  error) [ -n "${INPUT_MAX_WARNINGS:-}" ] && args+=(--max-warnings "$INPUT_MAX_WARNINGS") ;;
  warning) args+=(--max-warnings 0) ;;
  none) ;;
  *) echo "subproc action: fail-level must be error, warning or none, not \"$INPUT_FAIL_LEVEL\"" >&2; exit 2 ;;
esac
# Paths are split on spaces; globs stay quoted for subproc to expand.
set -f
read -r -a paths <<< "${INPUT_PATHS:-.}"
"${subproc[@]}" "${args[@]}" -- "${paths[@]}"
code=$?
if [ "${INPUT_UPLOAD_SARIF:-false}" = true ]; then
  sarif=(check --format sarif -o "${RUNNER_TEMP:?RUNNER_TEMP is not set}/subproc.sarif")
  [ -n "${INPUT_POLICY:-}" ] && sarif+=(--policy "$INPUT_POLICY")
  "${subproc[@]}" "${sarif[@]}" -- "${paths[@]}" || true
fi
set +f
echo "exit-code=$code" >> "${GITHUB_OUTPUT:-/dev/null}"
if [ "${INPUT_FAIL_LEVEL:-error}" = none ] && [ "$code" -eq 1 ]; then exit 0; fi
exit "$code"
