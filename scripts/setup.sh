#!/usr/bin/env bash
# Installs everything HealthChain needs to build and test, idempotently: Debian packages, the
# pinned Rust toolchain with its wasm target and components, and the FHIR validator's Python venv.
# Safe to run every time; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# protobuf-compiler: litep2p's build; clang/libclang-dev: rocksdb bindings; mold: fast linking
# (see .cargo/config.toml); make, pkg-config, git: build scripts; zstd: compressing a runtime for
# an upgrade (scripts/upgrade-runtime.sh);
# chromium, fonts-dejavu-core: the web pages' browser tests (web/tests/, driven by playwright-core).
DEBIAN_PACKAGES=(protobuf-compiler clang libclang-dev mold make pkg-config git curl zstd
	chromium fonts-dejavu-core)
# Node.js and npm run zombienet (zombienet/) and build and test the web pages (web/, which need
# Node.js 20.19 or later); a machine that has its own Node.js keeps it.
if ! command -v npm >/dev/null 2>&1; then DEBIAN_PACKAGES+=(nodejs npm); fi
# Python 3 with venv runs the FHIR validator of the end-to-end tests (below); a machine that has
# its own Python 3 with venv and ensurepip keeps it.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
	DEBIAN_PACKAGES+=(python3 python3-venv)
fi

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
	echo "setup: installing Debian packages: ${missing[*]}"
	SUDO=""
	if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
	echo "setup: Debian packages present"
fi

# The toolchain named in rust-toolchain.toml, with its target and components.
if ! command -v rustup >/dev/null 2>&1; then
	echo "setup: rustup is required (the machine's Rust toolchain is managed by rustup)" >&2
	exit 1
fi
TOOLCHAIN="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
rustup toolchain install "$TOOLCHAIN" --profile minimal \
	--component rust-src,clippy,rustfmt --target wasm32v1-none >/dev/null 2>&1 ||
	rustup toolchain install "$TOOLCHAIN" --profile minimal \
		--component rust-src,clippy,rustfmt --target wasm32v1-none
rustup target add --toolchain "$TOOLCHAIN" wasm32v1-none >/dev/null
rustup component add --toolchain "$TOOLCHAIN" rust-src clippy rustfmt >/dev/null
echo "setup: Rust $TOOLCHAIN with wasm32v1-none, rust-src, clippy, rustfmt"

# The FHIR R5 validator (scripts/fhir_validate.py; node/tests/fhir.rs runs it on the node's FHIR
# output): the pinned scripts/requirements-fhir.txt in a venv of its own, rebuilt only when that
# file changes. scripts/test.sh points the tests at its python.
FHIR_VENV="$HOME/.cache/healthchain/venv"
FHIR_REQUIREMENTS=scripts/requirements-fhir.txt
if cmp -s "$FHIR_REQUIREMENTS" "$FHIR_VENV/requirements-fhir.txt" &&
	"$FHIR_VENV/bin/python" -c 'import fhir.resources' >/dev/null 2>&1; then
	echo "setup: FHIR validator present ($FHIR_VENV)"
else
	echo "setup: installing the FHIR validator ($FHIR_REQUIREMENTS) into $FHIR_VENV"
	rm -f "$FHIR_VENV/requirements-fhir.txt"
	python3 -m venv --clear "$FHIR_VENV"
	"$FHIR_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
		-r "$FHIR_REQUIREMENTS"
	cp "$FHIR_REQUIREMENTS" "$FHIR_VENV/requirements-fhir.txt"
fi

# The web pages (web/): their npm packages exactly as web/package-lock.json pins them, and the
# built pages (web/dist), which scripts/web.sh serves and web/tests/ drives in Chromium.
scripts/web-build.sh
