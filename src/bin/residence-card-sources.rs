//! `residence-card-sources`: are the official pages the guide shows still
//! saying what they said when a person last read them against the guide?
//!
//! Everything but the fetching is in `residence_card_guide::sources`; this
//! file is the command and the HTTP client. The guide's server is another
//! binary and does not link this one's client: it makes no outgoing
//! connection.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use residence_card_guide::i18n::Lang;
use residence_card_guide::operator;
use residence_card_guide::sources::lock::{self, Entry, Hash, Lock, Review};
use residence_card_guide::sources::report::{Checked, Fetched, Hop, judge};
use residence_card_guide::sources::{Address, pages, text};
use residence_card_guide::version;

const USAGE: &str = "\
residence-card-sources: the official pages the guide shows, checked against
the review of each in sources/lock.toml.

  residence-card-sources list
      every external address the pages show, with their languages
  residence-card-sources check [URL...] [--json] [--lock PATH] [--rewrite FROM=TO]... [--timeout SECONDS]
      fetch each address (or only the URLs given) and compare its main text
      with the lock, one line a source: unchanged, changed (each paragraph,
      with its live text), moved, gone, unreachable or unreviewed. Exits 0
      only when every source is unchanged, 1 otherwise, 2 when it cannot run
  residence-card-sources accept URL... --by NAME [--lock PATH] [--rewrite FROM=TO]... [--timeout SECONDS]
      record each page as it is now, read against the guide by NAME today
  residence-card-sources lock [--lock PATH]
      bring the lock's list of addresses up to date with the pages (new
      ones unreviewed, reviews kept, addresses no page shows dropped)
  residence-card-sources text URL [--rewrite FROM=TO]... [--timeout SECONDS]
      print the page's main text as the check reads it, paragraph by paragraph

--lock: the lock file (default sources/lock.toml; `check` reads the lock built
into the binary when there is no such file, as in the container image).
--rewrite: fetch addresses that start with FROM from TO instead (a mirror, a
test server); reports name the real addresses. --timeout: for each request
(default 30). `check` and `accept` name the operator to the sites they ask:
OPERATOR_CONTACT (mailto: or https:) must be set.";

/// How long one request may take, unless `--timeout` says otherwise.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Redirects followed before a source is unreachable.
const MOST_REDIRECTS: usize = 10;
/// The most of a page that is read.
const MOST_BYTES: u64 = 8 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => return usage_error("a command is needed"),
    };
    let result = match command {
        "list" => Options::parse(rest, &[]).and_then(|o| list(&o)),
        "check" => Options::parse(rest, &["--json", "--lock", "--rewrite", "--timeout"])
            .and_then(|o| check(&o)),
        "accept" => Options::parse(rest, &["--by", "--lock", "--rewrite", "--timeout"])
            .and_then(|o| accept(&o)),
        "lock" => Options::parse(rest, &["--lock"]).and_then(|o| sync(&o)),
        "text" => Options::parse(rest, &["--rewrite", "--timeout"]).and_then(|o| show(&o)),
        "-V" | "--version" => {
            // "residence-card-sources, of residence-card-guide 0.1.0 (commit …)".
            println!("residence-card-sources, of {}", version::line());
            return ExitCode::SUCCESS;
        }
        "-h" | "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => return usage_error(&format!("unknown command {other:?}")),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Usage(why)) => usage_error(&why),
        Err(Failure::Cannot(why)) => {
            eprintln!("residence-card-sources: {why}");
            ExitCode::from(2)
        }
    }
}

fn usage_error(why: &str) -> ExitCode {
    eprintln!("residence-card-sources: {why}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Why a command did not run.
enum Failure {
    /// The arguments are wrong: the usage is printed.
    Usage(String),
    /// Something it needs is missing or broken.
    Cannot(String),
}

/// `--rewrite FROM=TO`.
struct Rewrite {
    from: String,
    to: String,
}

/// The arguments after the command.
struct Options {
    urls: Vec<Address>,
    json: bool,
    lock: Option<PathBuf>,
    rewrites: Vec<Rewrite>,
    timeout: Duration,
    by: Option<String>,
}

impl Options {
    /// Parses `args`, accepting only the flags in `allowed`.
    fn parse(args: &[String], allowed: &[&str]) -> Result<Options, Failure> {
        let mut options = Options {
            urls: Vec::new(),
            json: false,
            lock: None,
            rewrites: Vec::new(),
            timeout: TIMEOUT,
            by: None,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            if !flag.starts_with("--") {
                let url = Address::parse(arg).map_err(|e| Failure::Usage(e.to_string()))?;
                options.urls.push(url);
                continue;
            }
            if !allowed.contains(&flag) {
                return Err(Failure::Usage(format!(
                    "{flag} is not an option of this command"
                )));
            }
            if flag == "--json" {
                options.json = true;
                continue;
            }
            let value = match inline {
                Some(value) => value,
                None => args
                    .next()
                    .cloned()
                    .ok_or_else(|| Failure::Usage(format!("{flag} needs a value")))?,
            };
            match flag {
                "--lock" => options.lock = Some(PathBuf::from(value)),
                "--by" if !value.trim().is_empty() => options.by = Some(value.trim().to_owned()),
                "--by" => return Err(Failure::Usage("--by needs a name".into())),
                "--timeout" => {
                    let seconds: u64 = value
                        .parse()
                        .ok()
                        .filter(|s| (1..=600).contains(s))
                        .ok_or_else(|| {
                            Failure::Usage(format!("--timeout {value:?}: whole seconds, 1 to 600"))
                        })?;
                    options.timeout = Duration::from_secs(seconds);
                }
                "--rewrite" => {
                    let (from, to) = value
                        .split_once('=')
                        .filter(|(from, to)| !from.is_empty() && !to.is_empty())
                        .ok_or_else(|| Failure::Usage(format!("--rewrite {value:?}: FROM=TO")))?;
                    options.rewrites.push(Rewrite {
                        from: from.to_owned(),
                        to: to.to_owned(),
                    });
                }
                _ => unreachable!("every allowed flag is handled"),
            }
        }
        Ok(options)
    }

    /// The addresses to work on: those given, each of which must be one the
    /// pages show, or (`every` is true and none given) all of them.
    fn addresses(
        &self,
        shown: &BTreeMap<Address, Vec<Lang>>,
        every: bool,
    ) -> Result<Vec<Address>, Failure> {
        if self.urls.is_empty() {
            return if every {
                Ok(shown.keys().cloned().collect())
            } else {
                Err(Failure::Usage("name at least one URL".into()))
            };
        }
        for url in &self.urls {
            if !shown.contains_key(url) {
                return Err(Failure::Usage(format!(
                    "no page of the guide links to {url} (`residence-card-sources list` shows every address)"
                )));
            }
        }
        Ok(self.urls.clone())
    }

    fn lock_path(&self) -> PathBuf {
        self.lock
            .clone()
            .unwrap_or_else(|| PathBuf::from(lock::PATH))
    }
}

fn shown() -> Result<BTreeMap<Address, Vec<Lang>>, Failure> {
    pages::addresses().map_err(|e| Failure::Cannot(format!("a page did not render: {e}")))
}

fn read_lock(path: &Path) -> Result<Lock, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Cannot(format!("cannot read {}: {e}", path.display())))?;
    Lock::parse(&text).map_err(|e| Failure::Cannot(format!("{}: {e}", path.display())))
}

fn write_lock(path: &Path, lock: &Lock) -> Result<(), Failure> {
    let partial = path.with_extension("toml.partial");
    std::fs::write(&partial, lock.to_toml())
        .and_then(|()| std::fs::rename(&partial, path))
        .map_err(|e| Failure::Cannot(format!("cannot write {}: {e}", path.display())))
}

fn list(options: &Options) -> Result<ExitCode, Failure> {
    if !options.urls.is_empty() {
        return Err(Failure::Usage("list takes no URL".into()));
    }
    for (address, langs) in shown()? {
        let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
        println!("{address}  {}", codes.join(" "));
    }
    Ok(ExitCode::SUCCESS)
}

fn check(options: &Options) -> Result<ExitCode, Failure> {
    let fetcher = Fetcher::new(options)?;
    let shown = shown()?;
    let addresses = options.addresses(&shown, true)?;
    let path = options.lock_path();
    let (lock, lock_name) = if options.lock.is_none() && !path.exists() {
        let lock = Lock::parse(lock::EMBEDDED)
            .map_err(|e| Failure::Cannot(format!("the built-in lock: {e}")))?;
        (
            lock,
            format!("the lock built into this binary ({})", version::line()),
        )
    } else {
        (read_lock(&path)?, path.display().to_string())
    };
    let noun = if addresses.len() == 1 {
        "source"
    } else {
        "sources"
    };
    eprintln!(
        "residence-card-sources: {} {noun}, against {lock_name}",
        addresses.len()
    );
    let stale: Vec<&Address> = lock
        .sources
        .keys()
        .filter(|a| !shown.contains_key(*a))
        .collect();
    for address in &stale {
        eprintln!(
            "residence-card-sources: the lock lists {address}, which no page shows any more: run `{}`",
            lock::SYNC_COMMAND
        );
    }
    let mut checked = Vec::new();
    let mut out = std::io::stdout().lock();
    for url in addresses {
        let verdict = judge(&url, lock.sources.get(&url), fetcher.fetch(&url));
        let one = Checked { url, verdict };
        if !options.json {
            // Each line as soon as it is known: a slow site shows where it is.
            let _ = out.write_all(one.lines().as_bytes());
            let _ = out.flush();
        }
        checked.push(one);
    }
    if options.json {
        let report = serde_json::json!({ "lock": lock_name, "sources": checked });
        let _ = writeln!(out, "{report:#}");
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for one in &checked {
        *counts.entry(one.verdict.word()).or_default() += 1;
    }
    let counts: Vec<String> = counts.iter().map(|(w, n)| format!("{n} {w}")).collect();
    eprintln!("residence-card-sources: {}", counts.join(", "));
    let all_unchanged = checked.iter().all(|c| c.verdict.word() == "unchanged");
    Ok(if all_unchanged && stale.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn accept(options: &Options) -> Result<ExitCode, Failure> {
    let by = options
        .by
        .clone()
        .ok_or_else(|| Failure::Usage("accept needs --by NAME: who read the pages".into()))?;
    let fetcher = Fetcher::new(options)?;
    let addresses = options.addresses(&shown()?, false)?;
    let path = options.lock_path();
    let mut lock = read_lock(&path)?;
    let today = time::OffsetDateTime::now_utc().date();
    let mut failed = false;
    for url in addresses {
        match fetcher.fetch(&url) {
            Fetched::Page { landed, html, .. } => {
                let paragraphs: Vec<Hash> = text::paragraphs(&html)
                    .iter()
                    .map(|p| Hash::of(p))
                    .collect();
                let moved = (landed != url).then_some(landed);
                let whither = moved
                    .as_ref()
                    .map_or_else(String::new, |to| format!(", landing at {to}"));
                println!(
                    "accepted    {url}  ({} paragraphs{whither}; reviewed {today} by {by})",
                    paragraphs.len()
                );
                let review = Review {
                    date: today,
                    by: by.clone(),
                    lands_at: moved,
                    paragraphs,
                };
                lock.sources.insert(url, Entry::Reviewed(review));
            }
            Fetched::Gone { status, .. } => {
                failed = true;
                println!("not accepted {url}  (HTTP {status}: change the guide's link first)");
            }
            Fetched::Failed { reason } => {
                failed = true;
                println!("not accepted {url}  ({reason})");
            }
        }
    }
    write_lock(&path, &lock)?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn sync(options: &Options) -> Result<ExitCode, Failure> {
    if !options.urls.is_empty() {
        return Err(Failure::Usage("lock takes no URL".into()));
    }
    let path = options.lock_path();
    let old = if path.exists() {
        read_lock(&path)?
    } else {
        Lock::default()
    };
    let addresses: BTreeSet<Address> = shown()?.into_keys().collect();
    let new = old.synced(&addresses);
    for address in addresses.iter().filter(|a| !old.sources.contains_key(*a)) {
        println!("added       {address}  (unreviewed)");
    }
    for address in old.sources.keys().filter(|a| !addresses.contains(*a)) {
        println!("dropped     {address}  (no page shows it)");
    }
    let reviewed = new
        .sources
        .values()
        .filter(|e| matches!(e, Entry::Reviewed(_)))
        .count();
    write_lock(&path, &new)?;
    println!(
        "{}: {} sources, {reviewed} reviewed",
        path.display(),
        new.sources.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn show(options: &Options) -> Result<ExitCode, Failure> {
    let [url] = options.urls.as_slice() else {
        return Err(Failure::Usage("text takes one URL".into()));
    };
    let fetcher = Fetcher::new(options)?;
    match fetcher.fetch(url) {
        Fetched::Page { landed, html, .. } => {
            if landed != *url {
                eprintln!("residence-card-sources: {url} redirects to {landed}");
            }
            for (n, paragraph) in text::paragraphs(&html).iter().enumerate() {
                println!("{:>3} {}  {paragraph}", n + 1, Hash::of(paragraph));
            }
            Ok(ExitCode::SUCCESS)
        }
        Fetched::Gone { status, .. } => Err(Failure::Cannot(format!("{url}: HTTP {status}"))),
        Fetched::Failed { reason } => Err(Failure::Cannot(format!("{url}: {reason}"))),
    }
}

/// Fetches pages one at a time, naming the guide and its operator.
struct Fetcher {
    agent: ureq::Agent,
    rewrites: Vec<Rewrite>,
    timeout: Duration,
}

impl Fetcher {
    fn new(options: &Options) -> Result<Fetcher, Failure> {
        let contact = std::env::var("OPERATOR_CONTACT").unwrap_or_default();
        let contact = operator::Address::parse(&contact)
            .ok()
            .filter(|a| a.as_str().is_ascii())
            .ok_or_else(|| {
                Failure::Cannot(
                    "set OPERATOR_CONTACT (a mailto: or https: address, as the guide's own): \
                     the sites asked see it in the User-Agent, to reach whoever runs the check"
                        .into(),
                )
            })?;
        let user_agent = format!(
            "residence-card-guide-sources/{} (checks the official pages a residence card guide cites, once a day; +{})",
            env!("CARGO_PKG_VERSION"),
            contact.as_str()
        );
        let agent = ureq::Agent::config_builder()
            .user_agent(user_agent)
            .timeout_global(Some(options.timeout))
            // Each redirect is followed here, to report it.
            .max_redirects(0)
            .http_status_as_error(false)
            .build()
            .new_agent();
        Ok(Fetcher {
            agent,
            rewrites: options
                .rewrites
                .iter()
                .map(|r| Rewrite {
                    from: r.from.clone(),
                    to: r.to.clone(),
                })
                .collect(),
            timeout: options.timeout,
        })
    }

    /// Where a request for `address` goes: the longest `--rewrite` prefix
    /// it starts with, replaced.
    fn request_url(&self, address: &Address) -> String {
        let text = address.as_str();
        self.rewrites
            .iter()
            .filter(|r| text.starts_with(&r.from))
            .max_by_key(|r| r.from.len())
            .map_or_else(
                || text.to_owned(),
                |r| format!("{}{}", r.to, &text[r.from.len()..]),
            )
    }

    /// The real address of a URL requests went to (a rewrite undone).
    fn real_address(&self, url: &str) -> Result<Address, String> {
        let real = self
            .rewrites
            .iter()
            .filter(|r| url.starts_with(&r.to))
            .max_by_key(|r| r.to.len())
            .map_or_else(
                || url.to_owned(),
                |r| format!("{}{}", r.from, &url[r.to.len()..]),
            );
        Address::parse(&real).map_err(|e| e.to_string())
    }

    fn fetch(&self, address: &Address) -> Fetched {
        let mut at = address.clone();
        let mut hops = Vec::new();
        for _ in 0..=MOST_REDIRECTS {
            let url = self.request_url(&at);
            let response = self
                .agent
                .get(&url)
                .header("Accept", "text/html,application/xhtml+xml")
                .call();
            let mut response = match response {
                Ok(response) => response,
                Err(ureq::Error::Timeout(_)) => {
                    return Fetched::Failed {
                        reason: format!("no answer within {} s", self.timeout.as_secs()),
                    };
                }
                Err(error) => {
                    return Fetched::Failed {
                        reason: error.to_string(),
                    };
                }
            };
            let status = response.status().as_u16();
            match status {
                301 | 302 | 303 | 307 | 308 => {
                    let location = response
                        .headers()
                        .get("location")
                        .and_then(|l| l.to_str().ok());
                    let Some(location) = location else {
                        return Fetched::Failed {
                            reason: format!("HTTP {status} without a Location"),
                        };
                    };
                    // An absolute Location may name a `--rewrite` target; a
                    // relative one is read against the real address.
                    let next = if url::Url::parse(location).is_ok() {
                        self.real_address(location)
                    } else {
                        at.join(location).map_err(|e| e.to_string())
                    };
                    match next {
                        Ok(next) => {
                            hops.push(Hop {
                                status,
                                to: next.clone(),
                            });
                            at = next;
                        }
                        Err(reason) => {
                            return Fetched::Failed {
                                reason: format!("HTTP {status} to {location:?}: {reason}"),
                            };
                        }
                    }
                }
                404 | 410 => {
                    return Fetched::Gone {
                        landed: at,
                        hops,
                        status,
                    };
                }
                200..=299 => {
                    let body = response
                        .body_mut()
                        .with_config()
                        .limit(MOST_BYTES)
                        .read_to_vec();
                    return match body {
                        Ok(body) => Fetched::Page {
                            landed: at,
                            hops,
                            html: String::from_utf8_lossy(&body).into_owned(),
                        },
                        Err(ureq::Error::Timeout(_)) => Fetched::Failed {
                            reason: format!("no whole answer within {} s", self.timeout.as_secs()),
                        },
                        Err(error) => Fetched::Failed {
                            reason: format!(
                                "HTTP {status}, but the page could not be read: {error}"
                            ),
                        },
                    };
                }
                other => {
                    return Fetched::Failed {
                        reason: format!("HTTP {other}"),
                    };
                }
            }
        }
        Fetched::Failed {
            reason: format!("more than {MOST_REDIRECTS} redirects"),
        }
    }
}
