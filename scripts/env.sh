# Sourced by the other scripts: where builds go and with which profile.
#
# Builds go outside the clone so that a fresh clone (CI) reuses earlier builds on the same
# machine. Override with HEALTHCHAIN_TARGET_DIR.
export CARGO_TARGET_DIR="${HEALTHCHAIN_TARGET_DIR:-$HOME/.cache/healthchain/target}"
# The cargo profile for the dev node and the tests (see Cargo.toml and docs/build.md).
export HEALTHCHAIN_PROFILE="${HEALTHCHAIN_PROFILE:-testnet}"
export HEALTHCHAIN_NODE="$CARGO_TARGET_DIR/$HEALTHCHAIN_PROFILE/healthchain-node"
# The runtime's wasm is built by a nested cargo outside the clone: point it at this workspace so
# it uses our Cargo.lock, and at the pinned toolchain.
export WASM_BUILD_WORKSPACE_HINT="${WASM_BUILD_WORKSPACE_HINT:-$PWD}"
export WASM_BUILD_TOOLCHAIN="${WASM_BUILD_TOOLCHAIN:-$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)}"
# Where scripts/relay-binaries.sh keeps the relay-chain binaries for zombienet/.
export HEALTHCHAIN_RELAY_BIN="${HEALTHCHAIN_RELAY_BIN:-$HOME/.cache/healthchain/relay-bin}"
mkdir -p "$CARGO_TARGET_DIR"

# Builds the node (with the runtime's wasm), the load generator and every test target with the one
# cargo invocation scripts/test.sh uses: one feature set, so nothing is compiled twice and the node
# the tests built is the one the other scripts run (docs/build.md). Extra arguments go to cargo.
healthchain_build() {
	cargo test --locked --workspace --no-run --profile "$HEALTHCHAIN_PROFILE" "$@"
}

# The crate names of our pallets (`pallet-consent`, …), one per line, from pallets/*/Cargo.toml.
healthchain_pallets() {
	local manifest
	for manifest in pallets/*/Cargo.toml; do
		sed -n 's/^name = "\(.*\)"/\1/p' "$manifest" | head -1
	done
}

# This machine's processors as the measurement pages name them: "2 vCPU (AMD EPYC)".
healthchain_cpu() {
	echo "$(nproc) vCPU ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1))"
}

# Chooses the dev node that scripts/bench.sh and scripts/profile-node.sh measure: the one built in
# profile $1, path in $measured_node. Another profile than the test build's (scripts/release-node.sh
# builds it without a runtime of its own) runs the test build's runtime: its chain spec is
# written from the test build and `--chain <spec>` goes in front of NODE_ARGS.
healthchain_measured_node() {
	local profile="$1" spec
	measured_node="$CARGO_TARGET_DIR/$profile/healthchain-node"
	[[ "$profile" == "$HEALTHCHAIN_PROFILE" ]] && return 0
	[[ -x "$measured_node" ]] || {
		echo "no $profile node at $measured_node: scripts/release-node.sh builds it" >&2
		return 1
	}
	spec="$CARGO_TARGET_DIR/$profile/healthchain-dev-raw.json"
	"$HEALTHCHAIN_NODE" build-spec --dev --raw >"$spec" 2>/dev/null
	export NODE_ARGS="--chain $spec ${NODE_ARGS:-}"
}

# Makes $1/$2, the node's `--dev` raw spec plus 1M accounts, 1M records and 1M packs
# (scripts/storage-state.py, with the options that follow; about 5M keys, a 1.5 GB spec), for the
# runs on a state of a consortium's size (scripts/large-state-blocks.sh,
# scripts/benchmark-storage.sh). The spec carries the runtime the chain runs (its genesis `:code`),
# so it is made again whenever the node's dev spec, scripts/storage-state.py or the options changed
# since it was made (about 11 s to tell, 25 s more to make here): a kept spec would measure an
# old runtime. Their checksum is kept beside it ($1/$2.spec), written last, so an interrupted run
# makes it again.
healthchain_large_state() {
	local dir="$1" name="$2" sum
	shift 2
	mkdir -p "$dir"
	# What the spec is made from: the dev spec, the script that adds the state, its options.
	# (build-spec's log goes to $1/build-spec.log.)
	sum=$({
		"$HEALTHCHAIN_NODE" build-spec --chain dev --raw 2>"$dir/build-spec.log" |
			tee "$dir/dev-raw.json"
		cat scripts/storage-state.py
		echo "$*"
	} | sha256sum | cut -d' ' -f1)
	if [[ -s "$dir/$name" && "$(cat "$dir/$name.spec" 2>/dev/null)" == "$sum" ]]; then
		return 0
	fi
	rm -f "$dir/$name.spec"
	python3 scripts/storage-state.py "$dir/dev-raw.json" "$dir/$name.part" "$@"
	mv "$dir/$name.part" "$dir/$name"
	echo "$sum" >"$dir/$name.spec"
}
