//! The Nu HTML checker (vnu.jar from the npm package `vnu-jar`), run once over
//! a folder of saved pages and the stylesheet.

use std::path::Path;
use std::process::Command;

use crate::harness::{INSTALL_HINT, require_program, require_tool_file};

/// Messages the checker gives that are known and accepted, each with why.
/// Matched as substrings of a GNU-format line.
const ACCEPTED: &[(&str, &str)] = &[];

/// Runs vnu on every `.html` and `.css` file in `dir` and returns each message
/// it prints (errors, warnings and info: a clean run prints nothing) that is
/// not accepted above, in GNU format (`"file":line.col-line.col: error: message`).
pub fn check(dir: &Path) -> Vec<String> {
    let java = require_program("java", "Debian package default-jre-headless");
    let jar = require_tool_file("vnu-jar/build/dist/vnu.jar");
    let out = Command::new(java)
        .arg("-jar")
        .arg(&jar)
        .args(["--format", "gnu", "--also-check-css"])
        .arg(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run java -jar {}: {e}\n{INSTALL_HINT}",
                jar.display()
            )
        });
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let messages: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter(|l| !ACCEPTED.iter().any(|(m, _)| l.contains(m)))
        .map(str::to_owned)
        .collect();
    assert!(
        out.status.success() || !messages.is_empty(),
        "vnu failed without reporting a message:\n{text}"
    );
    messages
}
