#!/usr/bin/env bash
# Step "Run macrolint": the inputs become command-line options of the CLI built by build.sh.
# Environment: GITHUB_ACTION_PATH, INPUT_PATHS, INPUT_CONFIG, INPUT_CHANGED_SINCE, INPUT_FORMAT,
# INPUT_OUTPUT_FILE, INPUT_FAIL_ON_WARNINGS, EVENT_NAME, BASE_REF.
set -euo pipefail
args=(--format "${INPUT_FORMAT:-github}")
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
if [ -n "${INPUT_OUTPUT_FILE:-}" ]; then args+=(--output-file "$INPUT_OUTPUT_FILE"); fi
if [ "${INPUT_FAIL_ON_WARNINGS:-false}" = "true" ]; then args+=(--max-warnings 0); fi
since="${INPUT_CHANGED_SINCE:-}"
if [ -z "$since" ] && [ "${EVENT_NAME:-}" = "pull_request" ]; then since="origin/${BASE_REF:?}"; fi
if [ -n "$since" ] && [ "$since" != "none" ]; then args+=(--changed-since "$since"); fi
# Paths are split on whitespace on purpose (globs are expanded by macrolint, not the shell).
set -f
if [ -n "${INPUT_PATHS:-}" ]; then args+=($INPUT_PATHS); fi
set +f
exec node "${GITHUB_ACTION_PATH:?}/bin/macrolint.js" "${args[@]}"
