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

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::{ConstGauge, Gauge};
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};

use crate::answer_cookie::Lost;
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

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct LangLabels {
    lang: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct QuestionLabels {
    question: &'static str,
    lang: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct ValidationLabels {
    question: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
    reason: &'static str,
    lang: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct FeedbackLabels {
    outcome: &'static str,
    lang: &'static str,
    helpful: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct LostLabels {
    cause: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RequestLabels {
    route: &'static str,
    status_class: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RouteLabels {
    route: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct BuildLabels {
    version: &'static str,
}

/// Latency buckets in seconds: a page is answered in well under a
/// millisecond; the alert looks at p99 against 50 ms.
const LATENCY_BUCKETS: [f64; 12] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];

/// Every metric of one server. `Metrics::off()` counts nothing (`METRICS_PORT=0`).
pub struct Metrics(Option<Box<Inner>>);

struct Inner {
    registry: Registry,
    starts: Family<LangLabels, Counter>,
    questions_shown: Family<QuestionLabels, Counter>,
    questions_answered: Family<QuestionLabels, Counter>,
    validation_errors: Family<ValidationLabels, Counter>,
    outcomes: Family<OutcomeLabels, Counter>,
    start_again: Family<LangLabels, Counter>,
    answers_lost: Family<LostLabels, Counter>,
    feedback: Family<FeedbackLabels, Counter>,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
}

impl Metrics {
    /// Metrics that count, registered under their names.
    pub fn on() -> Metrics {
        let mut inner = Inner {
            registry: Registry::default(),
            starts: Family::default(),
            questions_shown: Family::default(),
            questions_answered: Family::default(),
            validation_errors: Family::default(),
            outcomes: Family::default(),
            start_again: Family::default(),
            answers_lost: Family::default(),
            feedback: Family::default(),
            requests: Family::default(),
            latency: Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS)),
        };
        let build = Family::<BuildLabels, Gauge>::default();
        build
            .get_or_create(&BuildLabels {
                version: env!("CARGO_PKG_VERSION"),
            })
            .set(1);
        let guide = inner.registry.sub_registry_with_prefix("rcg");
        guide.register(
            "starts",
            "Start pages shown, by language",
            inner.starts.clone(),
        );
        guide.register(
            "questions_shown",
            "Question pages shown (not after a refused answer), by question and language",
            inner.questions_shown.clone(),
        );
        guide.register(
            "questions_answered",
            "Answers saved, by question and language",
            inner.questions_answered.clone(),
        );
        guide.register(
            "validation_errors",
            "Questions shown again because nothing or something unknown was chosen, by question",
            inner.validation_errors.clone(),
        );
        guide.register(
            "outcomes",
            "Result pages shown, by outcome, reason and language",
            inner.outcomes.clone(),
        );
        guide.register(
            "start_again",
            "Start again pressed, by language",
            inner.start_again.clone(),
        );
        guide.register(
            "answers_lost",
            "Saved answers that could not be used (the guide started over with a notice), by cause",
            inner.answers_lost.clone(),
        );
        guide.register(
            "feedback",
            "Answers to \"Did this guide help you?\", by outcome, language and answer",
            inner.feedback.clone(),
        );
        guide.register(
            "http_requests",
            "HTTP requests answered, by route pattern and status class",
            inner.requests.clone(),
        );
        guide.register_with_unit(
            "http_request_duration",
            "Time to answer an HTTP request, by route pattern",
            Unit::Seconds,
            inner.latency.clone(),
        );
        guide.register("build_info", "The running build (always 1)", build);
        inner
            .registry
            .register_collector(Box::new(ProcessCollector));
        Metrics(Some(Box::new(inner)))
    }

    /// Metrics that count nothing.
    pub fn off() -> Metrics {
        Metrics(None)
    }

    fn with<R>(&self, count: impl FnOnce(&Inner) -> R) {
        if let Some(inner) = &self.0 {
            count(inner);
        }
    }

    /// The start page was shown.
    pub fn start(&self, lang: Lang) {
        self.with(|m| {
            m.starts
                .get_or_create(&LangLabels { lang: lang.code() })
                .inc()
        });
    }

    /// A question page was shown to be answered.
    pub fn question_shown(&self, question: Question, lang: Lang) {
        let labels = QuestionLabels {
            question: question.slug(),
            lang: lang.code(),
        };
        self.with(|m| m.questions_shown.get_or_create(&labels).inc());
    }

    /// An answer was saved.
    pub fn answered(&self, question: Question, lang: Lang) {
        let labels = QuestionLabels {
            question: question.slug(),
            lang: lang.code(),
        };
        self.with(|m| m.questions_answered.get_or_create(&labels).inc());
    }

    /// A question was shown again with its error.
    pub fn validation_error(&self, question: Question) {
        let labels = ValidationLabels {
            question: question.slug(),
        };
        self.with(|m| m.validation_errors.get_or_create(&labels).inc());
    }

    /// A result page was shown.
    pub fn outcome(&self, outcome: Outcome, lang: Lang) {
        let labels = OutcomeLabels {
            outcome: outcome.id(),
            reason: outcome.reason().slug(),
            lang: lang.code(),
        };
        self.with(|m| m.outcomes.get_or_create(&labels).inc());
    }

    /// Start again was pressed.
    pub fn start_again(&self, lang: Lang) {
        self.with(|m| {
            m.start_again
                .get_or_create(&LangLabels { lang: lang.code() })
                .inc()
        });
    }

    /// Saved answers could not be used.
    pub fn answers_lost(&self, cause: Lost) {
        let labels = LostLabels {
            cause: cause.slug(),
        };
        self.with(|m| m.answers_lost.get_or_create(&labels).inc());
    }

    /// "Did this guide help you?" was answered on a result page.
    pub fn feedback(&self, outcome: Outcome, lang: Lang, helpful: Helpful) {
        let labels = FeedbackLabels {
            outcome: outcome.id(),
            lang: lang.code(),
            helpful: helpful.slug(),
        };
        self.with(|m| m.feedback.get_or_create(&labels).inc());
    }

    /// An HTTP request was answered. `route` is one of the router's patterns
    /// (or `unmatched`): a `&'static str`, so never something a request sent.
    pub fn request(&self, route: &'static str, status: u16, seconds: f64) {
        self.with(|m| {
            m.requests
                .get_or_create(&RequestLabels {
                    route,
                    status_class: status_class(status),
                })
                .inc();
            m.latency
                .get_or_create(&RouteLabels { route })
                .observe(seconds);
        });
    }

    /// The metrics in the Prometheus text format (version 0.0.4, whose
    /// content type is [`CONTENT_TYPE`]); `None` when off.
    pub fn encode(&self) -> Option<String> {
        let inner = self.0.as_ref()?;
        let mut text = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut text, &inner.registry).ok()?;
        Some(text)
    }
}

const fn status_class(status: u16) -> &'static str {
    match status {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
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

    #[test]
    fn a_scrape_names_every_metric_with_prometheus_suffixes() {
        let metrics = Metrics::on();
        metrics.start(Lang::En);
        metrics.question_shown(Question::FIRST, Lang::Ar);
        metrics.request("/{lang}/{question}", 200, 0.0004);
        metrics.request("unmatched", 404, 0.0001);
        metrics.answers_lost(Lost::UnknownKey);
        let text = metrics.encode().unwrap();
        for line in [
            "rcg_starts_total{lang=\"en\"} 1",
            "rcg_questions_shown_total{question=\"application-date\",lang=\"ar\"} 1",
            "rcg_http_requests_total{route=\"/{lang}/{question}\",status_class=\"2xx\"} 1",
            "rcg_http_requests_total{route=\"unmatched\",status_class=\"4xx\"} 1",
            "rcg_http_request_duration_seconds_bucket{route=\"/{lang}/{question}\",le=\"0.0005\"} 1",
            "rcg_answers_lost_total{cause=\"unknown_key\"} 1",
            "rcg_build_info{version=",
            "process_resident_memory_bytes ",
            "process_cpu_seconds_total ",
        ] {
            assert!(has_line(&text, line), "no {line:?} in:\n{text}");
        }
        assert!(Metrics::off().encode().is_none());
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
