# Mawjaz: the standalone Next.js server in a small image. See DEPLOY.md.
#   docker build --build-arg NEXT_PUBLIC_SITE_URL=https://mawjaz.example -t mawjaz .
#   docker run -p 3000:3000 mawjaz
# The site URL is baked in at build time: pages, feeds and the sitemap are
# prerendered with it. Pin the base image by digest in your registry mirror
# (node:20.20.2-bookworm-slim@sha256:…) when you promote an image.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# 1. Dependencies, from the lockfile only (cached until it changes).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Build: content check, contentlayer, next build (output: 'standalone').
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
ARG NEXT_PUBLIC_SITE_URL=http://localhost:3000
ENV NEXT_PUBLIC_SITE_URL=${NEXT_PUBLIC_SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Run: server.js with its traced node_modules, the prerendered pages and
# share images (.next/server/app, inside the standalone folder), hashed
# assets and fonts (.next/static) and public/. No npm, no sources.
FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
RUN groupadd --system --gid 10001 mawjaz \
 && useradd --system --uid 10001 --gid mawjaz --home-dir /app --shell /usr/sbin/nologin mawjaz
COPY --from=build --chown=mawjaz:mawjaz /app/.next/standalone ./
COPY --from=build --chown=mawjaz:mawjaz /app/.next/static ./.next/static
COPY --from=build --chown=mawjaz:mawjaz /app/public ./public
USER mawjaz
EXPOSE 3000
# A prerendered page: cheap, and proves routing, the proxy and the disk.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/ar').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server in front of Next (lib/http/front.mjs): 405 for TRACE and
# writes to static files, a shared cache, compression once, and pages
# without Next's client runtime.
CMD ["node", "--import", "./lib/http/front-preload.mjs", "server.js"]
