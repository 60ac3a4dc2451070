//! Embeds every locale file: `locales/<code>/<area>.ftl` becomes an entry of
//! `LOCALE_FILES` in `$OUT_DIR/locales.rs`, included by `src/i18n`. Adding a
//! language needs no list here: a new folder is picked up on the next build.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
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

fn name(path: &Path) -> String {
    path.file_name()
        .expect("a folder name")
        .to_string_lossy()
        .into_owned()
}
