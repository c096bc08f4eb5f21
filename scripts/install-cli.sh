#!/usr/bin/env bash
# Installs the `healthchain` command line: sets up the machine, builds it with the workspace's one
# cargo invocation (so it reuses the build the tests and the dev node use) and links it into
# $HEALTHCHAIN_BIN_DIR (default ~/.local/bin). Prints where it went.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
healthchain_build
bin_dir="${HEALTHCHAIN_BIN_DIR:-$HOME/.local/bin}"
mkdir -p "$bin_dir"
install -m 0755 "$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain" "$bin_dir/healthchain"
echo "installed $bin_dir/healthchain ($("$bin_dir/healthchain" --version))"
case ":$PATH:" in
*":$bin_dir:"*) ;;
*) echo "add $bin_dir to your PATH (e.g. export PATH=\"$bin_dir:\$PATH\")" ;;
esac
