# Sourced by the other scripts: where builds go and with which profile.
#
# Builds go outside the clone so that a fresh clone (CI) reuses earlier builds on the same
# machine. Override with HEALTHCHAIN_TARGET_DIR.
export CARGO_TARGET_DIR="${HEALTHCHAIN_TARGET_DIR:-$HOME/.cache/healthchain/target}"
# The cargo profile for the dev node and the tests (see Cargo.toml and docs/build.md).
export HEALTHCHAIN_PROFILE="${HEALTHCHAIN_PROFILE:-testnet}"
export HEALTHCHAIN_NODE="$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-node"
mkdir -p "$CARGO_TARGET_DIR"
