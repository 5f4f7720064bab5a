//! Reads the passage files of tests/segmentation (the format is in its README.md) and scores
//! a segmenter's output against them; shared by tests/it/segment.rs and
//! examples/eval_segmentation.rs through `#[path]`.

/// One passage: the text as an article file holds it, and the segments it should give.
pub struct Passage {
    pub id: String,
    pub text: String,
    pub expected: Vec<String>,
}

/// The mark of a segment boundary inside a paragraph.
const MARK: char = '¦';

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
        || matches!(
            c,
            '，' | '。'
                | '、'
                | '：'
                | '；'
                | '！'
                | '？'
                | '“'
                | '”'
                | '「'
                | '」'
                | '（'
                | '）'
        )
}

/// White space collapsed to one space, as the shared cases are scored; a line break between
/// two Han characters (a hard wrap inside a Chinese sentence) is no space at all.
pub fn normalise(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let start = i;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            let newline = chars[start..i].contains(&'\n');
            let han_both =
                start > 0 && i < chars.len() && is_han(chars[start - 1]) && is_han(chars[i]);
            if !(out.is_empty() || i == chars.len() || (newline && han_both)) {
                out.push(' ');
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Parses one passage file; `name` is used in errors as `name:line`.
pub fn parse(name: &str, text: &str) -> Result<Vec<Passage>, String> {
    let mut passages: Vec<Passage> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    let mut id: Option<String> = None;
    let finish = |id: Option<String>, body: &mut Vec<&str>, out: &mut Vec<Passage>| {
        if let Some(id) = id {
            let raw = body.join("\n");
            let text = raw.replace(MARK, "");
            let expected = raw
                .split("\n\n")
                .flat_map(|para| para.split(MARK))
                .map(normalise)
                .filter(|s| !s.is_empty())
                .collect();
            out.push(Passage {
                id,
                text: text.trim().to_string() + "\n",
                expected,
            });
        }
        body.clear();
    };
    let mut seen = std::collections::HashSet::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix("## ") {
            finish(id.take(), &mut body, &mut passages);
            let new = rest.trim().to_string();
            if !seen.insert(new.clone()) {
                return Err(format!("{name}:{}: passage `{new}` twice", n + 1));
            }
            id = Some(new);
        } else if line.starts_with("# ") {
            // A comment (`# Round 3 …`), between passages as before the first: not text.
        } else if id.is_some() {
            body.push(line);
        } else if !(line.starts_with('#') || line.trim().is_empty()) {
            return Err(format!(
                "{name}:{}: text before the first `## id` line",
                n + 1
            ));
        }
    }
    finish(id, &mut body, &mut passages);
    Ok(passages)
}
