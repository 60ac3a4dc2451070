//! The option enums: what an applicant can answer to each question.

/// An option set of a question: a closed list of values with stable slugs.
///
/// The slug is the form value and the stem of the option's Fluent id.
pub trait Choice: Copy + Eq + Sized + 'static {
    /// Every value, in the order the page shows them.
    const ALL: &'static [Self];
    /// Every slug, in the same order as [`Choice::ALL`].
    const SLUGS: &'static [&'static str];

    /// The stable form value of this option.
    fn slug(self) -> &'static str {
        let index = Self::ALL
            .iter()
            .position(|c| *c == self)
            .expect("ALL lists every value");
        Self::SLUGS[index]
    }

    /// Parses a form value; `None` for anything that is not exactly a known slug.
    fn from_slug(value: &str) -> Option<Self> {
        Self::SLUGS
            .iter()
            .position(|s| *s == value)
            .map(|index| Self::ALL[index])
    }
}

/// When the application was made, relative to 16 April 2021.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationDate {
    /// On 16 April 2021 or later: most applicants gave biometrics when they applied.
    OnOrAfterCutoff,
    /// Before 16 April 2021: always book an appointment.
    BeforeCutoff,
}

impl Choice for ApplicationDate {
    const ALL: &'static [Self] = &[Self::OnOrAfterCutoff, Self::BeforeCutoff];
    const SLUGS: &'static [&'static str] = &["on-or-after-cutoff", "before-cutoff"];
}

/// What the applicant applied for (the three groups the source text covers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationType {
    ProtectionFirstTime,
    Renewal,
    DerivedRefugeeStatus,
    Other,
}

impl Choice for ApplicationType {
    const ALL: &'static [Self] = &[
        Self::ProtectionFirstTime,
        Self::Renewal,
        Self::DerivedRefugeeStatus,
        Self::Other,
    ];
    const SLUGS: &'static [&'static str] = &[
        "protection-first-time",
        "renewal",
        "derived-refugee-status",
        "other",
    ];
}

/// A yes-or-no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum YesNo {
    Yes,
    No,
}

impl Choice for YesNo {
    const ALL: &'static [Self] = &[Self::Yes, Self::No];
    const SLUGS: &'static [&'static str] = &["yes", "no"];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<C: Choice + std::fmt::Debug>() {
        assert_eq!(C::ALL.len(), C::SLUGS.len());
        for c in C::ALL {
            assert_eq!(C::from_slug(c.slug()), Some(*c));
        }
    }

    #[test]
    fn every_option_round_trips_through_its_slug() {
        round_trips::<ApplicationDate>();
        round_trips::<ApplicationType>();
        round_trips::<YesNo>();
    }

    #[test]
    fn near_misses_are_not_options() {
        for bad in [
            "",
            "Yes",
            "YES",
            " yes",
            "yes ",
            "ja",
            "renewal\0",
            "other/",
        ] {
            assert_eq!(YesNo::from_slug(bad), None, "{bad:?}");
            assert_eq!(ApplicationType::from_slug(bad), None, "{bad:?}");
        }
    }
}
