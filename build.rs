//! Embeds every locale file: `locales/<code>/<area>.ftl` becomes an entry of
//! `LOCALE_FILES` in `$OUT_DIR/locales.rs`, included by `src/i18n`. Adding a
//! language needs no list here: a new folder is picked up on the next build.
//!
//! Also reads the review dates of `sources/lock.toml` for the about page
//! ("last checked against its sources on …"): `OLDEST_REVIEW` in
//! `$OUT_DIR/sources_reviewed.rs`, the day of the review longest ago, or
//! `None` while any source is unreviewed (read by `src/sources/lock.rs`,
//! whose test checks that it agrees with the lock's own reading).
//!
//! Also names the commit the binary is built from, for `--version` and the
//! `rcg_build_info` metric (`RCG_COMMIT`, read by `src/version.rs`): the
//! `RCG_GIT_COMMIT` variable when set (the image build has no `.git`: the
//! Dockerfile passes its `GIT_COMMIT` build argument), else `git rev-parse
//! HEAD`, else `unknown`.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    commit();
    oldest_review();
    let root = manifest_dir().join("locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for folder in std::fs::read_dir(&root).expect("locales/ exists") {
        let folder = folder.expect("locales/ is readable").path();
        if !folder.is_dir() {
            continue;
        }
        println!("cargo::rerun-if-changed={}", folder.display());
        for file in std::fs::read_dir(&folder).expect("a locale folder is readable") {
            let path = file.expect("a locale file is readable").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                println!("cargo::rerun-if-changed={}", path.display());
                let code = name(&folder);
                let area = path.file_stem().expect("a file name").to_string_lossy();
                files.push((code, area.into_owned(), path));
            }
        }
    }
    files.sort();
    let mut out = String::from(
        "/// `(language code, area, source)` of every `locales/<code>/<area>.ftl`, sorted.\n\
         pub const LOCALE_FILES: &[(&str, &str, &str)] = &[\n",
    );
    for (code, area, path) in &files {
        writeln!(
            out,
            "    ({code:?}, {area:?}, include_str!({:?})),",
            path.display()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("locales.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// The crate's folder, as Cargo gives it to this run. Not `env!`, which would
/// be the folder the build script was *compiled* in: Cargo reuses a compiled
/// build script for another checkout of the same crate that shares the
/// target folder, and it would then embed that checkout's messages and name
/// its commit.
fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
}

fn name(path: &Path) -> String {
    path.file_name()
        .expect("a folder name")
        .to_string_lossy()
        .into_owned()
}

/// Sets `RCG_COMMIT` for the crate, and tells Cargo when to look again.
fn commit() {
    println!("cargo::rerun-if-env-changed=RCG_GIT_COMMIT");
    let given = std::env::var("RCG_GIT_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty());
    let commit = match given {
        Some(commit) => {
            let commit = commit.trim().to_owned();
            assert!(
                is_commit(&commit),
                "RCG_GIT_COMMIT (the image's GIT_COMMIT build argument) must be a commit id: \
                 7 to 40 hexadecimal digits, optionally followed by -dirty; not {commit:?}"
            );
            commit
        }
        None => from_git().unwrap_or_else(|| "unknown".to_owned()),
    };
    println!("cargo::rustc-env=RCG_COMMIT={commit}");
}

/// `git rev-parse HEAD` in the crate's folder, watching the files a commit or
/// a checkout changes (`HEAD`, the branch's ref, `packed-refs`).
fn from_git() -> Option<String> {
    let dir = manifest_dir();
    let git = |args: &[&str]| -> Option<String> {
        let output = Command::new("git")
            .args(args)
            .current_dir(&dir)
            .output()
            .ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
    };
    let commit = git(&["rev-parse", "HEAD"]).filter(|c| is_commit(c))?;
    let mut watched = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    watched.extend(git(&["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        if let Some(path) = git(&["rev-parse", "--path-format=absolute", "--git-path", &name])
            && Path::new(&path).exists()
        {
            println!("cargo::rerun-if-changed={path}");
        }
    }
    Some(commit)
}

/// A commit id as `git rev-parse` prints it (whole or abbreviated), with
/// `-dirty` allowed after it.
fn is_commit(value: &str) -> bool {
    let hex = value.strip_suffix("-dirty").unwrap_or(value);
    (7..=40).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Writes `OLDEST_REVIEW`: `Some((year, month, day))` of the oldest
/// `reviewed` in `sources/lock.toml` when every source has one, else `None`.
fn oldest_review() {
    let path = manifest_dir().join("sources/lock.toml");
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).expect("sources/lock.toml exists");
    let table: toml::Table = text.parse().expect("sources/lock.toml is TOML");
    let sources = table
        .get("source")
        .and_then(toml::Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let mut oldest: Option<(i32, u8, u8)> = None;
    let mut all = !sources.is_empty();
    for source in sources {
        let day = source
            .get("reviewed")
            .and_then(toml::Value::as_datetime)
            .and_then(|d| d.date)
            .map(|d| (i32::from(d.year), d.month, d.day));
        match day {
            Some(day) => oldest = Some(oldest.map_or(day, |o| o.min(day))),
            None => all = false,
        }
    }
    let value = match oldest.filter(|_| all) {
        Some((year, month, day)) => format!("Some(({year}, {month}, {day}))"),
        None => "None".to_owned(),
    };
    let out = format!(
        "/// The oldest review in sources/lock.toml, when every source has one.\n\
         const OLDEST_REVIEW: Option<(i32, u8, u8)> = {value};\n"
    );
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("sources_reviewed.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
