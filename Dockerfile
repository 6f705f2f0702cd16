# Mawjaz: nginx in front of our Node server (lib/serve/server.mjs), which
# serves the build's files from disk and hands the rest to Next's standalone
# server. See DEPLOY.md.
#   docker build --build-arg NEXT_PUBLIC_SITE_URL=https://mawjaz.example -t mawjaz .
#   docker run -p 8080:8080 mawjaz
# compose.yaml runs the same image as nginx, N Node replicas and Redis.
# The site URL is baked in at build time: pages, feeds and the sitemap are
# prerendered with it. Pin the base image by digest in your registry mirror
# (node:22.23.5-bookworm-slim@sha256:…) when you promote an image.
ARG NODE_IMAGE=node:22.23.5-bookworm-slim

# 1. Dependencies, from the lockfile only (cached until it changes).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Build: content check, contentlayer, next build (output: 'standalone'),
# then postbuild: the served tree (every prerendered page and static file,
# Brotli 11 and gzip 9 beside each) and our server, copied into the
# standalone folder.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
ARG NEXT_PUBLIC_SITE_URL=http://localhost:8080
ENV NEXT_PUBLIC_SITE_URL=${NEXT_PUBLIC_SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Run: Debian's nginx (gzip_static built in; brotli_static from
# libnginx-mod-http-brotli-static) and the standalone folder: server.js with
# its traced node_modules, our server and sirv, the served tree, public/,
# .next/static and the briefings' sources. No npm, no sources.
FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=127.0.0.1 \
    MAWJAZ_LISTEN=8080 \
    MAWJAZ_UPSTREAM=127.0.0.1:3000 \
    MAWJAZ_CACHE_DIR=/var/cache/mawjaz \
    MAWJAZ_FILES=/app/.next/mawjaz-site/files
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 mawjaz \
 && useradd --system --uid 10001 --gid mawjaz --home-dir /app --shell /usr/sbin/nologin mawjaz \
 && mkdir -p /var/cache/mawjaz /tmp/nginx \
 && chown mawjaz:mawjaz /var/cache/mawjaz /tmp/nginx
COPY --from=build --chown=mawjaz:mawjaz /app/.next/standalone ./
COPY --from=build --chown=mawjaz:mawjaz /app/deploy/entrypoint.sh /app/deploy/render-nginx.mjs ./deploy/
COPY --from=build --chown=mawjaz:mawjaz /app/deploy/nginx ./deploy/nginx
USER mawjaz
EXPOSE 8080
# A prerendered page through nginx: proves nginx, our server and the disk.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.MAWJAZ_LISTEN || 8080) + '/ar').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# nginx and our server (which starts Next), each stopping the container if
# it stops: deploy/entrypoint.sh. `node` or `nginx` as argument runs one.
CMD ["/app/deploy/entrypoint.sh"]
