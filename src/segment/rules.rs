//! Per-language segmentation data: abbreviation and sentence-starter lists, kept as text files
//! (rules/en.txt, vi.txt, zh.txt) so that they can be reviewed and extended without code.

use crate::lang::Lang;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The word lists of one language.
#[derive(Debug, Default)]
pub struct Rules {
    /// A full stop after these never ends a sentence.
    pub never_final: HashSet<String>,
    /// A full stop after these does not end a sentence when a number follows.
    pub before_number: HashSet<String>,
    /// A full stop after these ends a sentence only before a sentence starter.
    pub maybe_final: HashSet<String>,
    /// Capitalised words that commonly open a sentence.
    pub starters: HashSet<String>,
    /// Time abbreviations (`p.m.`): a capitalised word after them opens a sentence, unless
    /// it is one of `not_starters` (weekdays, months) or the time opens the sentence.
    pub time: HashSet<String>,
    /// Capitalised words that often follow an abbreviation inside a sentence.
    pub not_starters: HashSet<String>,
    /// Labels of a credit line (`photo`, `ảnh`, `图`): `Photo: VNA` is a credit.
    pub credit_labels: HashSet<String>,
    /// Labels of a source (`source`, `nguồn`, `来源`): `(Source: …)` stands alone, translated.
    pub source_labels: HashSet<String>,
    /// Credit phrases written before names without a colon (`reporting by`, `theo`):
    /// `(Reporting by Khanh Vu; Editing by Martin Petty)`, `(Theo Reuters)`.
    pub credit_phrases: HashSet<String>,
    /// Verbs that end an attribution after a quotation (`说`, `表示`): `“…。”他说。` is one
    /// segment with the quotation's last sentence.
    pub speech_verbs: HashSet<String>,
    /// Whether `28. 000` is a number with a spaced thousands separator (Vietnamese typesetting).
    pub spaced_thousands: bool,
    /// Whether a capitalised word after a maybe-final abbreviation opens a sentence even when
    /// it is not a listed starter (Vietnamese capitalises little besides names and openings).
    pub capital_opens_after_abbreviation: bool,
}

impl Rules {
    /// Whether a word (in lower case, without its stop) is one of the listed abbreviations.
    pub fn is_listed_abbreviation(&self, lower: &str) -> bool {
        self.never_final.contains(lower)
            || self.maybe_final.contains(lower)
            || self.before_number.contains(lower)
    }

    /// Parses the rule file format: `[section]` headings, one entry per line, `#` comments.
    pub fn parse(text: &str) -> Result<Rules, String> {
        let mut rules = Rules::default();
        let mut section = String::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.trim().to_string();
                continue;
            }
            let lower = line.to_lowercase();
            let target = match section.as_str() {
                "never_final" => &mut rules.never_final,
                "before_number" => &mut rules.before_number,
                "maybe_final" => &mut rules.maybe_final,
                "time" => &mut rules.time,
                "credit_labels" => &mut rules.credit_labels,
                "source_labels" => &mut rules.source_labels,
                "credit_phrases" => &mut rules.credit_phrases,
                "speech_verbs" => &mut rules.speech_verbs,
                "starters" => {
                    rules.starters.insert(line.to_string());
                    continue;
                }
                "not_starters" => {
                    rules.not_starters.insert(line.to_string());
                    continue;
                }
                other => return Err(format!("line {}: unknown section [{other}]", n + 1)),
            };
            target.insert(lower);
        }
        Ok(rules)
    }

    /// The built-in rules of a language.
    pub fn builtin(lang: Lang) -> &'static Rules {
        static EN: OnceLock<Rules> = OnceLock::new();
        static VI: OnceLock<Rules> = OnceLock::new();
        static ZH: OnceLock<Rules> = OnceLock::new();
        let (cell, text) = match lang {
            Lang::En => (&EN, include_str!("rules/en.txt")),
            Lang::Vi => (&VI, include_str!("rules/vi.txt")),
            Lang::Zh => (&ZH, include_str!("rules/zh.txt")),
        };
        cell.get_or_init(|| {
            let mut rules = Rules::parse(text).expect("built-in rule files are valid");
            rules.spaced_thousands = lang == Lang::Vi;
            rules.capital_opens_after_abbreviation = lang == Lang::Vi;
            rules
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_files_parse() {
        for lang in Lang::ALL {
            let rules = Rules::builtin(lang);
            assert!(rules.never_final.contains("mr"), "{lang}");
            assert!(!rules.starters.is_empty(), "{lang}");
        }
        assert!(Rules::builtin(Lang::Vi).never_final.contains("pgs.ts"));
        assert!(Rules::builtin(Lang::En).starters.contains("The"));
        assert!(Rules::builtin(Lang::En)
            .credit_phrases
            .contains("reporting by"));
        assert!(Rules::builtin(Lang::Vi).credit_phrases.contains("theo"));
    }

    #[test]
    fn unknown_sections_are_errors() {
        assert!(Rules::parse("[nope]\nx\n").unwrap_err().contains("line 2"));
    }
}
