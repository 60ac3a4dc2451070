//! Where the rules' types meet Fluent: the message id of each question, option,
//! outcome and reason. The only place that builds message ids from slugs; a test
//! checks that every id made here exists in every locale.

use crate::rules::{Outcome, Question, Reason};

/// `question-<slug>-<part>`; `part` is `title`, `hint`, `error` or `summary`.
pub fn question(question: Question, part: QuestionPart) -> String {
    format!("question-{}-{}", question.slug(), part.as_str())
}

/// The parts of a question that have their own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionPart {
    Title,
    Hint,
    Error,
    Summary,
}

impl QuestionPart {
    pub const ALL: [QuestionPart; 4] = [Self::Title, Self::Hint, Self::Error, Self::Summary];

    fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Hint => "hint",
            Self::Error => "error",
            Self::Summary => "summary",
        }
    }
}

/// The label of one option: yes and no are shared by every yes/no question.
pub fn option(question: Question, option: &str) -> String {
    match option {
        "yes" | "no" => format!("option-{option}"),
        _ => format!("option-{}-{option}", question.slug()),
    }
}

/// The heading of an outcome page.
pub fn outcome_title(outcome: Outcome) -> String {
    format!("outcome-{}-title", outcome.id())
}

/// The sentence that says why an outcome applies.
pub fn reason(reason: Reason) -> String {
    format!("reason-{}", reason.slug())
}

/// Every id this module can make, for the test that they all exist.
pub fn all_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for q in Question::ALL {
        ids.extend(QuestionPart::ALL.map(|part| question(q, part)));
        ids.extend(q.option_slugs().iter().map(|o| option(q, o)));
    }
    for o in Outcome::ALL {
        ids.push(outcome_title(o));
        ids.push(reason(o.reason()));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Tr};

    /// Every id the code builds from rules types, and every literal id that the
    /// templates and the Rust code pass to `get`/`with`, exists in every locale.
    #[test]
    fn every_message_id_the_code_and_templates_use_exists() {
        let mut ids = all_ids();
        for kind in crate::web::ErrorKind::ALL {
            ids.push(format!("error-{}-title", kind.message_stem()));
            ids.push(format!("error-{}-body", kind.message_stem()));
        }
        for lang in Lang::ALL {
            ids.push(format!("language-name-{}", lang.code()));
        }
        ids.extend(["page-title".to_owned(), "page-title-error".to_owned()]);
        ids.extend(literal_ids());
        assert!(ids.len() > 100, "the scan found too few ids: {}", ids.len());
        for lang in Lang::ALL {
            let missing: Vec<&String> = ids.iter().filter(|id| !Tr(lang).has(id)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        }
    }

    /// Literal ids passed to `t.get` and `t.with` in templates/ and src/.
    fn literal_ids() -> Vec<String> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files = Vec::new();
        for dir in ["templates", "src", "src/web", "src/i18n", "src/rules"] {
            for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "html" || e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut ids = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for call in ["t.get(\"", "t.with(\""] {
                for piece in text.split(call).skip(1) {
                    let id = piece.split('"').next().unwrap_or("");
                    let is_id = !id.is_empty()
                        && id
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                    if is_id && id != "no-such-message" {
                        ids.push(id.to_owned());
                    }
                }
            }
        }
        ids
    }
}
