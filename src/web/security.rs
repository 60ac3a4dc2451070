//! Headers on every response: a strict CSP and friends, and `no-store` on every
//! page (answers can reveal that someone applied for asylum). Only the
//! stylesheet sets its own `Cache-Control` and may be cached.

use actix_web::middleware::DefaultHeaders;

use crate::config::AppEnv;

/// No script at all; styles and images only from this site; forms post only here.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; \
     img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// HTTPS only, for a year, once a browser has seen the guide over HTTPS.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000";

/// The headers added to every response that does not set them itself;
/// in production also `Strict-Transport-Security`.
pub fn headers(env: AppEnv) -> DefaultHeaders {
    let headers = match env {
        AppEnv::Development => DefaultHeaders::new(),
        AppEnv::Production => {
            DefaultHeaders::new().add(("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY))
        }
    };
    headers
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Content-Type-Options", "nosniff"))
        // Not no-referrer: with that, Chromium sends `Origin: null` on our own posts.
        .add(("Referrer-Policy", "same-origin"))
        .add(("Cache-Control", "no-store"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ))
}
