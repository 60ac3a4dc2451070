//! Which build this is: the crate's version and the commit it was built from
//! (`build.rs` sets `RCG_COMMIT`: the image's `GIT_COMMIT` build argument,
//! else `git rev-parse HEAD`, else `unknown`). Shown by `--version` and in the
//! `rcg_build_info` metric.

/// The crate's version, e.g. `0.1.0`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The commit id the binary was built from (40 hexadecimal digits when known,
/// maybe followed by `-dirty`), or `unknown`.
pub const COMMIT: &str = env!("RCG_COMMIT");

/// What `residence-card-guide --version` prints.
pub fn line() -> String {
    format!("residence-card-guide {VERSION} (commit {COMMIT})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_line_names_the_version_and_the_commit() {
        let line = line();
        assert!(line.starts_with("residence-card-guide 0."), "{line}");
        assert!(line.ends_with(&format!("(commit {COMMIT})")), "{line}");
        let hex = COMMIT.strip_suffix("-dirty").unwrap_or(COMMIT);
        assert!(
            COMMIT == "unknown"
                || ((7..=40).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit())),
            "{COMMIT:?}"
        );
    }
}
