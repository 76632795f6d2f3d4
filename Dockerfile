# syntax=docker/dockerfile:1
# Auscult images, one multi-stage build for every process:
#   docker build --target api     -t auscult-api .       → node apps/api/dist/main.js (serves the dashboard too)
#   docker build --target worker  -t auscult-worker .    → node apps/worker/dist/main.js
#   docker build --target migrate -t auscult-migrate .   → applies migrations, then exits
# docker-compose.yml builds all three from this file.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: install exactly what the lockfile says -------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# The lockfile is written and checked with npm 11 (its placeholder entries for other platforms'
# optional binaries are what `npm ci` accepts there); the image's bundled npm 10 is not that npm.
ARG NPM_VERSION=11.19.1
RUN npm install -g --no-audit --no-fund npm@${NPM_VERSION}
# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/dashboard/package.json apps/dashboard/
COPY libs/contracts/package.json libs/contracts/
COPY libs/config/package.json libs/config/
COPY libs/classifier/package.json libs/classifier/
COPY libs/connectors/package.json libs/connectors/
COPY libs/persistence/package.json libs/persistence/
# npm 11 skips dependencies' install scripts by default; say so for every npm, since the packages
# we use ship prebuilt binaries and a script that downloads anything would fail in a sealed build.
RUN npm ci --ignore-scripts --no-audit --no-fund

# ---- build: every project, then drop the dev dependencies -------------------------------------
FROM deps AS build
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true
COPY . .
RUN npx nx run-many -t build --output-style=static \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# ---- runtime: only what the processes read at run time ----------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/contracts/package.json libs/contracts/
COPY --from=build /app/libs/contracts/dist libs/contracts/dist
COPY --from=build /app/libs/config/package.json libs/config/
COPY --from=build /app/libs/config/dist libs/config/dist
COPY --from=build /app/libs/classifier/package.json libs/classifier/
COPY --from=build /app/libs/classifier/dist libs/classifier/dist
# The trained model is read beside dist at start-up (libs/classifier/src/model-location.ts).
COPY --from=build /app/libs/classifier/model libs/classifier/model
COPY --from=build /app/libs/connectors/package.json libs/connectors/
COPY --from=build /app/libs/connectors/dist libs/connectors/dist
COPY --from=build /app/libs/persistence/package.json libs/persistence/
COPY --from=build /app/libs/persistence/dist libs/persistence/dist
COPY --from=build /app/apps/worker/package.json apps/worker/
COPY --from=build /app/apps/worker/dist apps/worker/dist
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/dashboard/package.json apps/dashboard/
COPY --from=build /app/apps/dashboard/dist apps/dashboard/dist
USER node

FROM runtime AS migrate
# Applies pending migrations to DATABASE_URL; docker-compose also seeds the demo data with it.
CMD ["node", "libs/persistence/dist/cli/migrate.js"]

FROM runtime AS worker
CMD ["node", "apps/worker/dist/main.js"]

# Last, so a plain `docker build .` gives the API.
FROM runtime AS api
ENV PORT=3000 DASHBOARD_DIST=/app/apps/dashboard/dist
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
