//! Glossary terms protected in the markup a provider leaves untranslated: each occurrence of
//! a term's source form in a text replaced by the term's target form inside an element the
//! API documents as "do not translate" (Google's and Microsoft's `translate="no"` in HTML,
//! DeepL's `ignore_tags` in XML), the rest of the text escaped for that markup; and the
//! answer read back as plain text. The target form goes inside, rather than a placeholder
//! restored afterwards, so that the engine reads a name where the name stands.

use crate::glossary::TermPair;

/// The HTML element Google (v2 `format=html`, v3 `text/html`) and Microsoft
/// (`textType=html`) leave as it is, content included.
pub const HTML_KEEP_OPEN: &str = "<span translate=\"no\">";
pub const HTML_KEEP_CLOSE: &str = "</span>";

/// Escapes text for HTML or XML content: `&`, `<`, `>`.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The text escaped, with each term's source occurrence (longest first, left to right)
/// replaced by `open` + its escaped target form + `close`. Terms with an empty source are
/// left out.
pub fn protect(text: &str, terms: &[TermPair], open: &str, close: &str) -> String {
    rewrite(text, terms, escape, |term, _| {
        format!("{open}{}{close}", escape(&term.target))
    })
}

/// The text with each term's source occurrence replaced by its target form, nothing else
/// changed: for a pair whose API takes no markup (DeepL with Vietnamese), the target form
/// stands in the text, already in the language the engine writes.
pub fn substitute(text: &str, terms: &[TermPair]) -> String {
    rewrite(text, terms, str::to_string, |term, _| term.target.clone())
}

/// The text with each term's source occurrence (longest first, left to right) replaced by
/// `term(pair, occurrence)` and everything between passed through `plain`.
pub fn rewrite(
    text: &str,
    terms: &[TermPair],
    plain: impl Fn(&str) -> String,
    term: impl Fn(&TermPair, &str) -> String,
) -> String {
    let usable: Vec<&TermPair> = terms.iter().filter(|t| !t.source.is_empty()).collect();
    if usable.is_empty() {
        return plain(text);
    }
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(usable.iter().map(|t| t.source.as_str()))
    else {
        return plain(text);
    };
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for m in automaton.find_iter(text) {
        out.push_str(&plain(&text[last..m.start()]));
        out.push_str(&term(
            usable[m.pattern().as_usize()],
            &text[m.start()..m.end()],
        ));
        last = m.end();
    }
    out.push_str(&plain(&text[last..]));
    out
}

/// An answer in markup back to plain text: the keep elements' tags removed (an engine may
/// move them, not drop what they hold) and the entities decoded.
pub fn unprotect(text: &str, open: &str, close: &str) -> String {
    crate::text::decode_entities(&text.replace(open, "").replace(close, "")).into_owned()
}

/// Whether any item of these carries a term to protect.
pub fn has_terms(terms: &[TermPair]) -> bool {
    terms.iter().any(|t| !t.source.is_empty())
}

/// A term pair for the providers' tests.
#[cfg(test)]
pub(super) fn term(source: &str, target: &str) -> TermPair {
    TermPair {
        id: "t".into(),
        source: source.into(),
        target: target.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_go_inside_the_keep_element_and_come_back_as_plain_text() {
        let terms = [
            term("Women's Federation", "妇联"),
            term("Shanghai Women's Federation", "上海市妇女联合会"),
            term("", "never"),
        ];
        let sent = protect(
            "The Shanghai Women's Federation & A<B",
            &terms,
            HTML_KEEP_OPEN,
            HTML_KEEP_CLOSE,
        );
        assert_eq!(
            sent,
            "The <span translate=\"no\">上海市妇女联合会</span> &amp; A&lt;B"
        );
        let answer = "<zh> Das <span translate=\"no\">上海市妇女联合会</span> &amp; A&lt;B &#39;x&#x27; &bogus; &";
        assert_eq!(
            unprotect(answer, HTML_KEEP_OPEN, HTML_KEEP_CLOSE),
            "<zh> Das 上海市妇女联合会 & A<B 'x' &bogus; &"
        );
        assert_eq!(
            protect("no terms <here>", &[], "<k>", "</k>"),
            "no terms &lt;here&gt;"
        );
        assert_eq!(crate::text::decode_entities("&amp;lt;"), "&lt;");
        assert!(has_terms(&terms) && !has_terms(&[term("", "x")]));
        assert_eq!(
            substitute("Shanghai Women's Federation & <b>", &terms),
            "上海市妇女联合会 & <b>"
        );
    }
}
