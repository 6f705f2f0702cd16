#!/bin/bash
# The image's command (Dockerfile, compose.yaml):
#   entrypoint.sh         nginx on $MAWJAZ_LISTEN in front of our server on $PORT
#   entrypoint.sh node    our server only (lib/serve/server.mjs, which starts Next)
#   entrypoint.sh nginx   nginx only, in front of $MAWJAZ_UPSTREAM (compose's replicas)
# Either process ending ends the container, so the orchestrator restarts it.
set -euo pipefail
cd /app
mode="${1:-both}"

start_nginx() {
  node deploy/render-nginx.mjs > /tmp/nginx/mawjaz.conf
  nginx -c /app/deploy/nginx/container.conf -g 'daemon off;' &
}

case "$mode" in
  node) exec node lib/serve/server.mjs ;;
  nginx) start_nginx ;;
  both) node lib/serve/server.mjs & start_nginx ;;
  *) echo "entrypoint.sh: unknown mode '$mode' (node, nginx or none)" >&2; exit 64 ;;
esac
trap 'kill -TERM $(jobs -p) 2>/dev/null; wait' TERM INT
wait -n
status=$?
kill -TERM $(jobs -p) 2>/dev/null || true
exit "$status"
