#!/usr/bin/env bash
# Installs the web pages' npm packages exactly as web/package-lock.json pins them (again only when
# that file changed) and builds web/dist: polkadot-api descriptors from the committed metadata
# (metadata/healthchain.scale), the runtime's error texts from the same file, a type check, and
# the Vite build. Used by scripts/setup.sh, scripts/test.sh and scripts/web.sh.
set -euo pipefail
cd "$(dirname "$0")/../web"

# Vite 8 needs Node.js 20.19 or later (this machine kind has 20.20; Debian 12's own package is 18).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
	echo "web: Node.js $(node --version) is too old for the web pages' build (Vite 8 needs 20.19 or later)" >&2
	exit 1
fi

stamp=node_modules/.healthchain-package-lock.json
if cmp -s package-lock.json "$stamp"; then
	echo "web: npm packages present (web/node_modules)"
else
	echo "web: installing the locked npm packages (npm ci)"
	npm ci --no-audit --no-fund
	cp package-lock.json "$stamp"
fi
echo "web: building web/dist"
npm run --silent build
