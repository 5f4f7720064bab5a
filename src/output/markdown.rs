//! The bilingual (multilingual) Markdown document: block by block, the source and then each
//! translation, labelled by language, in the block's own Markdown form.
//!
//! Article text is escaped so that it reads as text in any CommonMark or GitHub renderer: an
//! article cannot open a link, an emphasis, an HTML tag or a new block.

use super::{layout, Context};
use crate::aligned::{Aligned, Origin, Row};
use crate::document::BlockKind;
use crate::lang::Lang;
use std::fmt::Write as _;

/// Markdown for one document.
pub fn render(doc: &Aligned, _ctx: &Context) -> String {
    super::stream::render(&mut Markdown::default(), doc)
}

/// The Markdown writer, part by part: the lines under the title name the providers and warn
/// of pseudo output, so they are written once every block is.
#[derive(Default)]
pub(super) struct Markdown {
    providers: Vec<String>,
    pseudo: bool,
    /// The last block seen, which the next part may go on with.
    open: Option<OpenBlock>,
}

impl super::stream::Parts for Markdown {
    fn late_head(&self) -> bool {
        true
    }

    fn rows(&mut self, doc: &Aligned) -> Vec<u8> {
        for name in layout::providers(doc) {
            if !self.providers.contains(&name) {
                self.providers.push(name);
            }
        }
        self.pseudo |= layout::any_pseudo(doc);
        let mut out = String::new();
        let langs = layout::languages(doc);
        for row in &doc.rows {
            if let Some(open) = self.open.take_if(|open| open.block != row.block) {
                out.push_str(&open.render());
            }
            let open = self
                .open
                .get_or_insert_with(|| OpenBlock::new(row, doc.lang, langs.clone()));
            open.push(row);
        }
        out.into_bytes()
    }

    fn end_rows(&mut self) -> Vec<u8> {
        self.open
            .take()
            .map(|open| open.render().into_bytes())
            .unwrap_or_default()
    }

    fn finish(&mut self, doc: &Aligned) -> (Vec<u8>, Vec<u8>) {
        let mut out = String::new();
        out.push_str(&format!("# {}\n\n", escape(doc.title())));
        let byline = layout::byline(doc);
        if !byline.is_empty() {
            let parts: Vec<String> = byline.iter().map(|p| escape(p)).collect();
            out.push_str(&format!("*{}*\n\n", parts.join(" · ")));
        }
        out.push_str(&header(doc, &self.providers, self.pseudo));
        (out.into_bytes(), Vec::new())
    }
}

/// The lines under the title: where the text comes from, its languages and providers.
fn header(doc: &Aligned, providers: &[String], pseudo: bool) -> String {
    let names: Vec<&str> = doc.targets.iter().map(|l| l.name()).collect();
    let mut out = format!(
        "Source: {}, {} → {}",
        escape(&doc.source_path),
        doc.lang.name(),
        if names.is_empty() {
            "no target language".to_string()
        } else {
            names.join(", ")
        }
    );
    if !providers.is_empty() {
        out.push_str(&format!(
            ", translated by {}",
            escape(&providers.join(", "))
        ));
    }
    out.push_str(".\n");
    if pseudo {
        out.push_str(
            "\n> **Pseudo output:** the `pseudo` provider marks text with its target language \
             and substitutes glossary terms; it does not translate.\n",
        );
    }
    out
}

/// One segment in one language, escaped; a missing translation becomes a marked placeholder.
fn segment(row: &Row, lang: Lang, source: Lang) -> String {
    if lang == source {
        return escape(&row.source);
    }
    match row.targets.get(&lang) {
        Some(cell) if cell.origin != Origin::Failed => match &cell.text {
            Some(text) => escape(text),
            None => placeholder(None),
        },
        Some(cell) => placeholder(cell.error.as_deref()),
        None => placeholder(None),
    }
}

fn placeholder(error: Option<&str>) -> String {
    match error {
        Some(e) => format!("**\\[not translated: {}\\]**", escape(e)),
        None => "**\\[not translated\\]**".to_string(),
    }
}

fn label_of(lang: Lang) -> String {
    format!("`{}`", lang.code())
}

/// A block, gathered a row at a time: a block may be cut between two parts of a run (a
/// paragraph larger than a part), so the writer keeps it open across parts, holding each
/// language's text so far rather than the rows.
struct OpenBlock {
    block: usize,
    kind: BlockKind,
    source: Lang,
    langs: Vec<Lang>,
    /// Each language's speaker label (a speaker block's first segment, `Reporter:`, shown
    /// in bold) and its sentences so far, joined as the language writes them.
    cells: Vec<(Option<String>, String)>,
    /// A code block's lines (code is never translated).
    code: Vec<String>,
    labelled: bool,
    rows: usize,
}

impl OpenBlock {
    fn new(first: &Row, source: Lang, langs: Vec<Lang>) -> Self {
        OpenBlock {
            block: first.block,
            kind: first.kind,
            source,
            cells: langs.iter().map(|_| (None, String::new())).collect(),
            langs,
            code: Vec::new(),
            labelled: first.kind == BlockKind::Speaker && layout::is_speaker_label(&first.source),
            rows: 0,
        }
    }

    fn push(&mut self, row: &Row) {
        let first = self.rows == 0;
        self.rows += 1;
        if self.kind == BlockKind::Code {
            self.code.push(row.source.clone());
            return;
        }
        for (&lang, (label, text)) in self.langs.iter().zip(&mut self.cells) {
            let shown = segment(row, lang, self.source);
            if first && self.labelled {
                *label = Some(shown);
                continue;
            }
            layout::push_sentence(text, &shown);
        }
    }

    /// The block after a rule (which shows which paragraphs say the same).
    fn render(self) -> String {
        let mut out = String::from("\n---\n\n");
        self.body(&mut out);
        out.truncate(out.trim_end_matches('\n').len());
        out.push('\n');
        out
    }

    fn body(self, out: &mut String) {
        let kind = self.kind;
        if kind == BlockKind::Code {
            // Code is never translated: the source once, in a fence no line of it can close.
            let text = crate::text::escape_controls(&self.code.join("\n")).into_owned();
            let fence = "`".repeat(longest_run(&text, '`').max(2) + 1);
            out.push_str(&format!("{fence}\n{text}\n{fence}\n"));
            return;
        }
        // Each language on a line of the block's own form; a list item keeps one bullet (its
        // languages are paragraphs of that item) and a quote stays one quote.
        let between = if kind == BlockKind::Quote {
            ">\n"
        } else {
            "\n"
        };
        let mark = if kind == BlockKind::Caption {
            "*Caption:* "
        } else {
            ""
        };
        out.reserve(self.cells.iter().map(|(_, t)| t.len() + 32).sum());
        for (i, (&lang, (label, text))) in self.langs.iter().zip(&self.cells).enumerate() {
            if i > 0 {
                out.push_str(between);
            }
            let lead = match kind {
                BlockKind::Heading => "## ",
                BlockKind::Quote => "> ",
                BlockKind::ListItem if i == 0 => "- ",
                BlockKind::ListItem => "  ",
                _ => "",
            };
            let _ = write!(out, "{lead}{} {mark}", label_of(lang));
            match label {
                Some(label) if text.is_empty() => {
                    let _ = write!(out, "**{label}**");
                }
                Some(label) => {
                    let _ = write!(out, "**{label}**{}", layout::sentence_gap(label));
                    out.push_str(text);
                }
                None => out.push_str(text),
            }
            out.push('\n');
        }
    }
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// Text made inert for Markdown: every character that could open markup is backslash-escaped,
/// `<` and `&` become entities (renderers pass HTML through), and line breaks become spaces so
/// that text cannot start a block of its own.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '$' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    crate::text::escape_controls(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;
    use crate::output::layout::test_rows::{aligned, cell, failed, row};

    fn ctx(glossary: &Glossary) -> Context<'_> {
        Context {
            glossary,
            zh_tag: "zh-CN",
            scratch: None,
        }
    }

    #[test]
    fn escape_leaves_no_markup() {
        let text =
            "<script>alert(1)</script> *a* _b_ [l](http://x) `c` # d & e\n# f | g ~h~ $x$ ![i]";
        let escaped = escape(text);
        assert!(!escaped.contains('<'));
        assert!(!escaped.contains('\n'));
        assert!(escaped.contains("&lt;script&gt;"));
        assert!(escaped.contains("\\[l\\](http://x)"));
        assert!(escaped.contains("\\*a\\*"));
        assert!(escaped.contains("&amp; e"));
    }

    #[test]
    fn escaped_text_parses_as_plain_text_with_every_extension() {
        use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
        let nasty = "<script>x</script> <b>b</b> *a* __b__ [l](u) ![i](u) `c` ~~s~~ $m$ \
                     | t | &amp; <http://x> [^1] 1. - > # h\n# h2\n===";
        let text = format!("`en` {}", escape(nasty));
        let mut plain = String::new();
        for event in Parser::new_ext(&text, Options::all()) {
            match event {
                Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                Event::Code(code) => assert_eq!(&*code, "en"),
                Event::Text(t) => plain.push_str(&t),
                other => panic!("markup from text: {other:?} in {text}"),
            }
        }
        assert_eq!(plain, format!(" {}", nasty.replace('\n', " ")));
    }

    #[test]
    fn blocks_keep_their_form_and_languages_their_labels() {
        let glossary = Glossary::empty();
        let rows = vec![
            row("b1.s1", BlockKind::Heading, "Tiêu đề", Some(cell("Title"))),
            row(
                "b2.s1",
                BlockKind::Paragraph,
                "Câu một.",
                Some(cell("One.")),
            ),
            row(
                "b2.s2",
                BlockKind::Paragraph,
                "Câu hai.",
                Some(cell("Two.")),
            ),
            row("b3.s1", BlockKind::ListItem, "Mục", Some(cell("Item"))),
            row("b4.s1", BlockKind::Caption, "Ảnh", Some(cell("Photo"))),
            row(
                "b5.s1",
                BlockKind::Speaker,
                "Phóng viên:",
                Some(cell("Reporter:")),
            ),
            row("b5.s2", BlockKind::Speaker, "Vì sao?", Some(cell("Why?"))),
        ];
        let md = render(&aligned(Lang::Vi, &[Lang::En], rows), &ctx(&glossary));
        assert!(md.contains("\n## `vi` Tiêu đề\n\n## `en` Title\n"), "{md}");
        assert!(
            md.contains("\n`vi` Câu một. Câu hai.\n\n`en` One. Two.\n"),
            "{md}"
        );
        assert!(md.contains("\n- `vi` Mục\n\n  `en` Item\n"), "{md}");
        assert!(md.contains("`en` *Caption:* Photo"), "{md}");
        assert!(md.contains("`en` **Reporter:** Why?"), "{md}");
    }

    #[test]
    fn failures_are_marked_placeholders_and_injected_markup_is_text() {
        let glossary = Glossary::empty();
        let failed = failed("HTTP 500 <b>");
        let rows = vec![
            row("b1.s1", BlockKind::Paragraph, "Một.", Some(failed)),
            row(
                "b2.s1",
                BlockKind::Paragraph,
                "Hai.",
                Some(cell("<script>alert(1)</script> [x](javascript:y)")),
            ),
        ];
        let md = render(&aligned(Lang::Vi, &[Lang::En], rows), &ctx(&glossary));
        assert!(
            md.contains("`en` **\\[not translated: HTTP 500 &lt;b&gt;\\]**"),
            "{md}"
        );
        assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:y)"));
        assert!(!md.contains("<script"));
    }

    #[test]
    fn code_fences_outrun_the_code() {
        let glossary = Glossary::empty();
        let rows = vec![row("b1.s1", BlockKind::Code, "a ```` b", None)];
        let md = render(&aligned(Lang::En, &[], rows), &ctx(&glossary));
        assert!(md.contains("`````\na ```` b\n`````\n"), "{md}");
    }
}
