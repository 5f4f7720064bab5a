//! Markdown input, read with pulldown-cmark: one block per paragraph, heading, list item, quoted
//! paragraph, table cell or code block, with inline code protected from translation.
//!
//! Text belongs to the innermost block around it, so nothing is emitted twice; its kind comes
//! from the innermost heading, list item, quote or table cell around it (a paragraph inside a
//! quote is a quote), else it is a paragraph.

use super::blocks::{trim_code, Collector, Run};
use super::{BlockKind, Cleaner, Dropped, RawBlock};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

pub fn parse(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>) {
    // Strikethrough stays off: a single `~` is common in Chinese and Vietnamese ranges
    // (`10~20`) and would be eaten as markup.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut reader = Reader {
        out: Collector::new(cleaner),
        lines: LineIndex::new(text),
        run: Run::default(),
        kinds: Vec::new(),
        image_depth: 0,
        images: Vec::new(),
        verbatim: None,
    };
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.event(event, range);
    }
    reader.flush();
    reader.out.finish()
}

/// Content that is collected as written rather than as inline text.
enum Verbatim {
    Code { line: usize, text: String },
    Html { line: usize, text: String },
    Metadata,
}

struct Reader<'c> {
    out: Collector<'c>,
    lines: LineIndex,
    run: Run,
    /// Kinds of the enclosing headings, items, quotes and cells, innermost last.
    kinds: Vec<BlockKind>,
    image_depth: usize,
    /// Alt texts of the images in the current run, with their lines.
    images: Vec<(usize, Run)>,
    verbatim: Option<Verbatim>,
}

impl Reader<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text, range),
            Event::Code(code) => {
                if let Some((_, alt)) = self.images.last_mut().filter(|_| self.image_depth > 0) {
                    alt.push_str(&code);
                } else {
                    self.note_line(range.start);
                    self.run.open_protected();
                    self.run.push_str(&code);
                    self.run.close_protected();
                }
            }
            Event::SoftBreak | Event::HardBreak => self.space(),
            Event::Html(html) => match &mut self.verbatim {
                Some(Verbatim::Html { text, .. }) => text.push_str(&html),
                _ => {
                    let line = self.lines.line_of(range.start);
                    self.out.drop(line, "markup", [html.as_ref()]);
                }
            },
            Event::InlineHtml(html) => {
                let line = self.lines.line_of(range.start);
                self.out.drop(line, "markup", [html.as_ref()]);
                if is_line_break(&html) {
                    self.space();
                }
            }
            Event::Rule => self.flush(),
            // Not enabled in the options; kept as text should that ever change.
            Event::InlineMath(text) | Event::DisplayMath(text) | Event::FootnoteReference(text) => {
                self.text(&text, range)
            }
            Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        let line = self.lines.line_of(range.start);
        match tag {
            Tag::Paragraph => self.open_block(line, None),
            Tag::Heading { .. } => self.open_block(line, Some(BlockKind::Heading)),
            Tag::Item => self.open_block(line, Some(BlockKind::ListItem)),
            Tag::BlockQuote(_) => self.open_block(line, Some(BlockKind::Quote)),
            Tag::TableCell => self.open_block(line, Some(BlockKind::TableCell)),
            Tag::List(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => self.flush(),
            Tag::CodeBlock(_) => {
                self.flush();
                self.verbatim = Some(Verbatim::Code {
                    line,
                    text: String::new(),
                });
            }
            Tag::HtmlBlock => {
                self.flush();
                self.verbatim = Some(Verbatim::Html {
                    line,
                    text: String::new(),
                });
            }
            Tag::MetadataBlock(_) => {
                self.flush();
                self.verbatim = Some(Verbatim::Metadata);
            }
            Tag::Image { .. } => {
                self.image_depth += 1;
                if self.image_depth == 1 {
                    self.images.push((line, Run::default()));
                }
            }
            Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. } => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::TableCell => {
                self.flush();
                self.kinds.pop();
            }
            TagEnd::Paragraph
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(),
            TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {
                match self.verbatim.take() {
                    Some(Verbatim::Code { line, text }) => {
                        let code = trim_code(&text).to_string();
                        self.out.block(line, BlockKind::Code, code, Vec::new());
                    }
                    Some(Verbatim::Html { line, text }) => {
                        self.out.drop(line, "markup", [text.as_str()]);
                    }
                    Some(Verbatim::Metadata) | None => {}
                }
            }
            TagEnd::Image => self.image_depth = self.image_depth.saturating_sub(1),
            TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link => {}
        }
    }

    fn text(&mut self, text: &str, range: Range<usize>) {
        match &mut self.verbatim {
            Some(Verbatim::Code { text: code, .. }) => code.push_str(text),
            Some(Verbatim::Html { text: html, .. }) => html.push_str(text),
            Some(Verbatim::Metadata) => {
                // Front matter: each `key: value` line is a header line of the article.
                let first = self.lines.line_of(range.start);
                for (i, line) in text.lines().enumerate() {
                    let mut run = Run::default();
                    run.push_str(line);
                    let (_, line, _) = run.take();
                    self.out
                        .block(first + i, BlockKind::Metadata, line, Vec::new());
                }
            }
            None => {
                if let Some((_, alt)) = self.images.last_mut().filter(|_| self.image_depth > 0) {
                    alt.push_str(text);
                } else {
                    self.note_line(range.start);
                    self.run.push_str(text);
                }
            }
        }
    }

    fn space(&mut self) {
        match self.images.last_mut().filter(|_| self.image_depth > 0) {
            Some((_, alt)) => alt.space(),
            None => self.run.space(),
        }
    }

    /// A run with no line yet (text after a nested list, say) starts where its first text is.
    fn note_line(&mut self, offset: usize) {
        if self.run.line.is_none() {
            self.run.line = Some(self.lines.line_of(offset));
        }
    }

    fn open_block(&mut self, line: usize, kind: Option<BlockKind>) {
        self.flush();
        self.run.line = Some(line);
        if let Some(kind) = kind {
            self.kinds.push(kind);
        }
    }

    /// Ends the current block. Images that are all there is to it become captions (their alt
    /// text); images inside a sentence would break it, so their alt text is recorded instead.
    fn flush(&mut self) {
        let images = std::mem::take(&mut self.images);
        self.image_depth = 0;
        let (line, text, protected) = self.run.take();
        if text.is_empty() {
            for (line, mut alt) in images {
                let (_, alt, _) = alt.take();
                self.out.block(line, BlockKind::Caption, alt, Vec::new());
            }
            return;
        }
        for (line, mut alt) in images {
            let (_, alt, _) = alt.take();
            if !alt.is_empty() {
                self.out.drop(line, "image inside text", [alt.as_str()]);
            }
        }
        let kind = self.kinds.last().copied().unwrap_or(BlockKind::Paragraph);
        self.out.block(line.unwrap_or(1), kind, text, protected);
    }
}

fn is_line_break(html: &str) -> bool {
    let tag = html.trim_start_matches('<').trim_start();
    tag.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("br"))
        && !tag[2..].starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// Byte offset to 1-based line. The parser reports offsets almost always in increasing order,
/// so a cursor that steps forward makes the whole document linear; a step back searches.
struct LineIndex {
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    cursor: usize,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts, cursor: 0 }
    }

    fn line_of(&mut self, offset: usize) -> usize {
        if self.starts[self.cursor] > offset {
            self.cursor = self
                .starts
                .partition_point(|&s| s <= offset)
                .saturating_sub(1);
        }
        while self
            .starts
            .get(self.cursor + 1)
            .is_some_and(|&next| next <= offset)
        {
            self.cursor += 1;
        }
        self.cursor + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    const ARTICLE: &str = r#"---
title: Hội nghị Phụ nữ ASEAN
date: 2024-05-01
---

# Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh

Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh

*Nam Ninh*, ngày 1/5 — Hội nghị **Phụ nữ ASEAN** (Q&amp;A&nbsp;trực tuyến) khai mạc với
đại biểu từ [10 quốc gia](https://example.com/a).  
Chủ đề: 10~20 dự án.

![Các đại biểu chụp ảnh lưu niệm](anh-dai-bieu.jpg)

anh-dai-bieu.jpg

> Chúng tôi cam kết hợp tác lâu dài.
>
> 我们致力于长期合作。

- Kinh tế số
  - Thương mại điện tử
  - Thanh toán `QR-Pay` xuyên biên giới
- Giáo dục

| Quốc gia | Đại biểu |
|---|---|
| Việt Nam | 12 |
| 中国 | 12 |

Chạy lệnh `bitext --from vi` để dịch, có ![biểu tượng](icon.png) ở đây.

```toml
[provider]
name = "deepl"
```

<div class="ad">
Quảng cáo
</div>

Xem thêm
"#;

    fn kinds_and_texts(blocks: &[RawBlock]) -> Vec<(BlockKind, &str)> {
        blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn reads_a_news_article() {
        let (blocks, dropped) = parse(ARTICLE, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (Metadata, "title: Hội nghị Phụ nữ ASEAN"),
                (Metadata, "date: 2024-05-01"),
                (Heading, "Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh"),
                (
                    Paragraph,
                    "Nam Ninh, ngày 1/5 — Hội nghị Phụ nữ ASEAN (Q&A trực tuyến) khai mạc với \
                     đại biểu từ 10 quốc gia. Chủ đề: 10~20 dự án."
                ),
                (Caption, "Các đại biểu chụp ảnh lưu niệm"),
                (Quote, "Chúng tôi cam kết hợp tác lâu dài."),
                (Quote, "我们致力于长期合作。"),
                (ListItem, "Kinh tế số"),
                (ListItem, "Thương mại điện tử"),
                (ListItem, "Thanh toán QR-Pay xuyên biên giới"),
                (ListItem, "Giáo dục"),
                (TableCell, "Quốc gia"),
                (TableCell, "Đại biểu"),
                (TableCell, "Việt Nam"),
                (TableCell, "12"),
                (TableCell, "中国"),
                (TableCell, "12"),
                (Paragraph, "Chạy lệnh bitext --from vi để dịch, có ở đây."),
                (Code, "[provider]\nname = \"deepl\""),
            ]
        );
        let lines: Vec<usize> = blocks.iter().map(|b| b.line).collect();
        assert_eq!(
            lines,
            vec![2, 3, 6, 10, 14, 18, 20, 22, 23, 24, 25, 27, 27, 29, 29, 30, 30, 32, 34]
        );

        let item = &blocks[9];
        assert_eq!(item.protected.len(), 1);
        assert_eq!(&item.text[item.protected[0].clone()], "QR-Pay");
        let command = &blocks[17];
        assert_eq!(
            &command.text[command.protected[0].clone()],
            "bitext --from vi"
        );
        assert!(blocks[3].protected.is_empty());

        let reasons: Vec<(usize, &str, &str)> = dropped
            .iter()
            .map(|d| (d.line, d.reason.as_str(), d.text.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (
                    8,
                    "duplicate of line 6",
                    "Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh"
                ),
                (16, "image file name", "anh-dai-bieu.jpg"),
                (32, "image inside text", "biểu tượng"),
                (39, "markup", "<div class=\"ad\"> Quảng cáo </div>"),
                (43, "page chrome", "Xem thêm"),
            ]
        );
    }

    #[test]
    fn loose_list_items_and_text_after_a_nested_list() {
        let md = "1. Mục một.\n\n   Đoạn hai của mục một.\n\n2. Mục hai\n   - con\n\n   sau danh sách con\n";
        let (blocks, _) = parse(md, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (ListItem, "Mục một."),
                (ListItem, "Đoạn hai của mục một."),
                (ListItem, "Mục hai"),
                (ListItem, "con"),
                (ListItem, "sau danh sách con"),
            ]
        );
        assert_eq!(blocks[4].line, 8);
    }

    #[test]
    fn inline_html_is_recorded_and_a_br_separates_words() {
        let (blocks, dropped) = parse("Một<br>hai <span>ba</span>.\n", &Cleaner::default());
        assert_eq!(blocks[0].text, "Một hai ba.");
        assert_eq!(dropped.len(), 3);
        assert!(dropped.iter().all(|d| d.reason == "markup"));
    }

    #[test]
    fn indented_code_is_code() {
        let (blocks, _) = parse(
            "Đoạn văn.\n\n    let x = 1;\n      y();\n",
            &Cleaner::default(),
        );
        assert_eq!(blocks[1].kind, Code);
        assert_eq!(blocks[1].text, "let x = 1;\n  y();");
        assert_eq!(blocks[1].line, 3);
    }

    #[test]
    fn line_index_answers_out_of_order_queries() {
        let mut index = LineIndex::new("a\nb\n\nc");
        assert_eq!(index.line_of(0), 1);
        assert_eq!(index.line_of(5), 4);
        assert_eq!(index.line_of(2), 2);
        assert_eq!(index.line_of(4), 3);
        assert_eq!(index.line_of(100), 4);
    }

    #[test]
    fn large_document_completes() {
        let section = "## Mục {i}\n\nĐoạn văn số {i} về hợp tác kinh tế, có `mã-{i}` và **chữ đậm**.\n\n- điểm một {i}\n- điểm hai {i}\n\n";
        let mut md = String::new();
        let mut n = 0;
        while md.len() < 2_000_000 {
            md.push_str(&section.replace("{i}", &n.to_string()));
            n += 1;
        }
        let (blocks, dropped) = parse(&md, &Cleaner::default());
        assert_eq!(blocks.len(), 4 * n);
        assert!(dropped.is_empty());
        let last = &blocks[blocks.len() - 1];
        assert_eq!(last.text, format!("điểm hai {}", n - 1));
        let last_line = md
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with("- điểm hai"))
            .map(|(i, _)| i)
            .last();
        assert_eq!(Some(last.line), last_line.map(|i| i + 1));
    }
}
