# syntax=docker/dockerfile:1
# Auscult images, one multi-stage build for every process:
#   docker build --target api     -t auscult-api .       → node apps/api/dist/main.js (serves the dashboard too)
#   docker build --target worker  -t auscult-worker .    → node apps/worker/dist/main.js
#   docker build --target migrate -t auscult-migrate .   → applies migrations, then exits
# docker-compose.yml builds all three from this file.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- manifests: every package.json in its folder, and nothing else --------------------------
# Copying only these into the install stage keeps its layer cached until a dependency changes,
# and picks up a new app or lib without editing this file.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir -p /manifests && cp package.json package-lock.json /manifests/ \
 && for manifest in apps/*/package.json libs/*/package.json; do \
      mkdir -p "/manifests/$(dirname "$manifest")" && cp "$manifest" "/manifests/$manifest"; \
    done

# ---- deps: install exactly what the lockfile says -------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# The lockfile is written and checked with npm 11 (its placeholder entries for other platforms'
# optional binaries are what `npm ci` accepts there); the image's bundled npm 10 is not that npm.
ARG NPM_VERSION=11.19.1
RUN npm install -g --no-audit --no-fund npm@${NPM_VERSION}
COPY --from=manifests /manifests ./
# npm 11 skips dependencies' install scripts by default; say so for every npm, since the packages
# we use ship prebuilt binaries and a script that downloads anything would fail in a sealed build.
RUN npm ci --ignore-scripts --no-audit --no-fund

# ---- build: every project, then drop the dev dependencies -------------------------------------
FROM deps AS build
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_SKIP_NX_CACHE=true
COPY . .
RUN npx nx run-many -t build --output-style=static \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# ---- runtime: production dependencies and the built workspaces -------------------------------
# Whole app and lib folders (a few MB): dist, package.json for the workspace links in
# node_modules/@auscult, and what is read beside dist at run time (the classifier's model/).
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs ./libs
COPY --from=build /app/apps ./apps
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
