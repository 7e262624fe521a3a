# syntax=docker/dockerfile:1
# LetsCoop: the API serves the GraphQL endpoint and the built web app on one port.
#   docker build -t letscoop .
#   docker run -p 3000:3000 -e DATABASE_URL=postgres://... letscoop
# or `docker compose up` (docker-compose.yml: PostgreSQL 18 + this image).

# --- build: install everything, compile libs/domain, apps/api and apps/web ----------------
FROM node:20-bookworm-slim AS build
# The image's npm 10 cannot install this lockfile's Vite 8; use the npm the lockfile was made with.
RUN npm install -g npm@11.19.1 && npm cache clean --force
WORKDIR /app
# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json package-lock.json .npmrc ./
COPY libs/domain/package.json libs/domain/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# --- deps: production dependencies only ---------------------------------------------------
FROM node:20-bookworm-slim AS deps
RUN npm install -g npm@11.19.1 && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY libs/domain/package.json libs/domain/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Code and dependencies stay owned by root (read-only for the app). The deps stage brings
# package.json files and node_modules, including the workspace links @letscoop/* -> libs/*,
# apps/*; the build stage brings the compiled dist folders.
COPY --from=deps /app ./
COPY --from=build /app/libs/domain/dist ./libs/domain/dist
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# Without DATABASE_URL the app starts an embedded PostgreSQL in ./.pgdata: give the `node`
# user that one writable directory (mount a volume there to keep its data).
RUN mkdir -p /app/.pgdata && chown node:node /app/.pgdata
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
