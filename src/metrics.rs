//! Prometheus metrics: whether the guide helps (its funnel, outcomes and
//! feedback), how it serves (HTTP requests and latency), the build and the
//! process. Served in the Prometheus text format on a listener of their own
//! (`METRICS_HOST:METRICS_PORT`), never on the public port.
//!
//! Every label value is a `&'static str` from a fixed set: a language code, a
//! question or outcome id, a route *pattern*, a status class. No label can
//! come from a request (path, header, cookie, address, answer sequence), so no
//! request can add a series: the type of the label sets says so, and a test
//! sends thousands of random requests and counts the series. The list of
//! metrics and labels is in `docs/operations.md`.

use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex};

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric, NoLabelSet};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::{ConstGauge, Gauge};
use prometheus_client::registry::{Registry, Unit};

use crate::answer_cookie::{KeyIds, Lost, Saved};
use crate::connection::{Close, ProtocolError};
use crate::i18n::Lang;
use crate::rules::{Outcome, Question};

/// The content type of a scrape.
pub use prometheus_client::encoding::prometheus_text::CONTENT_TYPE;

/// The answer to "Did this guide help you?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Helpful {
    Yes,
    No,
}

impl Helpful {
    pub const ALL: [Helpful; 2] = [Helpful::Yes, Helpful::No];

    /// The form value and the metrics label.
    pub const fn slug(self) -> &'static str {
        match self {
            Helpful::Yes => "yes",
            Helpful::No => "no",
        }
    }

    /// Parses a form value: exactly `yes` or `no`.
    pub fn from_slug(value: &str) -> Option<Helpful> {
        Helpful::ALL.into_iter().find(|h| h.slug() == value)
    }
}

/// Latency buckets in seconds: a page is answered in well under a
/// millisecond; the alert looks at p99 against 50 ms.
const LATENCY_BUCKETS: [f64; 12] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];
const STATUS_CLASSES: [&str; 5] = ["1xx", "2xx", "3xx", "4xx", "5xx"];
/// The route label of a request no route pattern took.
pub const UNMATCHED: &str = "unmatched";

/// Every metric of one server: the registry, and the counts of each worker.
///
/// Each worker thread counts into a [`Counts`] of its own, which only it
/// writes; a scrape adds them up. So counting costs a worker a few plain
/// memory writes and never a lock or a cache line shared with another worker.
/// `Metrics::off()` counts nothing (`METRICS_PORT=0`).
pub struct Metrics(Option<Registered>);

struct Registered {
    registry: Registry,
    shards: Arc<Shards>,
    connections: Arc<ConnectionCounts>,
}

/// Counts about connections rather than requests (see `crate::connection`),
/// shared by every worker: they are rare, so plain atomic additions.
#[derive(Debug)]
pub struct ConnectionCounts {
    on: bool,
    /// By [`Close`], in the order of `Close::ALL`.
    closed: [AtomicU64; Close::ALL.len()],
    /// By [`ProtocolError`], in the order of `ProtocolError::ALL`.
    protocol_errors: [AtomicU64; ProtocolError::ALL.len()],
}

impl ConnectionCounts {
    fn new(on: bool) -> ConnectionCounts {
        ConnectionCounts {
            on,
            closed: Default::default(),
            protocol_errors: Default::default(),
        }
    }

    /// The guide closed a connection because a limit was reached.
    pub fn closed(&self, why: Close) {
        if self.on {
            self.closed[position(&Close::ALL, &why)].fetch_add(1, Relaxed);
        }
    }

    /// actix refused a request it could not parse.
    pub fn protocol_error(&self, kind: ProtocolError) {
        if self.on {
            self.protocol_errors[position(&ProtocolError::ALL, &kind)].fetch_add(1, Relaxed);
        }
    }
}

/// The fixed label sets, and every worker's counts.
#[derive(Debug)]
struct Shards {
    /// The route patterns (`unmatched` is the one after them).
    routes: &'static [String],
    counts: Mutex<Vec<Arc<Shard>>>,
}

/// One worker's counts, in fixed grids indexed by the labels' positions in
/// their fixed sets (`Lang::ALL`, `Question::ALL`, …).
#[derive(Debug)]
struct Shard {
    starts: Grid,
    questions_shown: Grid,
    questions_answered: Grid,
    validation_errors: Grid,
    outcomes: Grid,
    start_again: Grid,
    answers_lost: Grid,
    /// Answer cookies presented: valid, then each [`Lost`] cause.
    answer_cookies: Grid,
    feedback: Grid,
    requests: Grid,
    /// Per route: a count per bucket (the last is +Inf), not cumulative.
    latency_buckets: Grid,
    /// Per route: the sum of the latencies, in nanoseconds.
    latency_nanos: Grid,
}

/// Counters written by one thread only: a load and a store, no atomic
/// read-modify-write; readers (the scrape) see each value whole.
#[derive(Debug)]
struct Grid(Box<[AtomicU64]>);

impl Grid {
    fn new(cells: usize) -> Grid {
        Grid((0..cells).map(|_| AtomicU64::new(0)).collect())
    }

    fn add(&self, cell: usize, amount: u64) {
        if let Some(counter) = self.0.get(cell) {
            counter.store(counter.load(Relaxed).wrapping_add(amount), Relaxed);
        }
    }

    fn get(&self, cell: usize) -> u64 {
        self.0.get(cell).map_or(0, |c| c.load(Relaxed))
    }
}

/// The position of `value` in `all`.
fn position<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(all.len())
}

const LANGS: usize = Lang::ALL.len();
const QUESTIONS: usize = Question::ALL.len();
const OUTCOMES: usize = Outcome::ALL.len();

impl Shard {
    fn new(routes: usize) -> Shard {
        let routes = routes + 1;
        Shard {
            starts: Grid::new(LANGS),
            questions_shown: Grid::new(QUESTIONS * LANGS),
            questions_answered: Grid::new(QUESTIONS * LANGS),
            validation_errors: Grid::new(QUESTIONS),
            outcomes: Grid::new(OUTCOMES * LANGS),
            start_again: Grid::new(LANGS),
            answers_lost: Grid::new(Lost::ALL.len()),
            answer_cookies: Grid::new(1 + Lost::ALL.len()),
            feedback: Grid::new(OUTCOMES * LANGS * Helpful::ALL.len()),
            requests: Grid::new(routes * STATUS_CLASSES.len()),
            latency_buckets: Grid::new(routes * (LATENCY_BUCKETS.len() + 1)),
            latency_nanos: Grid::new(routes),
        }
    }
}

impl Metrics {
    /// Metrics that count. `routes` are the router's patterns: the only
    /// route labels besides [`UNMATCHED`]; `keys` the cookie keys' ids.
    pub fn on(routes: &'static [String], keys: KeyIds) -> Metrics {
        let shards = Arc::new(Shards {
            routes,
            counts: Mutex::new(Vec::new()),
        });
        let mut registry = Registry::default();
        let build = Family::<BuildLabels, Gauge>::default();
        build
            .get_or_create(&BuildLabels {
                version: crate::version::VERSION,
                commit: crate::version::COMMIT,
            })
            .set(1);
        registry.sub_registry_with_prefix("rcg").register(
            "build_info",
            "The running build (always 1)",
            build,
        );
        let key_ids = Family::<KeyLabels, Gauge>::default();
        for (key, id) in [("current", Some(keys.current)), ("previous", keys.previous)] {
            if let Some(id) = id {
                key_ids
                    .get_or_create(&KeyLabels { key })
                    .set(i64::try_from(id).unwrap_or(i64::MAX));
            }
        }
        registry.sub_registry_with_prefix("rcg").register(
            "cookie_key_id",
            "A one-way hash of each cookie key (48 bits): instances with equal ids share the key",
            key_ids,
        );
        let connections = Arc::new(ConnectionCounts::new(true));
        registry.register_collector(Box::new(GuideCollector(Arc::clone(&shards))));
        registry.register_collector(Box::new(ConnectionCollector(Arc::clone(&connections))));
        registry.register_collector(Box::new(ProcessCollector));
        Metrics(Some(Registered {
            registry,
            shards,
            connections,
        }))
    }

    /// Metrics that count nothing.
    pub fn off() -> Metrics {
        Metrics(None)
    }

    /// The counts every worker's connections share.
    pub fn connections(&self) -> Arc<ConnectionCounts> {
        match &self.0 {
            Some(registered) => Arc::clone(&registered.connections),
            None => Arc::new(ConnectionCounts::new(false)),
        }
    }

    /// Counts for one more worker (call it once in each worker's app factory).
    pub fn counts(&self) -> Counts {
        Counts(self.0.as_ref().map(|registered| {
            let shard = Arc::new(Shard::new(registered.shards.routes.len()));
            registered
                .shards
                .counts
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(Arc::clone(&shard));
            (shard, registered.shards.routes)
        }))
    }

    /// The metrics in the Prometheus text format (version 0.0.4, whose
    /// content type is [`CONTENT_TYPE`]); `None` when off.
    pub fn encode(&self) -> Option<String> {
        let registered = self.0.as_ref()?;
        let mut text = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut text, &registered.registry)
            .ok()?;
        Some(text)
    }
}

/// One worker's counts: what handlers and the request log call.
pub struct Counts(Option<(Arc<Shard>, &'static [String])>);

impl Counts {
    fn with(&self, count: impl FnOnce(&Shard)) {
        if let Some((shard, _)) = &self.0 {
            count(shard);
        }
    }

    /// The start page was shown.
    pub fn start(&self, lang: Lang) {
        self.with(|s| s.starts.add(position(&Lang::ALL, &lang), 1));
    }

    /// A question page was shown to be answered.
    pub fn question_shown(&self, question: Question, lang: Lang) {
        self.with(|s| s.questions_shown.add(question_lang(question, lang), 1));
    }

    /// An answer was saved.
    pub fn answered(&self, question: Question, lang: Lang) {
        self.with(|s| s.questions_answered.add(question_lang(question, lang), 1));
    }

    /// A question was shown again with its error.
    pub fn validation_error(&self, question: Question) {
        self.with(|s| {
            s.validation_errors
                .add(position(&Question::ALL, &question), 1)
        });
    }

    /// A result page was shown.
    pub fn outcome(&self, outcome: Outcome, lang: Lang) {
        self.with(|s| s.outcomes.add(outcome_lang(outcome, lang), 1));
    }

    /// Start again was pressed.
    pub fn start_again(&self, lang: Lang) {
        self.with(|s| s.start_again.add(position(&Lang::ALL, &lang), 1));
    }

    /// Saved answers could not be used.
    pub fn answers_lost(&self, cause: Lost) {
        self.with(|s| s.answers_lost.add(position(&Lost::ALL, &cause), 1));
    }

    /// A request presented an answer cookie (nothing is counted without one).
    pub fn cookie_read(&self, saved: &Saved) {
        let cell = match saved {
            Saved::Absent => return,
            Saved::Valid { .. } => 0,
            Saved::Unusable(cause) => 1 + position(&Lost::ALL, cause),
        };
        self.with(|s| s.answer_cookies.add(cell, 1));
    }

    /// "Did this guide help you?" was answered on a result page.
    pub fn feedback(&self, outcome: Outcome, lang: Lang, helpful: Helpful) {
        let cell =
            outcome_lang(outcome, lang) * Helpful::ALL.len() + position(&Helpful::ALL, &helpful);
        self.with(|s| s.feedback.add(cell, 1));
    }

    /// An HTTP request was answered. `route` is one of the router's patterns
    /// (or [`UNMATCHED`]): a `&'static str`, so never something a request sent.
    pub fn request(&self, route: &'static str, status: u16, seconds: f64) {
        let Some((shard, routes)) = &self.0 else {
            return;
        };
        // `route` is normally the very string of `routes` that
        // `web::href::route_label` returned: found by address, without
        // comparing text on every request.
        let route = routes
            .iter()
            .position(|r| std::ptr::eq(r.as_str(), route))
            .or_else(|| routes.iter().position(|r| r.as_str() == route))
            .unwrap_or(routes.len());
        let class = usize::from(status.clamp(100, 599) / 100 - 1);
        shard.requests.add(route * STATUS_CLASSES.len() + class, 1);
        let bucket = LATENCY_BUCKETS
            .iter()
            .position(|&upper| seconds <= upper)
            .unwrap_or(LATENCY_BUCKETS.len());
        shard
            .latency_buckets
            .add(route * (LATENCY_BUCKETS.len() + 1) + bucket, 1);
        shard.latency_nanos.add(route, (seconds * 1e9) as u64);
    }
}

fn question_lang(question: Question, lang: Lang) -> usize {
    position(&Question::ALL, &question) * LANGS + position(&Lang::ALL, &lang)
}

fn outcome_lang(outcome: Outcome, lang: Lang) -> usize {
    position(&Outcome::ALL, &outcome) * LANGS + position(&Lang::ALL, &lang)
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct BuildLabels {
    version: &'static str,
    /// Fixed at build time (`build.rs`), never from a request.
    commit: &'static str,
}

/// `key`: `current` or `previous`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct KeyLabels {
    key: &'static str,
}

/// The guide's counters at a scrape: every worker's counts added up, each
/// non-zero one as a series with its labels from the fixed sets.
#[derive(Debug)]
struct GuideCollector(Arc<Shards>);

/// One series: label names and values, and its value.
type Series = (Vec<(&'static str, &'static str)>, u64);

impl GuideCollector {
    /// The sum over the workers of `cell` in the grid `grid` picks.
    fn sum(shards: &[Arc<Shard>], grid: impl Fn(&Shard) -> &Grid, cell: usize) -> u64 {
        shards.iter().map(|s| grid(s).get(cell)).sum()
    }

    fn counter(
        encoder: &mut DescriptorEncoder,
        name: &str,
        help: &str,
        series: Vec<Series>,
    ) -> Result<(), std::fmt::Error> {
        let mut metric = encoder.encode_descriptor(name, help, None, MetricType::Counter)?;
        for (labels, value) in series.into_iter().filter(|(_, v)| *v > 0) {
            let family = metric.encode_family(&labels)?;
            ConstCounter::new(value).encode(family)?;
        }
        Ok(())
    }
}

impl Collector for GuideCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let shards = self
            .0
            .counts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let sum = |grid: fn(&Shard) -> &Grid, cell| Self::sum(&shards, grid, cell);
        let langs = Lang::ALL.map(Lang::code);
        let by_lang = |grid: fn(&Shard) -> &Grid| -> Vec<Series> {
            langs
                .iter()
                .enumerate()
                .map(|(l, lang)| (vec![("lang", *lang)], sum(grid, l)))
                .collect()
        };
        let by_question_lang = |grid: fn(&Shard) -> &Grid| -> Vec<Series> {
            let mut series = Vec::new();
            for (q, question) in Question::ALL.iter().enumerate() {
                for (l, lang) in langs.iter().enumerate() {
                    let labels = vec![("question", question.slug()), ("lang", *lang)];
                    series.push((labels, sum(grid, q * LANGS + l)));
                }
            }
            series
        };
        let e = &mut encoder;
        Self::counter(
            e,
            "rcg_starts",
            "Start pages shown, by language",
            by_lang(|s| &s.starts),
        )?;
        Self::counter(
            e,
            "rcg_questions_shown",
            "Question pages shown (not after a refused answer), by question and language",
            by_question_lang(|s| &s.questions_shown),
        )?;
        Self::counter(
            e,
            "rcg_questions_answered",
            "Answers saved, by question and language",
            by_question_lang(|s| &s.questions_answered),
        )?;
        Self::counter(
            e,
            "rcg_validation_errors",
            "Questions shown again because nothing or something unknown was chosen, by question",
            Question::ALL
                .iter()
                .enumerate()
                .map(|(q, question)| {
                    (
                        vec![("question", question.slug())],
                        sum(|s| &s.validation_errors, q),
                    )
                })
                .collect(),
        )?;
        let mut outcomes = Vec::new();
        let mut feedback = Vec::new();
        for (o, outcome) in Outcome::ALL.iter().enumerate() {
            for (l, lang) in langs.iter().enumerate() {
                let cell = o * LANGS + l;
                outcomes.push((
                    vec![
                        ("outcome", outcome.id()),
                        ("reason", outcome.reason().slug()),
                        ("lang", *lang),
                    ],
                    sum(|s| &s.outcomes, cell),
                ));
                for (h, helpful) in Helpful::ALL.iter().enumerate() {
                    feedback.push((
                        vec![
                            ("outcome", outcome.id()),
                            ("lang", *lang),
                            ("helpful", helpful.slug()),
                        ],
                        sum(|s| &s.feedback, cell * Helpful::ALL.len() + h),
                    ));
                }
            }
        }
        // Two reasons of one outcome are one series of feedback: add them up.
        let mut merged: Vec<Series> = Vec::new();
        for (labels, value) in feedback {
            match merged.iter_mut().find(|(l, _)| *l == labels) {
                Some((_, total)) => *total += value,
                None => merged.push((labels, value)),
            }
        }
        Self::counter(
            e,
            "rcg_outcomes",
            "Result pages shown, by outcome, reason and language",
            outcomes,
        )?;
        Self::counter(
            e,
            "rcg_start_again",
            "Start again pressed, by language",
            by_lang(|s| &s.start_again),
        )?;
        Self::counter(
            e,
            "rcg_answers_lost",
            "Saved answers that could not be used (the guide started over with a notice), by cause",
            Lost::ALL
                .iter()
                .enumerate()
                .map(|(c, cause)| (vec![("cause", cause.slug())], sum(|s| &s.answers_lost, c)))
                .collect(),
        )?;
        let results = std::iter::once("valid").chain(Lost::ALL.map(Lost::slug));
        Self::counter(
            e,
            "rcg_answer_cookies",
            "Requests that presented an answer cookie, by what it held: valid answers, or why not",
            results
                .enumerate()
                .map(|(r, result)| (vec![("result", result)], sum(|s| &s.answer_cookies, r)))
                .collect(),
        )?;
        Self::counter(
            e,
            "rcg_feedback",
            "Answers to \"Did this guide help you?\", by outcome, language and answer",
            merged,
        )?;
        let routes: Vec<&'static str> = self
            .0
            .routes
            .iter()
            .map(String::as_str)
            .chain([UNMATCHED])
            .collect();
        let mut requests = Vec::new();
        for (r, route) in routes.iter().enumerate() {
            for (c, class) in STATUS_CLASSES.iter().enumerate() {
                requests.push((
                    vec![("route", *route), ("status_class", *class)],
                    sum(|s| &s.requests, r * STATUS_CLASSES.len() + c),
                ));
            }
        }
        Self::counter(
            e,
            "rcg_http_requests",
            "HTTP requests answered, by route pattern and status class",
            requests,
        )?;
        let mut latency = e.encode_descriptor(
            "rcg_http_request_duration",
            "Time to answer an HTTP request, by route pattern",
            Some(&Unit::Seconds),
            MetricType::Histogram,
        )?;
        for (r, route) in routes.iter().enumerate() {
            let slots = LATENCY_BUCKETS.len() + 1;
            let counts: Vec<u64> = (0..slots)
                .map(|b| sum(|s| &s.latency_buckets, r * slots + b))
                .collect();
            let count: u64 = counts.iter().sum();
            if count == 0 {
                continue;
            }
            let buckets: Vec<(f64, u64)> = LATENCY_BUCKETS
                .iter()
                .copied()
                .chain([f64::INFINITY])
                .zip(counts)
                .collect();
            let seconds = sum(|s| &s.latency_nanos, r) as f64 / 1e9;
            let labels = vec![("route", *route)];
            latency
                .encode_family(&labels)?
                .encode_histogram::<NoLabelSet>(seconds, count, &buckets, None)?;
        }
        Ok(())
    }
}

/// The connection counters: every series from the first scrape, at 0 until
/// counted (an alert's `increase()` needs the series before the first event).
#[derive(Debug)]
struct ConnectionCollector(Arc<ConnectionCounts>);

impl Collector for ConnectionCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let counts = &self.0;
        let mut closed = encoder.encode_descriptor(
            "rcg_connections_closed",
            "Connections the guide closed because a limit was reached, by reason",
            None,
            MetricType::Counter,
        )?;
        for (why, count) in Close::ALL.iter().zip(&counts.closed) {
            let labels = vec![("reason", why.slug())];
            ConstCounter::new(count.load(Relaxed)).encode(closed.encode_family(&labels)?)?;
        }
        let mut refused = encoder.encode_descriptor(
            "rcg_http_protocol_errors",
            "Requests actix refused before any route because they were not valid HTTP/1.1, by kind",
            None,
            MetricType::Counter,
        )?;
        for (kind, count) in ProtocolError::ALL.iter().zip(&counts.protocol_errors) {
            let labels = vec![("kind", kind.slug())];
            ConstCounter::new(count.load(Relaxed)).encode(refused.encode_family(&labels)?)?;
        }
        Ok(())
    }
}

/// `process_*` metrics from `/proc/self` at each scrape (Linux; nothing
/// elsewhere): CPU seconds, resident and virtual memory, open files, start time.
#[derive(Debug)]
struct ProcessCollector;

impl Collector for ProcessCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let Some(process) = ProcessStats::read() else {
            return Ok(());
        };
        let cpu = ConstCounter::new(process.cpu_seconds);
        cpu.encode(encoder.encode_descriptor(
            "process_cpu",
            "Total user and system CPU time spent in seconds",
            Some(&Unit::Seconds),
            cpu.metric_type(),
        )?)?;
        for (name, help, value) in [
            (
                "process_resident_memory_bytes",
                "Resident memory size in bytes",
                process.resident_bytes,
            ),
            (
                "process_virtual_memory_bytes",
                "Virtual memory size in bytes",
                process.virtual_bytes,
            ),
            (
                "process_open_fds",
                "Number of open file descriptors",
                process.open_fds,
            ),
        ] {
            let gauge = ConstGauge::new(i64::try_from(value).unwrap_or(i64::MAX));
            gauge.encode(encoder.encode_descriptor(name, help, None, gauge.metric_type())?)?;
        }
        let start = ConstGauge::new(process.start_time_seconds);
        start.encode(encoder.encode_descriptor(
            "process_start_time_seconds",
            "Start time of the process since the Unix epoch in seconds",
            None,
            start.metric_type(),
        )?)?;
        Ok(())
    }
}

struct ProcessStats {
    cpu_seconds: f64,
    resident_bytes: u64,
    virtual_bytes: u64,
    open_fds: u64,
    start_time_seconds: f64,
}

impl ProcessStats {
    /// Reads `/proc/self/stat` (see proc(5)); `None` where there is no /proc.
    fn read() -> Option<ProcessStats> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        let field = |n: usize| -> Option<f64> { fields.get(n - 3)?.parse().ok() };
        let ticks = clock_ticks_per_second();
        let page = 4096.0;
        let boot = std::fs::read_to_string("/proc/stat")
            .ok()?
            .lines()
            .find_map(|l| l.strip_prefix("btime "))?
            .trim()
            .parse::<f64>()
            .ok()?;
        let open_fds = std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count() as u64);
        Some(ProcessStats {
            cpu_seconds: (field(14)? + field(15)?) / ticks,
            virtual_bytes: field(23)? as u64,
            resident_bytes: (field(24)? * page) as u64,
            open_fds,
            start_time_seconds: boot + field(22)? / ticks,
        })
    }
}

/// `sysconf(_SC_CLK_TCK)`: 100 on every Linux this runs on.
const fn clock_ticks_per_second() -> f64 {
    100.0
}

/// A string in the text format can be checked for a metric's line.
pub fn has_line(text: &str, line_start: &str) -> bool {
    text.lines().any(|l| l.starts_with(line_start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::MailReason;

    fn routes() -> &'static [String] {
        Vec::leak(vec!["/{lang}/{question}".to_owned(), "/healthz".to_owned()])
    }

    const KEYS: KeyIds = KeyIds {
        current: 0xabc_def0_1234,
        previous: None,
    };

    #[test]
    fn a_scrape_names_every_metric_with_prometheus_suffixes() {
        let metrics = Metrics::on(routes(), KEYS);
        let (one, two) = (metrics.counts(), metrics.counts());
        one.start(Lang::En);
        two.start(Lang::En);
        one.question_shown(Question::FIRST, Lang::Ar);
        one.request("/{lang}/{question}", 200, 0.0004);
        two.request("/{lang}/{question}", 303, 0.002);
        one.request(UNMATCHED, 404, 0.0001);
        two.answers_lost(Lost::UnknownKey);
        one.cookie_read(&Saved::Unusable(Lost::UnknownKey));
        one.cookie_read(&Saved::Absent);
        two.cookie_read(&Saved::Valid {
            answers: Default::default(),
            seal: crate::answer_cookie::Seal::Current,
            feedback: Default::default(),
        });
        let no_expired = Outcome::CardByMail(MailReason::NoExpiredDocument);
        two.outcome(no_expired, Lang::Nb);
        one.feedback(no_expired, Lang::Nb, Helpful::No);
        two.feedback(
            Outcome::CardByMail(MailReason::DocumentHandedIn),
            Lang::Nb,
            Helpful::No,
        );
        let text = metrics.encode().unwrap();
        let build = format!(
            "rcg_build_info{{version=\"{}\",commit=\"{}\"}} 1",
            crate::version::VERSION,
            crate::version::COMMIT
        );
        for line in [
            "rcg_starts_total{lang=\"en\"} 2",
            "rcg_questions_shown_total{question=\"application-date\",lang=\"ar\"} 1",
            "rcg_http_requests_total{route=\"/{lang}/{question}\",status_class=\"2xx\"} 1",
            "rcg_http_requests_total{route=\"/{lang}/{question}\",status_class=\"3xx\"} 1",
            "rcg_http_requests_total{route=\"unmatched\",status_class=\"4xx\"} 1",
            "rcg_http_request_duration_seconds_bucket{route=\"/{lang}/{question}\",le=\"0.0005\"} 1",
            "rcg_http_request_duration_seconds_bucket{route=\"/{lang}/{question}\",le=\"0.0025\"} 2",
            "rcg_http_request_duration_seconds_bucket{route=\"/{lang}/{question}\",le=\"+Inf\"} 2",
            "rcg_http_request_duration_seconds_count{route=\"/{lang}/{question}\"} 2",
            "rcg_answers_lost_total{cause=\"unknown_key\"} 1",
            "rcg_outcomes_total{outcome=\"card-by-mail\",reason=\"no-expired-document\",lang=\"nb\"} 1",
            // Both reasons of card-by-mail: one series of feedback.
            "rcg_feedback_total{outcome=\"card-by-mail\",lang=\"nb\",helpful=\"no\"} 2",
            build.as_str(),
            "rcg_answer_cookies_total{result=\"valid\"} 1",
            "rcg_answer_cookies_total{result=\"unknown_key\"} 1",
            "rcg_cookie_key_id{key=\"current\"} 11806310404660",
            "process_resident_memory_bytes ",
            "process_cpu_seconds_total ",
        ] {
            assert!(has_line(&text, line), "no {line:?} in:\n{text}");
        }
        assert!(
            !text.contains("rcg_starts_total{lang=\"nb\"}"),
            "no series before a count"
        );
        assert!(!text.contains("key=\"previous\""), "no previous key");
        assert!(Metrics::off().encode().is_none());
        Metrics::off().counts().start(Lang::En);
    }

    #[test]
    fn feedback_answers_parse_exactly() {
        assert_eq!(Helpful::from_slug("yes"), Some(Helpful::Yes));
        assert_eq!(Helpful::from_slug("no"), Some(Helpful::No));
        for bad in ["", "Yes", "ja", "yes ", "maybe"] {
            assert_eq!(Helpful::from_slug(bad), None, "{bad:?}");
        }
    }
}
