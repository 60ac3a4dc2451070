//! Headers on every response: a strict CSP and friends, and `no-store` on every
//! page (answers can reveal that someone applied for asylum). Only the
//! stylesheet sets its own `Cache-Control` and may be cached.

use actix_web::middleware::DefaultHeaders;

/// No script at all; styles and images only from this site; forms post only here.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; \
     img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The headers added to every response that does not set them itself.
pub fn headers() -> DefaultHeaders {
    DefaultHeaders::new()
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
