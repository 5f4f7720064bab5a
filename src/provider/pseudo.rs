//! The offline stand-in: deterministic, free, and plainly not a translation.
//!
//! It prefixes the target language (`[zh] ...`) and substitutes the glossary's target forms,
//! so that demos and tests exercise batching, caching and glossary enforcement without a network.

use super::registry::{NoSection, Registered};
use super::{Batch, BatchOutput, CommonSettings, Limits, Provider, ProviderError};
use futures::future::BoxFuture;

#[derive(Debug, Default)]
pub struct Pseudo {
    batch_size: usize,
}

impl Registered for Pseudo {
    type Section = NoSection;

    fn build(settings: &CommonSettings, _: &NoSection) -> Result<Self, String> {
        Ok(Pseudo::new(settings.batch_size))
    }
}

impl Pseudo {
    pub fn new(batch_size: Option<usize>) -> Self {
        Pseudo {
            batch_size: batch_size.unwrap_or(50).max(1),
        }
    }

    /// The pseudo-translation of one text.
    /// Each term's source form is replaced by its target form, longest first and in one
    /// pass, so that nested names (`Việt Nam` inside `Hội Liên hiệp Phụ nữ Việt Nam`) are not
    /// replaced inside each other.
    pub fn render(
        target: crate::lang::Lang,
        text: &str,
        terms: &[crate::glossary::TermPair],
    ) -> String {
        if terms.is_empty() {
            return format!("[{}] {text}", target.code());
        }
        let sources: Vec<&str> = terms.iter().map(|t| t.source.as_str()).collect();
        // A handful of terms per segment: the NFA is built in a fraction of the DFA's time.
        let body = match aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(&sources)
        {
            Ok(automaton) => {
                let targets: Vec<&str> = terms.iter().map(|t| t.target.as_str()).collect();
                automaton.replace_all(text, &targets)
            }
            _ => text.to_string(),
        };
        format!("[{}] {}", target.code(), body)
    }
}

impl Provider for Pseudo {
    fn kind(&self) -> &'static str {
        "pseudo"
    }

    fn model(&self) -> String {
        "pseudo-1".to_string()
    }

    fn endpoint_family(&self) -> &'static str {
        "offline"
    }

    fn capabilities(&self) -> super::Capabilities {
        super::Capabilities::terms_everywhere()
    }

    fn limits(&self) -> Limits {
        Limits {
            max_texts: self.batch_size,
            max_bytes: usize::MAX,
        }
    }

    fn is_pseudo(&self) -> bool {
        true
    }

    fn translate<'a>(
        &'a self,
        batch: &'a Batch,
    ) -> BoxFuture<'a, Result<BatchOutput, ProviderError>> {
        Box::pin(async move {
            let texts = batch
                .items
                .iter()
                .map(|item| Some(Pseudo::render(batch.target, &item.text, &item.terms)))
                .collect();
            let billed_chars = batch
                .items
                .iter()
                .map(|i| crate::text::char_count(&i.text))
                .sum();
            Ok(BatchOutput {
                texts,
                billed_chars,
                tokens: 0,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::TermPair;
    use crate::lang::Lang;

    #[test]
    fn substitutes_terms_and_marks_the_language() {
        let terms = vec![TermPair {
            id: "swf".into(),
            source: "Shanghai Women's Federation".into(),
            target: "上海市妇女联合会".into(),
        }];
        assert_eq!(
            Pseudo::render(Lang::Zh, "The Shanghai Women's Federation met.", &terms),
            "[zh] The 上海市妇女联合会 met."
        );
    }

    #[test]
    fn nested_terms_are_replaced_longest_first() {
        let pair = |id: &str, source: &str, target: &str| TermPair {
            id: id.into(),
            source: source.into(),
            target: target.into(),
        };
        // Sorted by id, the shorter term comes first; it must not eat into the longer one.
        let terms = vec![
            pair("vietnam", "Việt Nam", "Vietnam"),
            pair(
                "vwu",
                "Hội Liên hiệp Phụ nữ Việt Nam",
                "Vietnam Women's Union",
            ),
        ];
        assert_eq!(
            Pseudo::render(Lang::En, "Hội Liên hiệp Phụ nữ Việt Nam ở Việt Nam", &terms),
            "[en] Vietnam Women's Union ở Vietnam"
        );
    }
}
