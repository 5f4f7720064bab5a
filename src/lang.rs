//! The three languages bitext works in, their codes, and detection of a document's language.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language of the parallel text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Vi,
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Vi, Lang::En, Lang::Zh];

    /// The code used in bitext's own files and command line (`vi`, `en`, `zh`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The marks this language writes figures with: the one that groups thousands and the
    /// decimal one (`1.234,5` in Vietnamese, `1,234.5` in English and Chinese).
    pub fn figure_marks(self) -> (char, char) {
        match self {
            Lang::Vi => ('.', ','),
            Lang::En | Lang::Zh => (',', '.'),
        }
    }

    /// The English name, for prompts and messages.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Vi => "Vietnamese",
            Lang::En => "English",
            Lang::Zh => "Chinese (Simplified)",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// `text` with its figures written as `to` writes them: a copied (untranslated) cell of a
/// table, `127,5` or `+24,1%` from Vietnamese, is `127.5` and `+24.1%` in English, as a
/// translation would write it, not a figure a tenth of its size or ten times larger. Only
/// well-formed figures change (groups of three after the first, one decimal mark after
/// them): a date (`12.8.2024`), a version or an Indian grouping (`6,79,091`) stays as it is.
pub fn localize_figures(text: &str, from: Lang, to: Lang) -> std::borrow::Cow<'_, str> {
    let (group, decimal) = from.figure_marks();
    let (group_to, decimal_to) = to.figure_marks();
    if group == group_to || !text.contains([group, decimal]) {
        return std::borrow::Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit()
            || i > 0
                && (chars[i - 1].is_alphanumeric()
                    || chars[i - 1] == group
                    || chars[i - 1] == decimal)
        {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The figure: digits, and marks between digits.
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (chars[i] == group || chars[i] == decimal)
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            i += 1;
        }
        let figure = &chars[start..i];
        let glued = chars.get(i).is_some_and(|c| c.is_alphanumeric());
        if glued || !well_formed(figure, group, decimal) {
            out.extend(figure);
            continue;
        }
        out.extend(figure.iter().map(|&c| match c {
            c if c == group => group_to,
            c if c == decimal => decimal_to,
            c => c,
        }));
    }
    std::borrow::Cow::Owned(out)
}

/// `1.234.567,5` (with `.` grouping and `,` decimal): groups of three after a first of one to
/// three digits, and at most one decimal mark, after them.
fn well_formed(figure: &[char], group: char, decimal: char) -> bool {
    let text: String = figure.iter().collect();
    let (whole, fraction) = match text.split_once(decimal) {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    if fraction.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let mut groups = whole.split(group);
    let first_ok = groups.next().is_some_and(|g| {
        (1..=3).contains(&g.len()) || fraction.is_some() && !whole.contains(group) && !g.is_empty()
    });
    first_ok && groups.all(|g| g.len() == 3)
}

#[derive(Debug, thiserror::Error)]
#[error("unknown language '{0}': use vi, en or zh")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Also takes BCP 47 tags as CAT tools write them (`vi-VN`, `en_GB`, `zh-Hans-CN`); Chinese
    /// tags that mean Traditional script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) are refused,
    /// since bitext's Chinese is Simplified.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let tag = s.trim().to_ascii_lowercase().replace('_', "-");
        match tag.as_str() {
            "vietnamese" => return Ok(Lang::Vi),
            "english" => return Ok(Lang::En),
            "chinese" => return Ok(Lang::Zh),
            _ => {}
        }
        let mut subtags = tag.split('-');
        let lang = match subtags.next().unwrap_or("") {
            "vi" | "vie" => Lang::Vi,
            "en" | "eng" => Lang::En,
            "zh" | "zho" | "cmn" => Lang::Zh,
            _ => return Err(UnknownLang(s.to_string())),
        };
        let traditional = |t: &str| matches!(t, "hant" | "tw" | "hk" | "mo");
        if lang == Lang::Zh && subtags.any(traditional) {
            return Err(UnknownLang(s.to_string()));
        }
        Ok(lang)
    }
}

/// Guesses the language of a text from its script: Han characters mean Chinese, Latin letters
/// carrying Vietnamese-only marks mean Vietnamese, other Latin text is taken as English.
/// Returns `None` when the text has no letters at all.
pub fn detect(text: &str) -> Option<Lang> {
    let mut letters = Letters::default();
    letters.add(text);
    letters.detect()
}

/// The letters [`detect`] counts, added a piece at a time: a document read as a stream is
/// sampled without holding the sample (the decision depends only on the counts).
#[derive(Clone, Copy, Debug, Default)]
pub struct Letters {
    han: usize,
    latin: usize,
    vietnamese: usize,
}

impl Letters {
    pub fn add(&mut self, text: &str) {
        for c in text.chars() {
            // ASCII first: most letters of all three languages' text are ASCII or Han, and
            // the Unicode tables of `is_alphabetic` are slow.
            if c.is_ascii() {
                self.latin += usize::from(c.is_ascii_alphabetic());
            } else if is_han(c) {
                self.han += 1;
            } else if is_latin_extended_letter(c) {
                self.latin += 1;
                if is_vietnamese_letter(c) {
                    self.vietnamese += 1;
                }
            }
        }
    }

    /// [`detect`]'s decision on everything added.
    pub fn detect(&self) -> Option<Lang> {
        let Letters {
            han,
            latin,
            vietnamese,
        } = *self;
        // A Han character carries about as much text as a short Latin word, so a few count for much.
        if han > 0 && han * 4 >= latin {
            Some(Lang::Zh)
        } else if latin == 0 {
            (han > 0).then_some(Lang::Zh)
        } else if vietnamese * 12 >= latin {
            // Vietnamese prose has a marked letter every few letters; English has almost none.
            Some(Lang::Vi)
        } else {
            Some(Lang::En)
        }
    }
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2EBEF | 0x30000..=0x3134F)
}

/// A letter of Latin-1, Latin Extended-A and -B or Latin Extended Additional (where every
/// character is a letter but `×` and `÷`): what `char::is_alphabetic` says of them, without
/// its tables.
pub fn is_latin_extended_letter(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x1E00..=0x1EFF)
}

/// Letters that occur in Vietnamese but hardly ever in English text (including loanwords).
fn is_vietnamese_letter(c: char) -> bool {
    // The precomposed letters of Vietnamese's own block, and those of it in Latin-1 and
    // Latin Extended-A (lower case, and the capitals with a breve, circumflex or horn).
    matches!(c as u32, 0x1EA0..=0x1EF9)
        || matches!(
            c,
            'Â' | 'Ê'
                | 'Ô'
                | 'à'
                | 'á'
                | 'â'
                | 'ã'
                | 'è'
                | 'é'
                | 'ê'
                | 'ì'
                | 'í'
                | 'ò'
                | 'ó'
                | 'ô'
                | 'õ'
                | 'ù'
                | 'ú'
                | 'ý'
                | 'Ă'
                | 'ă'
                | 'Đ'
                | 'đ'
                | 'ĩ'
                | 'ũ'
                | 'Ơ'
                | 'ơ'
                | 'Ư'
                | 'ư'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_figures_are_written_as_the_target_writes_them() {
        let vi_en = |t| localize_figures(t, Lang::Vi, Lang::En).into_owned();
        let en_vi = |t| localize_figures(t, Lang::En, Lang::Vi).into_owned();
        assert_eq!(vi_en("127,5"), "127.5");
        assert_eq!(vi_en("+24,1%"), "+24.1%");
        assert_eq!(vi_en("1.234.567,25 tỷ"), "1,234,567.25 tỷ");
        assert_eq!(en_vi("$4,421"), "$4.421");
        assert_eq!(en_vi("-1.2% and 2,345.5"), "-1,2% and 2.345,5");
        assert_eq!(en_vi("2024"), "2024");
        // Not figures of the form: a date, an Indian grouping, a version, a code.
        assert_eq!(vi_en("12.8.2024"), "12.8.2024");
        assert_eq!(en_vi("6,79,091"), "6,79,091");
        assert_eq!(en_vi("v1.2.3"), "v1.2.3");
        assert_eq!(en_vi("QL1.5A"), "QL1.5A");
        // English and Chinese write figures alike.
        assert_eq!(localize_figures("1,234.5", Lang::En, Lang::Zh), "1,234.5");
    }

    #[test]
    fn latin_extended_letters_are_the_alphabetic_ones_of_their_blocks() {
        for c in (0..0x2000u32).filter_map(char::from_u32) {
            let block = matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF);
            assert_eq!(
                is_latin_extended_letter(c),
                block && c.is_alphabetic(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn vietnamese_letters_are_those_of_the_alphabet() {
        // The letters of the Vietnamese alphabet with their tones, as they are written.
        let listed = "ăâđêôơưĂÂĐÊÔƠƯàảãạáằẳẵặắầẩẫậấèẻẽẹéềểễệếìỉĩịíòỏõọóồổỗộốờởỡợớùủũụúừửữựứỳỷỹỵý";
        for c in (0..0x2000u32).filter_map(char::from_u32) {
            let expected = (0x1EA0..=0x1EF9).contains(&(c as u32)) || listed.contains(c);
            assert_eq!(is_vietnamese_letter(c), expected, "{c:?}");
        }
    }

    #[test]
    fn detects_each_language() {
        assert_eq!(detect("Các đại biểu tham dự Diễn đàn."), Some(Lang::Vi));
        assert_eq!(detect("The delegation arrived in Nanning."), Some(Lang::En));
        assert_eq!(detect("中华全国妇女联合会副主席林怡出席。"), Some(Lang::Zh));
        assert_eq!(detect("2023-03-19 ..."), None);
    }

    #[test]
    fn english_with_a_vietnamese_name_stays_english() {
        assert_eq!(
            detect("Vice President Đỗ Thị Thu Thảo of the Vietnam Women's Union spoke at the forum in Nanning on Wednesday."),
            Some(Lang::En)
        );
    }

    #[test]
    fn parses_codes() {
        assert_eq!("ZH-Hans".parse::<Lang>().ok(), Some(Lang::Zh));
        assert!("fr".parse::<Lang>().is_err());
        for (tag, lang) in [
            ("zh-Hans-CN", Lang::Zh),
            ("zh_CN", Lang::Zh),
            ("zh-SG", Lang::Zh),
            ("vi-VN", Lang::Vi),
            ("en-AU", Lang::En),
        ] {
            assert_eq!(tag.parse::<Lang>().ok(), Some(lang), "{tag}");
        }
        for tag in ["zh-Hant", "zh-TW", "zh-Hant-HK", "", "env", "english-ish"] {
            assert!(tag.parse::<Lang>().is_err(), "{tag}");
        }
    }
}
