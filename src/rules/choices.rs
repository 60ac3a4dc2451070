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

/// What the applicant applied for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ApplicationType {
    /// Protection (asylum) for the first time (the source text).
    ProtectionFirstTime,
    /// A resettlement (quota) refugee, selected with UNHCR: the police call them
    /// in after arrival (`source/card-journey.md` §9).
    ResettlementRefugee,
    /// Temporary collective protection: people who fled the war in Ukraine
    /// (`source/other-groups.md`).
    CollectiveProtection,
    /// Renewal of a residence permit (the source text).
    Renewal,
    /// Permanent residence: its own UDI page (`source/card-journey.md` §9).
    PermanentResidence,
    /// Derived refugee status (the source text).
    DerivedRefugeeStatus,
    /// A first permit for family immigration, work, studies or another reason
    /// (`source/other-groups.md`).
    OtherPermit,
    /// Something else, such as the Brexit rules or a family member of an EU/EEA
    /// citizen: the decision letter (and their own pages) say.
    Other,
}

impl Choice for ApplicationType {
    const ALL: &'static [Self] = &[
        Self::ProtectionFirstTime,
        Self::ResettlementRefugee,
        Self::CollectiveProtection,
        Self::Renewal,
        Self::PermanentResidence,
        Self::DerivedRefugeeStatus,
        Self::OtherPermit,
        Self::Other,
    ];
    const SLUGS: &'static [&'static str] = &[
        "protection-first-time",
        "resettlement-refugee",
        "collective-protection",
        "renewal",
        "permanent-residence",
        "derived-refugee-status",
        "other-permit",
        "other",
    ];
}

/// Which permit with collective protection the card is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectiveProtectionPermit {
    /// The first permit with collective protection.
    First,
    /// The permit was extended (UDI extends it without an application).
    Extended,
}

impl Choice for CollectiveProtectionPermit {
    const ALL: &'static [Self] = &[Self::First, Self::Extended];
    const SLUGS: &'static [&'static str] = &["first", "extended"];
}

/// Where the application was handed in: at the police in Norway, or at an
/// embassy or visa application centre abroad (`source/card-journey.md` §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppliedFrom {
    Norway,
    Abroad,
}

impl Choice for AppliedFrom {
    const ALL: &'static [Self] = &[Self::Norway, Self::Abroad];
    const SLUGS: &'static [&'static str] = &["norway", "abroad"];
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
        round_trips::<CollectiveProtectionPermit>();
        round_trips::<AppliedFrom>();
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
