//! Credit and source lines recognised by their shape: `(Photo: VNA)`, `(Xinhua/Ding Lin)`,
//! `Image: NASA/Bill Ingalls.`, `Ảnh: Doãn Tấn/TTXVN`, `（新华社记者 丁林 摄）`, `图：新华社`, and
//! agency sign-offs (`-VNA`, `(完)`). A credit only names who made or sent something, so it
//! is a segment of its own, never sent to a provider. The labels (`Photo`, `Ảnh`, `图` …) are
//! data, in each language's rule file; everything else is shape: capitalised names and
//! acronyms joined by `/`, `,` or `&`, or a short Han credit ending in 摄 or 发.

use super::Rules;
use crate::lang::is_han;

/// The longest credit, in bytes: a label and a few names.
const MAX_CREDIT: usize = 120;

/// Han credit verbs: 摄 (photographed by), 发 (released by), 供图 (picture from), 制图.
const HAN_CREDIT_ENDS: [&str; 4] = ["摄", "发", "供图", "制图"];

/// An acronym: two to eight capital letters (`VNA`, `AFP`, `TTXVN`).
fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=8).contains(&n) && word.chars().all(|c| c.is_uppercase())
}

/// Names only: capitalised words and acronyms, joined by spaces, `/`, `,`, `&` or `-`,
/// with a `/` or an acronym among them (a lone capitalised word is too often not a name).
fn is_names(text: &str) -> bool {
    let text = text.trim().trim_end_matches('.');
    if text.is_empty() || text.len() > MAX_CREDIT {
        return false;
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | ',' | '&'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let named = words.iter().all(|w| {
        let w = w.trim_matches(|c: char| c == '-' || c == '.');
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
    });
    named && (text.contains('/') || words.iter().any(|w| is_acronym(w)))
}

/// One capitalised word alone in parentheses, as a wire story signs off after its last
/// sentence: `(Xinhua)`, `(Reuters)`, `(Bernama)`. Only a whole segment is read so: after a
/// finished sentence, or closing the block.
fn is_agency(inner: &str) -> bool {
    let word = inner.trim();
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(|c| c.is_alphabetic() && c.is_lowercase())
}

/// A short Han credit: `新华社记者 丁林 摄`, `新华社发`, or what follows a label (`新华社`).
fn is_han_credit(text: &str, labelled: bool) -> bool {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let han = compact.chars().filter(|&c| is_han(c)).count();
    let short = han > 0
        && compact.chars().count() <= 24
        && compact
            .chars()
            .all(|c| is_han(c) || c.is_alphanumeric() || matches!(c, '/' | '、' | '·'));
    short && (labelled || HAN_CREDIT_ENDS.iter().any(|e| compact.ends_with(e)))
}

/// How a credit's label is written before its names.
#[derive(Clone, Copy, PartialEq)]
enum Label {
    /// A label and a colon: `Photo: VNA`, `Nguồn: Tổng cục Thống kê`.
    Colon,
    /// One of the language's credit phrases and a space: `Reporting by Khanh Vu`.
    Phrase,
}

/// Splits a label off the names after it: `Photo: VNA` by its colon, when the label is one
/// of `labels`, or `Reporting by Khanh Vu` by a credit phrase of the language. A phrase
/// must not open in lower case, so `… rose 2% (theo Reuters)` inside a sentence stays there.
fn split_label<'t>(
    text: &'t str,
    labels: &[&std::collections::HashSet<String>],
    rules: &Rules,
) -> Option<(Label, &'t str)> {
    if let Some(colon) = text.find([':', '：']) {
        let label = text[..colon].trim().to_lowercase();
        if labels.iter().any(|set| set.contains(&label)) {
            let colon_len = text[colon..].chars().next().map_or(1, char::len_utf8);
            return Some((Label::Colon, text[colon + colon_len..].trim()));
        }
    }
    if text.starts_with(char::is_lowercase) {
        return None;
    }
    // A phrase is a word or a few: try the first one, two and three words.
    let mut words = text.split_whitespace();
    let mut phrase = String::new();
    for _ in 0..3 {
        let word = words.next()?;
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        phrase.push_str(&word.to_lowercase());
        if rules.credit_phrases.contains(&phrase) {
            let end = word.as_ptr() as usize - text.as_ptr() as usize + word.len();
            return Some((Label::Phrase, text[end..].trim()));
        }
    }
    None
}

/// `LABEL: names` or `PHRASE names`, the label one of the language's credit labels or
/// phrases; after a phrase several names may be joined by `and` (`Editing by A and B`).
fn is_labelled(text: &str, rules: &Rules) -> bool {
    match split_label(text, &[&rules.credit_labels], rules) {
        Some((Label::Colon, rest)) => {
            is_names(rest) || is_han_credit(rest, true) || is_single_name(rest)
        }
        Some((Label::Phrase, rest)) => {
            !rest.is_empty()
                && rest.split(" and ").all(|name| {
                    let name = name.trim();
                    is_names(name) || is_han_credit(name, true) || is_single_name(name)
                })
        }
        None => false,
    }
}

/// Several credits in one parenthesis, split by semicolons:
/// `(Reporting by Khanh Vu; Editing by Martin Petty)`.
fn is_labelled_list(inner: &str, rules: &Rules) -> bool {
    inner.contains([';', '；'])
        && inner
            .split([';', '；'])
            .all(|part| is_labelled(part.trim(), rules))
}

/// Inside parentheses a label is enough evidence for any short name after it, in the case
/// the language writes it: `(Nguồn: Tổng cục Thống kê)`, `(Source: General Statistics Office)`,
/// `(Theo Báo Nhân dân)`.
fn is_labelled_source(inner: &str, rules: &Rules) -> bool {
    let Some((_, rest)) = split_label(inner, &[&rules.credit_labels, &rules.source_labels], rules)
    else {
        return false;
    };
    let words = rest.split_whitespace().count();
    rest.starts_with(|c: char| c.is_uppercase() || is_han(c))
        && (1..=8).contains(&words)
        && !rest.contains(['.', '!', '?', '。', ',', '，'])
}

/// After a label one capitalised name is enough: `Photo: Reuters`, `Ảnh: Tuấn Anh.`
fn is_single_name(text: &str) -> bool {
    let text = text.trim_end_matches('.');
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
}

/// Whether a whole segment is a credit.
pub fn is_credit(text: &str, rules: &Rules) -> bool {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_CREDIT + 8 {
        return false;
    }
    if let Some((head, bracket)) = han_credit_head(text) {
        // `新华社发（杨文斌 摄）`: who released it, then who took it.
        return is_credit(bracket, rules) && !head.is_empty();
    }
    if let Some(inner) = parenthesised(text) {
        return inner.trim() == "完"
            || is_labelled(inner, rules)
            || is_labelled_list(inner, rules)
            || is_names(inner)
            || is_agency(inner)
            || is_han_credit(inner, false);
    }
    if let Some(rest) = text.strip_prefix(['-', '–', '—']) {
        return is_acronym(rest.trim());
    }
    is_labelled(text, rules) || is_han_credit(text, false) || (text.contains('/') && is_names(text))
}

/// A short Han credit of its own before a bracketed one, the whole text: `新华社发（杨文斌
/// 摄）` as the head `新华社发` and the bracket.
fn han_credit_head(text: &str) -> Option<(&str, &str)> {
    let open = text.find('（').filter(|&o| o > 0)?;
    let (head, bracket) = text.split_at(open);
    (is_han_credit(head, false) && parenthesised(bracket).is_some()).then_some((head, bracket))
}

/// The inside of `(…)` or `（…）` making up the whole text, with an optional full stop after.
fn parenthesised(text: &str) -> Option<&str> {
    let text = text.strip_suffix('.').unwrap_or(text);
    text.strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| text.strip_prefix('（').and_then(|t| t.strip_suffix('）')))
        .filter(|inner| !inner.contains(['(', ')', '（', '）']))
}

/// Whether a segment stands alone after the sentence it follows: a credit, or a source in
/// parentheses (`(Source: General Statistics Office)`, `(Nguồn: Tổng cục Thống kê)`). A
/// source names an institution in words, so unlike a credit it is translated.
pub fn stands_alone(text: &str, rules: &Rules) -> bool {
    is_credit(text, rules)
        || parenthesised(text.trim()).is_some_and(|inner| is_labelled_source(inner, rules))
}

/// Where a parenthesised credit closing the text begins, if one does: `… 2024. (Photo: VNA)`,
/// `… in Hanoi (Photo: VNA)`. It must follow white space or a sentence's end.
pub fn trailing(text: &str, rules: &Rules) -> Option<usize> {
    let trimmed = text.trim_end();
    let trimmed = trimmed.strip_suffix('.').unwrap_or(trimmed);
    if !trimmed.ends_with([')', '）']) {
        return None;
    }
    let mut floor = trimmed.len().saturating_sub(MAX_CREDIT + 4);
    while !trimmed.is_char_boundary(floor) {
        floor += 1;
    }
    let open = floor + trimmed[floor..].rfind(['(', '（'])?;
    if open == 0 || !stands_alone(&text[open..], rules) {
        return None;
    }
    // A Han credit of its own right before the bracket (`…劳作。新华社发（杨文斌 摄）`) opens it.
    let head_start = text[..open]
        .rfind(|c: char| super::is_terminal(c) || c.is_whitespace())
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    if head_start > 0 && han_credit_head(&text[head_start..]).is_some() {
        return Some(head_start);
    }
    let head = text[..open].trim_end();
    let unfinished = !head.ends_with(|c: char| super::is_terminal(c) || matches!(c, ')' | '）'));
    if unfinished && !labelled_inside(&text[open..], rules) {
        // Names alone in parentheses inside an unfinished sentence: the sentence's own stop
        // after them (`… Trade Organization (JETRO).`) or an acronym of the name before
        // (`… the Vietnam News Agency (VNA)`) makes them part of it, a gloss, not a credit.
        let stop_after = trimmed.len() < text.trim_end().len();
        if stop_after || glosses_name(&text[open..], head) {
            return None;
        }
    }
    let before = text[..open].chars().next_back()?;
    (before.is_whitespace() || super::is_terminal(before) || text[open..].starts_with('（'))
        .then_some(open)
}

/// Whether a parenthesised credit carries its own label: `(Photo: VNA)`, `(Source: …)`.
fn labelled_inside(text: &str, rules: &Rules) -> bool {
    parenthesised(text.trim()).is_some_and(|inner| {
        is_labelled(inner, rules)
            || is_labelled_list(inner, rules)
            || is_labelled_source(inner, rules)
    })
}

/// Whether a parenthesised acronym abbreviates the name just before it: its first letter is
/// the initial of one of two or more capitalised words that end the text before
/// (`Vietnam News Agency (VNA)`, `Japan External Trade Organization (JETRO)`).
fn glosses_name(text: &str, head: &str) -> bool {
    let Some(inner) = parenthesised(text.trim()) else {
        return false;
    };
    let inner = inner.trim();
    let Some(first) = inner.chars().next() else {
        return false;
    };
    if !is_acronym(inner) {
        return false;
    }
    let name: Vec<&str> = head
        .split_whitespace()
        .rev()
        .take(8)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(','))
        .collect();
    name.len() >= 2 && name.iter().any(|w| w.starts_with(first))
}

/// Whether the text from `at` is a sign-off glued to the sentence before: `-VNA`, `– VNA`
/// and nothing after it but white space.
pub fn sign_off(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(['-', '–', '—']) else {
        return false;
    };
    let word = after.trim();
    word.len() <= 16 && is_acronym(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn credits_by_shape_in_three_languages() {
        let en = Rules::builtin(Lang::En);
        let vi = Rules::builtin(Lang::Vi);
        let zh = Rules::builtin(Lang::Zh);
        for (rules, text) in [
            (en, "(Photo: VNA)"),
            (en, "(Xinhua/Ding Lin)"),
            (en, "Image: NASA/Bill Ingalls."),
            (en, "(Photo: Reuters)"),
            (en, "-VNA"),
            (vi, "(Ảnh: TTXVN)"),
            (vi, "Ảnh: Doãn Tấn/TTXVN"),
            (vi, "(Ảnh: AFP/TTXVN)"),
            (zh, "(新华社记者 丁林 摄)"),
            (zh, "（新华社发）"),
            (zh, "图：新华社"),
            (zh, "（完）"),
            (en, "(Reporting by Khanh Vu; Editing by Martin Petty)"),
            (en, "Photo by Jane Doe"),
            (en, "(Additional reporting by Anna Lee and Tom Hart)"),
            (vi, "(Theo Reuters)"),
            (zh, "（记者 王磊）"),
            (zh, "中新社发（张伟 摄）"),
        ] {
            assert!(is_credit(text, rules), "{text}");
        }
        for (rules, text) in [
            (en, "(Which was very likely true.)"),
            (en, "(Smith 55)."),
            (en, "(He previously worked for 5 years as an engineer.)"),
            (en, "Photo: the delegation arrives in Hanoi."),
            (en, "(the U.S.)"),
            (vi, "(Ảnh minh họa)"),
            (zh, "（记者会现场，大家都在等待发言人的到来）"),
            (en, "-and then"),
            (en, "(Reporting by the bureau; see below)"),
            (en, "(written by hand)"),
            (vi, "(theo Reuters)"),
            (vi, "(Theo quy định mới)"),
        ] {
            assert!(!is_credit(text, rules), "{text}");
        }
    }

    #[test]
    fn a_source_after_a_phrase_stands_alone_but_is_no_credit() {
        let vi = Rules::builtin(Lang::Vi);
        assert!(stands_alone("(Theo Báo Nhân dân)", vi));
        assert!(!is_credit("(Theo Báo Nhân dân)", vi));
        assert!(!stands_alone("(Theo quy định mới)", vi));
    }

    #[test]
    fn a_trailing_credit_is_found_after_space_or_a_stop() {
        let en = Rules::builtin(Lang::En);
        let text = "Delegates pose in Nanning. (Photo: VNA)";
        assert_eq!(trailing(text, en), Some(text.find('(').unwrap()));
        assert_eq!(trailing("He spoke (the U.S.)", en), None);
        // Who released it and who took it make one credit.
        let zh = Rules::builtin(Lang::Zh);
        let text = "农民在田里插秧。中新社发（张伟 摄）";
        assert_eq!(trailing(text, zh), Some(text.find('中').unwrap()));
        assert!(sign_off("-VNA"));
        assert!(sign_off("– VNA\n"));
        assert!(!sign_off("-based"));
    }
}
