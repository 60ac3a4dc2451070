# syntax=docker/dockerfile:1
#
# The guide as a small, non-root container image.
#
#   docker build -t residence-card-guide .
#   docker run --rm -p 8080:8080 -e COOKIE_KEY="$(openssl rand -base64 64 | tr -d '\n')" \
#     residence-card-guide
#
# Build: the official Rust image on Debian bookworm, `cargo build --release
# --locked` (templates, locales and the stylesheet are compiled into the
# binary). Run: distroless `cc` (glibc, libgcc, CA certificates, tzdata; no
# shell, no package manager) as its `nonroot` user (65532). About 30 MB.
#
# Nothing is written to disk at run time, so the root filesystem can be
# read-only. The process is PID 1 and handles SIGTERM itself: it stops
# accepting, lets in-flight requests finish (up to 10 s) and exits 0.

FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY templates ./templates
COPY locales ./locales
COPY static ./static
# The cache mounts keep the registry and compiled dependencies between builds
# (BuildKit); the binary is copied out of the cached target directory.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin residence-card-guide \
    && cp target/release/residence-card-guide /residence-card-guide

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /residence-card-guide /usr/local/bin/residence-card-guide
# Listen on every interface of the container; production requires COOKIE_KEY
# (the start fails with a message without it) and marks the cookie Secure, so
# serve it behind TLS. LOG_FORMAT=json for a log collector. Metrics listen on
# their own port for Prometheus (never on 8080); SIGTERM drains for 10 s.
ENV HOST=0.0.0.0 \
    PORT=8080 \
    METRICS_HOST=0.0.0.0 \
    METRICS_PORT=9464 \
    SHUTDOWN_DRAIN_SECONDS=10 \
    APP_ENV=production \
    LOG_FORMAT=json \
    RUST_LOG=info
EXPOSE 8080 9464
USER nonroot:nonroot
# No shell or curl in the image: the binary probes itself (GET /healthz on
# HOST:PORT). Kubernetes ignores this and uses its own probes (deploy/).
HEALTHCHECK --interval=10s --timeout=3s --start-period=2s --retries=3 \
    CMD ["/usr/local/bin/residence-card-guide", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/residence-card-guide"]
