# syntax=docker/dockerfile:1
#
# The guide as a container image of two files in an empty image, run as a
# non-root user: the guide, a statically linked binary that makes no
# outgoing connection, and `residence-card-sources`, the daily check of the
# official pages the guide shows (deploy/sources-check.yaml runs it from this
# image; it carries Mozilla's root certificates in itself). No shell, no
# package manager, no libraries, no CA certificate files.
#
#   docker build -t residence-card-guide .
#   docker run --rm -p 8080:8080 --read-only --cap-drop=all \
#     -e COOKIE_KEY="$(openssl rand -base64 64 | tr -d '\n')" \
#     -e PUBLIC_ORIGIN=https://guide.example -e OPERATOR_NAME="Example" \
#     -e OPERATOR_CONTACT=mailto:guide@example.org residence-card-guide
#
# (podman build --format docker keeps the HEALTHCHECK; podman's default OCI
# format drops it.) `scripts/image` builds this same file without pulling
# anything: it compiles the binary on the machine and passes it in with
# BUILDER (below). The runtime stage at the end is the same either way.
#
# Nothing is written to disk at run time, so the root filesystem can be
# read-only. The process is PID 1 and handles SIGTERM itself: it drains for
# SHUTDOWN_DRAIN_SECONDS (6 by default: `docker stop` and `podman stop` wait
# 10 s before they kill), lets in-flight requests finish and exits 0.

# Where the binaries come from: an image or stage with the static binaries at
# /residence-card-guide and /residence-card-sources. By default the `build` stage below compiles it;
# scripts/image names a local image that holds one built on the host.
ARG BUILDER=build

# The official Rust image compiles a static binary (glibc's crt-static: no
# musl toolchain needed) for the machine's own architecture. `--target` keeps
# the static flag off build scripts and proc macros, which cannot be static.
FROM rust:1-slim-bookworm AS build
# The commit the image is built from (there is no .git in the build context):
#   docker build --build-arg GIT_COMMIT="$(git rev-parse HEAD)" .
# `--version` and the rcg_build_info metric show it; `unknown` without it.
ARG GIT_COMMIT=
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY templates ./templates
COPY locales ./locales
COPY static ./static
COPY sources ./sources
# The cache mounts keep the registry and compiled dependencies between builds
# (BuildKit); the binary is copied out of the cached target directory.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    target="$(rustc -vV | sed -n 's/^host: //p')" \
    && RCG_GIT_COMMIT="$GIT_COMMIT" \
       RUSTFLAGS="-C target-feature=+crt-static -C strip=symbols" \
       cargo build --release --locked --bin residence-card-guide --bin residence-card-sources --target "$target" \
    && cp "target/$target/release/residence-card-guide" "target/$target/release/residence-card-sources" /

FROM ${BUILDER} AS binary

# What runs: the two binaries and nothing else.
FROM scratch
ARG GIT_COMMIT=
LABEL org.opencontainers.image.title="residence-card-guide" \
      org.opencontainers.image.description="Must you book a police appointment to get your Norwegian residence card?" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.revision="${GIT_COMMIT}"
# One COPY, one layer. The entrypoint is the guide; the source check runs
# with `--entrypoint /residence-card-sources` (command: check).
COPY --from=binary /residence-card-guide /residence-card-sources /
# Listen on every interface of the container. Production requires COOKIE_KEY
# or COOKIE_KEY_FILE, PUBLIC_ORIGIN, OPERATOR_NAME and OPERATOR_CONTACT (the
# start fails with a message without them), and marks the cookie Secure: serve
# it behind TLS. Metrics listen on their own port for Prometheus (never on
# 8080): publish it only where Prometheus reaches it.
ENV HOST=0.0.0.0 \
    PORT=8080 \
    METRICS_HOST=0.0.0.0 \
    METRICS_PORT=9464 \
    APP_ENV=production \
    LOG_FORMAT=json \
    RUST_LOG=info
EXPOSE 8080 9464
# A numeric user and group (no /etc/passwd in the image): not root, and the
# same as deploy/deployment.yaml's runAsUser.
USER 65532:65532
# No shell or curl in the image: the binary probes itself (GET /healthz on
# HOST:PORT). Kubernetes ignores this and uses its own probes (deploy/).
HEALTHCHECK --interval=10s --timeout=3s --start-period=2s --retries=3 \
    CMD ["/residence-card-guide", "healthcheck"]
ENTRYPOINT ["/residence-card-guide"]
