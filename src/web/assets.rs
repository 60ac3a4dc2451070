//! The stylesheet and the icon, embedded in the binary, and their
//! cache-busting URLs.

use std::sync::LazyLock;

use super::href;

/// The stylesheet.
pub const STYLESHEET: &str = include_str!("../../static/style.css");

/// The stylesheet's URL, with a hash of its content so it can be cached forever.
pub static STYLESHEET_URL: LazyLock<String> =
    LazyLock::new(|| versioned(href::STYLESHEET, STYLESHEET.as_bytes()));

/// The icon every page links to: a residence card on the guide's blue.
pub const ICON: &str = include_str!("../../static/icon.svg");

/// The icon's URL, versioned like the stylesheet's.
pub static ICON_URL: LazyLock<String> = LazyLock::new(|| versioned(href::ICON, ICON.as_bytes()));

/// The same icon as a 32x32 PNG in an ICO, for `/favicon.ico`, which browsers
/// ask for unasked. Made by `scripts/favicon-ico` from the icon's shapes.
pub const FAVICON_ICO: &[u8] = include_bytes!("../../static/favicon.ico");

/// `path` with a hash of `content`, so that a new content has a new URL.
fn versioned(path: &str, content: &[u8]) -> String {
    // FNV-1a: stable across builds and Rust versions, unlike DefaultHasher.
    let hash = content.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{path}?v={hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_favicon_is_one_32_pixel_png_in_an_ico() {
        let u16_at = |i: usize| u16::from_le_bytes([FAVICON_ICO[i], FAVICON_ICO[i + 1]]);
        let u32_at = |i: usize| {
            u32::from_le_bytes([
                FAVICON_ICO[i],
                FAVICON_ICO[i + 1],
                FAVICON_ICO[i + 2],
                FAVICON_ICO[i + 3],
            ])
        };
        // ICONDIR: reserved 0, type 1 (icon), one image.
        assert_eq!((u16_at(0), u16_at(2), u16_at(4)), (0, 1, 1));
        // ICONDIRENTRY: 32x32, 32 bits a pixel, the image right after it.
        assert_eq!((FAVICON_ICO[6], FAVICON_ICO[7]), (32, 32));
        assert_eq!(u16_at(12), 32);
        let (size, offset) = (u32_at(14) as usize, u32_at(18) as usize);
        assert_eq!(offset, 22);
        assert_eq!(offset + size, FAVICON_ICO.len());
        assert_eq!(&FAVICON_ICO[offset..offset + 8], b"\x89PNG\r\n\x1a\n");
        assert!(FAVICON_ICO.len() < 1024, "{} bytes", FAVICON_ICO.len());
    }

    #[test]
    fn the_icon_is_a_small_svg_with_nothing_to_fetch_or_run() {
        assert!(ICON.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(ICON.len() < 1024);
        for never in ["<script", "href", "url(", "<image", "<foreignObject", "on"] {
            let found = ICON.match_indices(never).any(|(i, _)| {
                // "on" only as the start of an attribute (onload=…).
                never != "on" || ICON[..i].ends_with(' ')
            });
            assert!(!found, "{never}");
        }
        assert!(ICON_URL.starts_with("/static/icon.svg?v="));
        assert_ne!(ICON_URL.as_str(), STYLESHEET_URL.as_str());
    }
}
