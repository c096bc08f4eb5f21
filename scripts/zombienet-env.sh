# Sourced by scripts/zombienet.sh and scripts/zombienet-test.sh (after scripts/env.sh): puts the
# relay binaries and our node on PATH and installs zombienet's npm packages (zombienet/package-lock.json)
# when they are missing or stale.
export PATH="$HEALTHCHAIN_RELAY_BIN:$(dirname "$HEALTHCHAIN_NODE"):$PATH"

zombienet_npm_install() {
	local stamp=zombienet/node_modules/.package-lock.json
	if [[ ! -f "$stamp" || zombienet/package-lock.json -nt "$stamp" ]]; then
		echo "zombienet: installing npm packages (zombienet/package-lock.json)"
		(cd zombienet && npm ci --no-audit --no-fund --loglevel=error)
	fi
}
