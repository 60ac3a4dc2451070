//! The stylesheet, embedded in the binary, and its cache-busting URL.

use std::sync::LazyLock;

use super::href;

/// The stylesheet.
pub const STYLESHEET: &str = include_str!("../../static/style.css");

/// The stylesheet's URL, with a hash of its content so it can be cached forever.
pub static STYLESHEET_URL: LazyLock<String> = LazyLock::new(|| {
    // FNV-1a: stable across builds and Rust versions, unlike DefaultHasher.
    let hash = STYLESHEET.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{}?v={hash:016x}", href::STYLESHEET)
});
