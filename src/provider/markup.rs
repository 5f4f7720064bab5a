//! Glossary terms carried through an engine that has no glossary of its own, in the two ways
//! the providers here use: placeholders (`[[T1]]`, the term taken out of the text and its
//! target form put back in the answer: the fewest characters, but the engine does not see
//! the term), and markup the API documents as "do not translate" (Google's and Microsoft's
//! `translate="no"` in HTML, DeepL's `ignore_tags` in XML), each occurrence replaced by the
//! term's target form inside the element, the rest of the text escaped for that markup, and
//! the answer read back as plain text. In markup the target form goes inside, rather than a
//! placeholder, so that the engine reads a name where the name stands; terms next to each
//! other share one element.

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

/// How a provider that has no glossary for a pair sends the terms the first time (the
/// `terms` key of a google or microsoft profile). A strict re-send, after a term check
/// failed, always goes in the documented markup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FirstSend {
    /// Each term a placeholder of six characters: the bill is the text's, but the engine
    /// translates around a token it cannot read.
    #[default]
    Placeholders,
    /// The documented markup from the first send: the engine reads each term's target form
    /// (or, in Microsoft's dictionary, its source with the translation to use), and every
    /// character of the markup is billed.
    Markup,
}

/// Whether a term whose target form is the very text it stands for is marked like the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unchanged {
    /// Marked: a strict re-send, after the engine already lost a term once.
    Marked,
    /// Left in the text as it is: an engine copies a name it has no translation for
    /// (`ASEAN`, `Chiang Mai` between English and Vietnamese), so marking it only adds to the
    /// bill and hides a word from the engine; the check catches the engine that does not.
    Left,
}

/// One occurrence of a term's source form in a text: byte range and term.
struct Occurrence<'t> {
    start: usize,
    end: usize,
    term: &'t TermPair,
}

impl Occurrence<'_> {
    fn is_unchanged(&self) -> bool {
        self.term.target == self.term.source
    }
}

/// The occurrences of the terms' source forms, longest first, left to right; terms with an
/// empty source are left out. Every term takes part in the matching, so that a shorter term
/// never matches inside a longer one that is left as it is.
fn occurrences<'t>(text: &str, terms: &'t [TermPair]) -> Vec<Occurrence<'t>> {
    let usable: Vec<&TermPair> = terms.iter().filter(|t| !t.source.is_empty()).collect();
    if usable.is_empty() {
        return Vec::new();
    }
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(usable.iter().map(|t| t.source.as_str()))
    else {
        return Vec::new();
    };
    automaton
        .find_iter(text)
        .map(|m| Occurrence {
            start: m.start(),
            end: m.end(),
            term: usable[m.pattern().as_usize()],
        })
        .collect()
}

/// The text escaped, with each term's source occurrence (longest first, left to right)
/// replaced by `open` + its escaped target form + `close`; occurrences separated by nothing
/// but whitespace share one element (the markup is billed by Google and Microsoft, and a
/// title before a name is one unit to keep). Terms with an empty source are left out, and
/// so, with [`Unchanged::Left`], are those whose target form is their source.
pub fn protect(
    text: &str,
    terms: &[TermPair],
    open: &str,
    close: &str,
    unchanged: Unchanged,
) -> String {
    let marked: Vec<Occurrence> = occurrences(text, terms)
        .into_iter()
        .filter(|o| unchanged == Unchanged::Marked || !o.is_unchanged())
        .collect();
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    let mut i = 0;
    while i < marked.len() {
        out.push_str(&escape(&text[last..marked[i].start]));
        out.push_str(open);
        out.push_str(&escape(&marked[i].term.target));
        while let Some(next) = marked.get(i + 1) {
            let gap = &text[marked[i].end..next.start];
            if !gap.chars().all(char::is_whitespace) {
                break;
            }
            out.push_str(joint(&marked[i].term.target, gap, &next.term.target));
            out.push_str(&escape(&next.term.target));
            i += 1;
        }
        out.push_str(close);
        last = marked[i].end;
        i += 1;
    }
    out.push_str(&escape(&text[last..]));
    out
}

/// [`protect`] in HTML, the terms inside `<span translate="no">` (Google, Microsoft).
pub fn protect_html(text: &str, terms: &[TermPair], unchanged: Unchanged) -> String {
    protect(text, terms, HTML_KEEP_OPEN, HTML_KEEP_CLOSE, unchanged)
}

/// An HTML answer to [`protect_html`] back to plain text.
pub fn unprotect_html(text: &str) -> String {
    unprotect(text, HTML_KEEP_OPEN, HTML_KEEP_CLOSE)
}

/// What goes between two target forms that share one element, the source having only
/// whitespace (or nothing) between them: nothing between two Chinese forms (Chinese does not
/// space words), else the source's whitespace, or one space where a text without spaces
/// (Chinese) put the two side by side.
fn joint<'g>(left: &str, gap: &'g str, right: &str) -> &'g str {
    let han = |c: Option<char>| c.is_some_and(crate::lang::is_han);
    if han(left.chars().next_back()) && han(right.chars().next()) {
        ""
    } else if gap.is_empty() {
        " "
    } else {
        gap
    }
}

/// A text with its terms replaced by placeholders `[[T1]]`, `[[T2]]` … numbered in the order
/// the terms first occur, and the terms they stand for: `terms[n - 1]` for `[[Tn]]`.
#[derive(Debug, PartialEq)]
pub struct Placeheld<'t> {
    pub text: String,
    pub terms: Vec<&'t TermPair>,
}

/// The text with each term's source occurrence (longest first, left to right) replaced by its
/// placeholder; with [`Unchanged::Left`], terms whose target form is their source stay as
/// they are. A text that already holds something that reads as a placeholder keeps all its
/// terms: restoring would put a term where the author wrote the token, so the engine gets the
/// text as it is and the check decides.
pub fn placehold<'t>(text: &str, terms: &'t [TermPair], unchanged: Unchanged) -> Placeheld<'t> {
    if holds_placeholder(text) {
        return Placeheld {
            text: text.to_string(),
            terms: Vec::new(),
        };
    }
    let mut numbered: Vec<&TermPair> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for o in occurrences(text, terms) {
        if unchanged == Unchanged::Left && o.is_unchanged() {
            continue;
        }
        let n = match numbered.iter().position(|t| std::ptr::eq(*t, o.term)) {
            Some(at) => at + 1,
            None => {
                numbered.push(o.term);
                numbered.len()
            }
        };
        out.push_str(&text[last..o.start]);
        out.push_str(&format!("[[T{n}]]"));
        last = o.end;
    }
    out.push_str(&text[last..]);
    Placeheld {
        text: out,
        terms: numbered,
    }
}

/// The answer with each placeholder replaced by its term's target form. Spaces an engine puts
/// inside the brackets (`[[ T1 ]]`) are tolerated; unknown placeholders stay as they are.
pub fn restore(text: &str, terms: &[&TermPair]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match parse_placeholder(after).and_then(|(n, len)| {
            let term = n.checked_sub(1).and_then(|i| terms.get(i))?;
            Some((term, len))
        }) {
            Some((term, len)) => {
                out.push_str(&term.target);
                rest = &after[len..];
            }
            None => {
                out.push_str("[[");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether the text holds something [`restore`] would read as a placeholder.
fn holds_placeholder(text: &str) -> bool {
    text.match_indices("[[")
        .any(|(at, _)| parse_placeholder(&text[at + 2..]).is_some())
}

/// Reads ` T12 ]]` after `[[`: the number and the length consumed.
fn parse_placeholder(text: &str) -> Option<(usize, usize)> {
    let trimmed = text.trim_start_matches(' ');
    let mut len = text.len() - trimmed.len();
    let rest = trimmed.strip_prefix(['T', 't'])?;
    len += 1;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n: usize = rest[..digits].parse().ok()?;
    len += digits;
    let rest = &rest[digits..];
    let trimmed = rest.trim_start_matches(' ');
    len += rest.len() - trimmed.len();
    trimmed.strip_prefix("]]")?;
    Some((n, len + 2))
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
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for o in occurrences(text, terms) {
        out.push_str(&plain(&text[last..o.start]));
        out.push_str(&term(o.term, &text[o.start..o.end]));
        last = o.end;
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

/// Whether any of these terms would be marked (with [`Unchanged::Left`], one whose target
/// form is its source is not).
pub fn marks(terms: &[TermPair], unchanged: Unchanged) -> bool {
    terms
        .iter()
        .any(|t| !t.source.is_empty() && (unchanged == Unchanged::Marked || t.target != t.source))
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
            Unchanged::Marked,
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
            protect("no terms <here>", &[], "<k>", "</k>", Unchanged::Marked),
            "no terms &lt;here&gt;"
        );
        assert_eq!(crate::text::decode_entities("&amp;lt;"), "&lt;");
        assert!(has_terms(&terms) && !has_terms(&[term("", "x")]));
        assert_eq!(
            substitute("Shanghai Women's Federation & <b>", &terms),
            "上海市妇女联合会 & <b>"
        );
    }

    #[test]
    fn neighbouring_terms_share_one_element_and_unchanged_ones_are_left_on_a_first_send() {
        let terms = [
            term("Phó Chủ tịch Thường trực", "常务副主席"),
            term("Đỗ Thị Thu Thảo", "杜氏秋草"),
            term("Chiang Mai", "Chiang Mai"),
            term("Mai", "never inside Chiang Mai"),
        ];
        let text = "Phó Chủ tịch Thường trực  Đỗ Thị Thu Thảo đến Chiang Mai.";
        let keep = |unchanged| protect(text, &terms, "<k>", "</k>", unchanged);
        // No space between two Chinese forms; the unchanged name stays as written, and the
        // shorter term inside it never matches.
        assert_eq!(
            keep(Unchanged::Left),
            "<k>常务副主席杜氏秋草</k> đến Chiang Mai."
        );
        assert_eq!(
            keep(Unchanged::Marked),
            "<k>常务副主席杜氏秋草</k> đến <k>Chiang Mai</k>."
        );
        // Forms of a spaced script keep the source's whitespace, or get one space where the
        // source (Chinese) had none; anything else between them ends the element.
        let zh = [
            term("常务副主席", "Standing Vice President"),
            term("杜氏秋草", "Do Thi Thu Thao"),
            term("上海", "Shanghai"),
        ];
        assert_eq!(
            protect(
                "常务副主席杜氏秋草在上海",
                &zh,
                "<k>",
                "</k>",
                Unchanged::Left
            ),
            "<k>Standing Vice President Do Thi Thu Thao</k>在<k>Shanghai</k>"
        );
    }

    #[test]
    fn placeholders_are_numbered_as_the_terms_first_occur_and_restored_per_term() {
        let terms = vec![
            term("Shanghai", "上海"),
            term("SWF", "上海市妇联"),
            term("ASEAN", "ASEAN"),
        ];
        let sent = placehold(
            "SWF met in Shanghai, then SWF left [[x]]",
            &terms,
            Unchanged::Left,
        );
        assert_eq!(sent.text, "[[T1]] met in [[T2]], then [[T1]] left [[x]]");
        assert_eq!(sent.terms, [&terms[1], &terms[0]]);
        assert_eq!(
            restore("<zh> [[T1]] 在 [[ T2 ]] [[T9]] [[x]] [[t1]]", &sent.terms),
            "<zh> 上海市妇联 在 上海 [[T9]] [[x]] 上海市妇联"
        );
        assert_eq!(restore("nothing [[", &sent.terms), "nothing [[");
        // A term the engine copies anyway is left on a first send, marked on a strict one.
        assert_eq!(
            placehold("ASEAN and SWF", &terms, Unchanged::Left).text,
            "ASEAN and [[T1]]"
        );
        assert_eq!(
            placehold("ASEAN and SWF", &terms, Unchanged::Marked).text,
            "[[T1]] and [[T2]]"
        );
        // Chinese has no spaces to keep: the placeholders stand where the terms stood.
        let zh = [
            term("上海市妇联", "Shanghai Women's Federation"),
            term("上海", "Shanghai"),
        ];
        let sent = placehold("上海市妇联在上海举行", &zh, Unchanged::Left);
        assert_eq!(sent.text, "[[T1]]在[[T2]]举行");
        assert_eq!(
            restore("The [[T1]] met in [[T2]]", &sent.terms),
            "The Shanghai Women's Federation met in Shanghai"
        );
        // A text that already holds a placeholder's shape is sent as it is.
        let own = placehold("SWF wrote [[ T1 ]] here", &terms, Unchanged::Left);
        assert_eq!(own.text, "SWF wrote [[ T1 ]] here");
        assert!(own.terms.is_empty());
        assert_eq!(restore("SWF [[ T1 ]]", &own.terms), "SWF [[ T1 ]]");
    }
}
