#!/usr/bin/env bash
# Builds and serves HealthChain's web pages (web/): Verify a pack, My consents, Audit.
#
#   scripts/web.sh                      # against the dev node at ws://127.0.0.1:9944
#   scripts/web.sh --node wss://node.example.org --port 8080 --host 0.0.0.0
#
# Builds the pages for that node (their default; a browser may still choose another at the foot
# of each page), prints their address and serves until interrupted. The pages are static files
# (web/dist); any web server can serve them instead. A camera is only given to pages
# served over https or from localhost (the browser's rule); typing, pasting and photos work
# everywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

node_url="ws://127.0.0.1:9944"
port=8080
host=127.0.0.1
while (($#)); do
	case "$1" in
	--node) node_url="$2"; shift 2 ;;
	--port) port="$2"; shift 2 ;;
	--host) host="$2"; shift 2 ;;
	-h | --help) sed -n '2,11p' "$0"; exit 0 ;;
	*) echo "web.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
case "$node_url" in
ws://* | wss://*) ;;
*) echo "web.sh: --node takes a WebSocket address (ws://… or wss://…), not $node_url" >&2; exit 2 ;;
esac

VITE_HEALTHCHAIN_NODE="$node_url" scripts/web-build.sh
shown_host="$host"
if [ "$host" = "0.0.0.0" ]; then shown_host="$(hostname -I 2>/dev/null | cut -d' ' -f1)"; fi
echo
echo "HealthChain web pages: http://${shown_host:-127.0.0.1}:${port}/"
echo "  against the node at $node_url (Ctrl-C stops)"
echo
cd web
exec npx vite preview --host "$host" --port "$port" --strictPort --logLevel warn
