# Sportello: multi-stage build (the SPA with Node, the API with Python); the runtime image runs
# as a non-root user, migrates the database, then serves the API and the SPA on one port.
FROM node:20-slim AS spa
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
WORKDIR /app/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend ./
RUN npm run build

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN python -m venv /opt/venv
COPY pyproject.toml README.md alembic.ini ./
COPY api ./api
COPY migrations ./migrations
# Editable install: the package runs from /app, where alembic.ini and migrations/ live.
RUN /opt/venv/bin/pip install -e .

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    SPORTELLO_DATA_DIR=/data
RUN groupadd --system sportello && useradd --system --gid sportello --home /app sportello \
    && mkdir -p /data && chown sportello:sportello /data
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
COPY --from=spa /app/frontend/dist /app/frontend/dist
WORKDIR /app
USER sportello
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health')"
CMD ["sh", "-c", "sportello migrate && exec sportello serve --host 0.0.0.0 --port 8000 --workers ${SPORTELLO_WORKERS:-2}"]
