#!/usr/bin/env bash
# Regenerates metadata/healthchain.scale (the runtime's metadata V15, which healthchain-client's
# typed API and the web pages' descriptors are generated from) from the runtime itself, natively:
# no node is needed. Run it after changing the runtime, then rebuild and commit the file; the
# client's `committed_metadata_is_the_runtimes` test fails until you do (commit
# web/.papi/descriptors/package.json and web/package-lock.json too if they changed).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
HEALTHCHAIN_UPDATE_METADATA=1 cargo test --locked --workspace --profile "$HEALTHCHAIN_PROFILE" \
	--test runtime -- committed_metadata_is_the_runtimes
ls -l metadata/healthchain.scale
# The web pages' polkadot-api descriptors follow the file (their package.json carries its hash).
scripts/web-build.sh
