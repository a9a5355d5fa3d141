#!/usr/bin/env bash
# Step "Fetch the pull request base": actions/checkout is shallow by default, so fetch the base branch
# and deepen both histories until they meet (--changed-since compares with their merge base).
# Environment: BASE_REF (the pull request's base branch).
set -euo pipefail
base="refs/remotes/origin/${BASE_REF:?}"
git fetch --no-tags --depth=1 origin "+refs/heads/${BASE_REF}:${base}"
for deepen in 10 100 1000; do
  if [ "$(git rev-parse --is-shallow-repository)" != true ] || git merge-base HEAD "$base" >/dev/null 2>&1; then
    exit 0
  fi
  git fetch --no-tags --deepen="$deepen" origin "+refs/heads/${BASE_REF}:${base}"
done
if ! git merge-base HEAD "$base" >/dev/null 2>&1; then
  git fetch --no-tags --unshallow origin "+refs/heads/${BASE_REF}:${base}"
fi
