#!/usr/bin/env bash
# Step "Build Macrolint": build the action's own code (the checkout of `uses: <owner>/macrolint@<ref>`),
# so the step after it runs exactly the code at that ref, never a package from the registry.
# Environment: GITHUB_ACTION_PATH (the action's folder, set by the runner).
set -euo pipefail
cd "${GITHUB_ACTION_PATH:?}"
# A self-hosted runner keeps the action's folder between jobs: install once per ref.
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
fi
node esbuild.mjs --production
