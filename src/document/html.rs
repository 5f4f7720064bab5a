//! HTML input: the page parsed into a tree of its own ([`tree`], from the tokenizer of
//! [`tokenize`]), page chrome and scripts dropped with their reasons, the article's text cut
//! into blocks.
//!
//! The nesting rule: every element is either inline (its text flows into the block around it) or
//! block-level. Each stretch of inline content between block-level boundaries is one block, so a
//! `p` inside an `li` or a `blockquote` is emitted once, and the `li`'s own text before a nested
//! list is a block of its own. The block's kind is that of the innermost enclosing heading,
//! `li`, `blockquote`, `figcaption`/`caption` or `td`/`th`; otherwise (`p`, `div`, `dt`, `dd`,
//! loose text) it is a paragraph.
//!
//! Lines come from the tree: every node knows its offset in the page (an element the `>` of its
//! start tag, a text its first byte), turned into a line when a block or a record needs one.
//!
//! Hostile markup: the tree keeps elements nested deeper than [`tree::MAX_DEPTH`] as leaves of
//! their ancestor at the limit, their text kept, and the tokenizer keeps at most
//! [`tokenize::MAX_ATTRIBUTES`] attributes of a tag; the page gets a "nested too deep" or a
//! "too many attributes" record saying so.

pub(super) mod tokenize;
pub(super) mod tree;

use super::blocks::{excerpt, trim_code, Collector, Run};
use super::extract::{depth_first, Extraction, Place, Step};
use super::{BlockKind, Cleaner, Dropped, Metadata, RawBlock};
use tree::{Element, Node, NodeRef, MAX_DEPTH};

pub fn parse(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>, Metadata) {
    let parsed = tree::parse(text);
    let html = &parsed.tree;
    // Read once: extraction needs the page's authors and site, and every output its metadata.
    let metadata = super::metadata::from_html(html);
    let extraction = Extraction::new(html, cleaner.whole_page(), &metadata);
    let mut walker = Walker {
        out: Collector::new(cleaner),
        ex: &extraction,
        tree: html,
        run: Run::default(),
        kinds: Vec::new(),
        frames: Vec::new(),
        figures: Vec::new(),
        articles: 0,
        inside: 0,
        outside: Outside::default(),
        whole_page: cleaner.whole_page(),
    };
    if let Some(flat) = parsed.flattened {
        // Nothing is left out, but the page's structure is not quite its own: said first, so
        // that whoever reads the record knows why deep blocks ran together.
        let what = format!(
            "the page nests deeper than {MAX_DEPTH} elements: {} elements below that depth \
             were flattened into their ancestor at depth {MAX_DEPTH}; their text is kept",
            flat.count
        );
        walker
            .out
            .drop_sized(flat.line, super::NESTED_TOO_DEEP, [what.as_str()], 0);
    }
    if parsed.attrs_removed > 0 {
        let what = format!(
            "{} attributes of tags with more than {} were left out; the page's text is kept",
            parsed.attrs_removed,
            tokenize::MAX_ATTRIBUTES
        );
        walker.out.drop_sized(
            parsed.attrs_line,
            super::TOO_MANY_ATTRIBUTES,
            [what.as_str()],
            0,
        );
    }
    walker.walk(html.root());
    let (blocks, dropped) = walker.out.finish();
    (blocks, dropped, metadata)
}

/// Why an element is left out with everything in it whatever the page, if it is.
fn drop_reason(name: &str, in_article: bool, whole_page: bool) -> Option<&'static str> {
    Some(match name {
        "script" | "style" | "noscript" | "template" => "script or style",
        // An article's own header holds its headline and byline, not site navigation.
        "header" if in_article => return None,
        // When the page is read whole, its chrome is still recognised by the element.
        "nav" if whole_page => "navigation",
        "header" | "footer" if whole_page => "header/footer",
        "aside" if whole_page => "related links",
        // A label names a form's control ("Show key events only"), never the article's text.
        "form" | "button" | "select" | "input" | "textarea" | "datalist" | "label" => "form",
        "iframe" | "object" | "embed" | "video" | "audio" | "canvas" | "svg" | "math" => {
            "embedded content"
        }
        "title" => "document title",
        _ => return None,
    })
}

/// Elements that end the block before them and start a new one.
pub(super) fn is_block_level(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "head"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "listing"
            | "main"
            | "menu"
            | "ol"
            | "optgroup"
            | "option"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// A caption marked by its class rather than by `figcaption` (`<p class="image-caption">`).
fn is_caption(element: &Element<'_>) -> bool {
    element
        .attr("class")
        .is_some_and(super::extract::names_caption)
}

/// The kind an element gives to the text inside it, for the elements that name one.
fn kind_of(name: &str) -> Option<BlockKind> {
    match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Heading),
        "li" => Some(BlockKind::ListItem),
        "blockquote" => Some(BlockKind::Quote),
        "figcaption" | "caption" => Some(BlockKind::Caption),
        "td" | "th" => Some(BlockKind::TableCell),
        _ => None,
    }
}

/// What to undo when an element is left.
#[derive(Clone, Copy, Debug)]
struct Frame {
    /// The element's line, for text that has no line of its own.
    line: usize,
    block: bool,
    kind: bool,
    protected: bool,
    figure: bool,
    article: bool,
    /// The root of a part of the article.
    keep: bool,
}

/// Text outside the article that no reason covers, gathered until something else is reported.
#[derive(Default)]
struct Outside {
    line: Option<usize>,
    excerpt: String,
    size: usize,
}

struct Walker<'c> {
    out: Collector<'c>,
    ex: &'c Extraction,
    tree: &'c tree::Tree<'c>,
    run: Run,
    /// Kinds named by the enclosing elements, innermost last.
    kinds: Vec<BlockKind>,
    /// One per open element (descended into or not), so that leaving one pops its own.
    frames: Vec<Option<Frame>>,
    /// For each open figure: whether it has a figcaption (else its images' alt text is one).
    figures: Vec<bool>,
    articles: usize,
    /// How many parts of the article are open (more than one if they nest).
    inside: usize,
    outside: Outside,
    /// `--whole-page`: the page's own nav, header and footer elements are still left out.
    whole_page: bool,
}

impl Walker<'_> {
    fn walk(&mut self, root: NodeRef<'_>) {
        if self.ex.place(root.id()) == Place::Article {
            // The whole page is read: no element opens the article.
            self.inside = 1;
        }
        depth_first(root, |step| match step {
            Step::Open(node) => self.enter(node),
            Step::Close(node) => {
                self.leave(node);
                false
            }
        });
        self.flush(self.frame_line());
        self.flush_outside();
    }

    /// Reports the outside text gathered so far as one region.
    fn flush_outside(&mut self) {
        let outside = std::mem::take(&mut self.outside);
        if outside.size > 0 {
            let line = outside.line.unwrap_or(1);
            self.out.drop_sized(
                line,
                "outside the article",
                [outside.excerpt.as_str()],
                outside.size,
            );
        }
    }

    fn gather_outside(&mut self, node: NodeRef<'_>, text: &str) {
        let size = super::text_size(text);
        if size == 0 {
            return;
        }
        if self.outside.line.is_none() {
            self.outside.line = self.line_of(node).or(Some(self.frame_line()));
        }
        self.outside.size += size;
        // Enough to recognise the region; the rest is counted, not copied.
        if self.outside.excerpt.len() < 1024 {
            self.outside.excerpt.push(' ');
            let end = text.len().min(1024);
            let end = (0..=end)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            self.outside.excerpt.push_str(&text[..end]);
        }
    }

    fn line_of(&self, node: NodeRef<'_>) -> Option<usize> {
        Some(self.tree.line(node.id()))
    }

    /// The line of the innermost open element.
    fn frame_line(&self) -> usize {
        self.frames
            .iter()
            .rev()
            .flatten()
            .next()
            .map_or(1, |f| f.line)
    }

    /// Takes in a node; says whether to go into its children.
    fn enter(&mut self, node: NodeRef<'_>) -> bool {
        let element = match node.value() {
            Node::Text(text) => {
                if self.inside == 0 {
                    self.gather_outside(node, text);
                    return false;
                }
                if self.run.line.is_none() && !text.trim().is_empty() {
                    // The node may open with line breaks before the words a reader would cite.
                    let leading = text.len() - text.trim_start().len();
                    let skipped = text[..leading].matches('\n').count();
                    let line = self.line_of(node).map(|l| l + skipped);
                    self.run.line = Some(line.unwrap_or_else(|| self.frame_line()));
                }
                self.run.push_str(text);
                return false;
            }
            Node::Element(element) => element,
            Node::Document => return true,
        };
        let name = element.name();
        let line = self.line_of(node).unwrap_or_else(|| self.frame_line());

        let place = self.ex.place(node.id());
        let by_tag = drop_reason(name, self.articles > 0, self.whole_page);
        let by_evidence = || {
            self.ex.reason(node.id()).or_else(|| {
                let list = !self.whole_page
                    && self.inside > 0
                    && matches!(name, "ul" | "ol" | "div" | "section" | "table" | "dl");
                (list && place != Place::Article && self.ex.is_link_list(node.id()))
                    .then_some("related links")
            })
        };
        // A region that holds part of the article is walked through whatever its class says.
        let reason = match place {
            Place::Path | Place::Article if name != "script" && name != "style" => None,
            _ => by_tag.or_else(by_evidence),
        };
        if let Some(reason) = reason {
            let size = self.ex.size(node.id());
            // A textless element left out for its class or role (an icon, an empty ad slot)
            // takes no text with it; the elements that are always left out are named.
            if size > 0 || by_tag.is_some() {
                // Separated, so that the items of a dropped menu do not run together.
                let pieces = node.descendants().flat_map(|d| match d.value() {
                    Node::Text(t) => [" ", t],
                    _ => ["", ""],
                });
                let mut text = excerpt(pieces);
                if text.is_empty() {
                    // An input or an external script has no text; its name says what went.
                    text = format!("<{name}>");
                }
                if self.inside == 0 {
                    self.flush_outside();
                }
                self.out.drop_excerpted(line, reason, text, size);
            }
            self.frames.push(None);
            return false;
        }
        if self.inside == 0 && place != Place::Article {
            // Outside the article: gone through for the regions it holds, nothing written.
            self.frames.push(Some(Frame {
                line,
                block: false,
                kind: false,
                protected: false,
                figure: false,
                article: false,
                keep: false,
            }));
            return name != "img";
        }
        match name {
            "br" => {
                self.run.space();
                self.frames.push(None);
                return false;
            }
            "img" => {
                if self.figures.last() == Some(&false) {
                    self.flush(line);
                    let mut alt = Run::default();
                    alt.push_str(element.attr("alt").unwrap_or_default());
                    let (_, alt, _) = alt.take();
                    self.out.block(line, BlockKind::Caption, alt, Vec::new());
                }
                self.frames.push(None);
                return false;
            }
            "pre" => {
                self.flush(line);
                let mut code = String::new();
                for d in node.descendants() {
                    match d.value() {
                        Node::Text(t) => code.push_str(t),
                        Node::Element(e) if e.name() == "br" => code.push('\n'),
                        _ => {}
                    }
                }
                let code = trim_code(&code).to_string();
                self.out.block(line, BlockKind::Code, code, Vec::new());
                self.frames.push(None);
                return false;
            }
            _ => {}
        }

        let mut frame = Frame {
            line,
            block: false,
            kind: false,
            protected: false,
            figure: false,
            article: false,
            keep: false,
        };
        if place == Place::Article {
            if self.inside == 0 {
                self.flush_outside();
            }
            self.inside += 1;
            frame.keep = true;
        }
        if is_block_level(name) {
            self.flush(line);
            self.run.line = Some(line);
            frame.block = true;
            let kind = if is_caption(&element) {
                Some(BlockKind::Caption)
            } else if name == "table" && self.ex.is_image_table(node.id()) {
                // Its cells are the image's caption, whatever cell elements they are.
                Some(BlockKind::Caption)
            } else if matches!(name, "td" | "th") && self.kinds.last() == Some(&BlockKind::Caption)
            {
                Some(BlockKind::Caption)
            } else {
                kind_of(name)
            };
            if let Some(kind) = kind {
                self.kinds.push(kind);
                frame.kind = true;
            }
            if name == "figure" {
                self.figures.push(self.ex.has_figcaption(node.id()));
                frame.figure = true;
            }
        } else if matches!(name, "code" | "kbd" | "samp" | "tt") {
            self.run.open_protected();
            frame.protected = true;
        }
        if name == "article" {
            self.articles += 1;
            frame.article = true;
        }
        self.frames.push(Some(frame));
        true
    }

    fn leave(&mut self, node: NodeRef<'_>) {
        if !node.is_element() {
            return;
        }
        let Some(Some(frame)) = self.frames.pop() else {
            return;
        };
        if frame.block {
            self.flush(frame.line);
        }
        if frame.kind {
            self.kinds.pop();
        }
        if frame.protected {
            self.run.close_protected();
        }
        if frame.figure {
            self.figures.pop();
        }
        if frame.article {
            self.articles = self.articles.saturating_sub(1);
        }
        if frame.keep {
            self.inside = self.inside.saturating_sub(1);
        }
    }

    fn flush(&mut self, fallback_line: usize) {
        let (line, text, protected) = self.run.take();
        let kind = self.kinds.last().copied().unwrap_or(BlockKind::Paragraph);
        self.out
            .block(line.unwrap_or(fallback_line), kind, text, protected);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BlockKind::*;

    const ARTICLE: &str = r#"<!DOCTYPE html>
<html lang="vi">
<head>
<title>Hội nghị Phụ nữ ASEAN | Báo Tin tức</title>
<script>var ads = "<p>không phải nội dung</p>";</script>
<style>p { color: red }</style>
</head>
<body>
<header class="site"><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></header>
<nav><ul><li>Thời sự</li><li>Kinh tế</li></ul></nav>
<article>
<header><h1>Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh</h1></header>
<h1>Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh</h1>
<p class="lead"><strong>Nam Ninh</strong>, ngày 1/5 &mdash; Hội nghị
   <a href="/asean">Phụ nữ ASEAN</a> (Q&amp;A&nbsp;trực tuyến) khai mạc.<br>Đại biểu từ 10 quốc gia.</p>
<figure>
  <img src="anh-dai-bieu.jpg" alt="Ảnh đại biểu">
  <figcaption>Các đại biểu chụp ảnh lưu niệm. 代表们合影留念。</figcaption>
</figure>
<figure><img src="hoi-truong.jpg" alt="Hội trường chính"></figure>
<blockquote><p>Chúng tôi cam kết hợp tác lâu dài.</p><p>我们致力于长期合作。</p></blockquote>
<blockquote>Một câu trích ngắn.</blockquote>
<ul>
  <li>Kinh tế số
    <ul><li>Thương mại điện tử</li><li><p>Thanh toán <code>QR-Pay</code> xuyên biên giới</p></li></ul>
  </li>
  <li>Giáo dục</li>
</ul>
<table>
  <tr><th>Quốc gia</th><th>Đại biểu</th></tr>
  <tr><td>Việt Nam</td><td>12</td></tr>
  <tr><td>中国</td><td>12</td></tr>
</table>
<div class="note">Chạy lệnh <kbd>bitext --from vi</kbd> để dịch.</div>
<pre><code>[provider]
  name = "deepl"
</code></pre>
<div><span>Xem thêm</span></div>
<form><input type="text" placeholder="Email"><button>Đăng ký</button></form>
</article>
<footer>© 2024 Báo Tin tức</footer>
</body>
</html>
"#;

    fn kinds_and_texts(blocks: &[RawBlock]) -> Vec<(BlockKind, &str)> {
        blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    #[test]
    fn reads_a_news_article() {
        let (blocks, dropped, _) = parse(ARTICLE, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (Heading, "Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh"),
                (
                    Paragraph,
                    "Nam Ninh, ngày 1/5 — Hội nghị Phụ nữ ASEAN (Q&A trực tuyến) khai mạc. \
                     Đại biểu từ 10 quốc gia."
                ),
                (Caption, "Các đại biểu chụp ảnh lưu niệm. 代表们合影留念。"),
                (Caption, "Hội trường chính"),
                (Quote, "Chúng tôi cam kết hợp tác lâu dài."),
                (Quote, "我们致力于长期合作。"),
                (Quote, "Một câu trích ngắn."),
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
                (Paragraph, "Chạy lệnh bitext --from vi để dịch."),
                (Code, "[provider]\n  name = \"deepl\""),
            ]
        );
        let lines: Vec<usize> = blocks.iter().map(|b| b.line).collect();
        assert_eq!(
            lines,
            vec![12, 14, 18, 20, 21, 21, 22, 24, 25, 25, 27, 30, 30, 31, 31, 32, 32, 34, 35]
        );

        let item = &blocks[9];
        assert_eq!(item.protected.len(), 1);
        assert_eq!(&item.text[item.protected[0].clone()], "QR-Pay");
        let command = &blocks[17];
        assert_eq!(
            &command.text[command.protected[0].clone()],
            "bitext --from vi"
        );
        assert!(blocks[1].protected.is_empty());

        let reasons: Vec<(usize, &str, &str)> = dropped
            .iter()
            .map(|d| (d.line, d.reason.as_str(), d.text.as_str()))
            .collect();
        assert_eq!(
            reasons,
            vec![
                (4, "document title", "Hội nghị Phụ nữ ASEAN | Báo Tin tức"),
                (
                    5,
                    "script or style",
                    r#"var ads = "<p>không phải nội dung</p>";"#
                ),
                (6, "script or style", "p { color: red }"),
                (9, "header/footer", "Trang chủ Thế giới"),
                (10, "navigation", "Thời sự Kinh tế"),
                (
                    13,
                    "duplicate of line 12",
                    "Hội nghị Phụ nữ ASEAN khai mạc tại Nam Ninh"
                ),
                (38, "page chrome", "Xem thêm"),
                (39, "form", "Đăng ký"),
                (41, "header/footer", "© 2024 Báo Tin tức"),
            ]
        );
    }

    #[test]
    fn text_around_nested_blocks_is_split_not_repeated() {
        let html = "<div>Mở đầu <p>Đoạn <em>một</em>.</p> giữa <div>Hai</div> cuối</div>\
                    <li><p>Ý một</p>thêm</li><table><td><p>Ô</p></table>";
        let (blocks, _, _) = parse(html, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (Paragraph, "Mở đầu"),
                (Paragraph, "Đoạn một."),
                (Paragraph, "giữa"),
                (Paragraph, "Hai"),
                (Paragraph, "cuối"),
                (ListItem, "Ý một"),
                (ListItem, "thêm"),
                (TableCell, "Ô"),
            ]
        );
    }

    #[test]
    fn lines_of_multiline_tags_and_loose_text() {
        // Long plain ASCII text, which the tokenizer takes in one piece across lines.
        let html = "<div><h2>Tiêu đề</h2>\n\n  Chữ rời\n<p\n  class=\"x\">Đoạn</p>\n\
                    <hr>\n\n  Loose text that is long enough for a fast path\n  and goes on\n</div>";
        let (blocks, _, _) = parse(html, &Cleaner::default());
        let lines: Vec<(usize, &str)> = blocks.iter().map(|b| (b.line, b.text.as_str())).collect();
        assert_eq!(
            lines,
            vec![
                (1, "Tiêu đề"),
                (3, "Chữ rời"),
                (5, "Đoạn"),
                (
                    8,
                    "Loose text that is long enough for a fast path and goes on"
                )
            ]
        );
    }

    #[test]
    fn empty_and_textless_elements_are_recorded_by_name() {
        let (blocks, dropped, _) = parse(
            "<p>&nbsp;</p><p>Chữ</p><script src=\"a.js\"></script><input type=hidden>",
            &Cleaner::default(),
        );
        assert_eq!(kinds_and_texts(&blocks), vec![(Paragraph, "Chữ")]);
        let texts: Vec<&str> = dropped.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, vec!["<script>", "<input>"]);
    }

    /// A news page as many sites build it: chrome all around, the body split in two parts with
    /// an advert between them, a share bar and related links inside the article's container.
    const NEWS_PAGE: &str = r##"<html><body>
<div class="cookie-notice">We use cookies to improve the site. Accept</div>
<div id="top"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Home</a> » <a href="/w">World</a></div>
<div class="wrap">
<h1>Storm closes ports along the coast</h1>
<p class="standfirst">Shipping stopped for two days as the storm moved north, officials said on Monday.</p>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">Email</a></div>
<div class="part"><p>The storm, the strongest this year, brought winds of up to 150 km an hour, and heavy rain.</p>
<p>Ports in three provinces closed on Saturday, stranding hundreds of ships, tugs and ferries.</p></div>
<div class="ad-unit">Advertisement</div>
<div class="part"><p>Officials expect the ports to reopen on Tuesday, once the sea calms.</p></div>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/1">Floods hit the delta again this year</a></li><li><a href="/2">Rice prices climb after the rains</a></li></ul></div>
</div>
<div id="comments"><p>Reader: I live there, and it was frightening, truly frightening.</p></div>
<div style="display: none">Hidden teaser text</div>
<div class="site-footer">© 2024 The Daily. All rights reserved.</div>
</body></html>"##;

    #[test]
    fn extracts_the_article_and_reports_every_region_left_out() {
        let (blocks, dropped, _) = parse(NEWS_PAGE, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Storm closes ports along the coast",
                "Shipping stopped for two days as the storm moved north, officials said on Monday.",
                "The storm, the strongest this year, brought winds of up to 150 km an hour, and heavy rain.",
                "Ports in three provinces closed on Saturday, stranding hundreds of ships, tugs and ferries.",
                "Officials expect the ports to reopen on Tuesday, once the sea calms.",
            ]
        );
        assert_eq!(blocks[0].kind, Heading);
        let reasons: Vec<(&str, usize)> = dropped
            .iter()
            .map(|d| (d.reason.as_str(), d.size))
            .collect();
        for reason in [
            "cookie/consent",
            "navigation",
            "share/social",
            "advert",
            "related links",
            "comments",
            "hidden",
            "header/footer",
        ] {
            assert!(
                reasons.iter().any(|(r, size)| *r == reason && *size > 0),
                "{reason}: {reasons:?}"
            );
        }
        // Every character of text on the page is either in a block or in a dropped region.
        let page_size: usize = {
            let parsed = tree::parse(NEWS_PAGE);
            parsed
                .tree
                .root()
                .texts()
                .map(super::super::text_size)
                .sum()
        };
        let kept: usize = blocks
            .iter()
            .map(|b| super::super::text_size(&b.text))
            .sum();
        let left: usize = dropped.iter().map(|d| d.size).sum();
        assert_eq!(kept + left, page_size, "{dropped:?}");

        // Read whole, the page keeps what only its classes mark as chrome.
        let whole = Cleaner::default().with_whole_page(true);
        let (blocks, _, _) = parse(NEWS_PAGE, &whole);
        assert!(blocks
            .iter()
            .any(|b| b.text.contains("Floods hit the delta")));
        assert!(blocks.iter().any(|b| b.text.contains("Hidden teaser")));
    }

    #[test]
    fn bodies_without_paragraph_elements_and_table_captions() {
        // A body of <br>-separated lines in one div, beside a menu of links; a caption in the
        // small table around an image; another in a paragraph whose class names it.
        let page =
            "<div class=\"nav\"><a href=\"/\">Trang chủ</a> <a href=\"/a\">Thời sự</a></div>\
            <div class=\"noidung\"><table><tr><td><img src=\"a.jpg\"></td></tr>\
            <tr><td>Người dân chờ xe buýt ở Hà Nội.</td></tr></table>\
            Sáng nay, giá xăng giảm lần thứ ba liên tiếp, theo Bộ Công Thương.<br><br>\
            Các doanh nghiệp vận tải, taxi và xe buýt cho biết sẽ điều chỉnh giá vé.<br>\
            <p class=\"img-caption\">Xe buýt ở bến Mỹ Đình.</p>\
            Người dân vui mừng, nhưng vẫn lo giá thực phẩm, điện và nước còn cao.</div>";
        let (blocks, dropped, _) = parse(page, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (Caption, "Người dân chờ xe buýt ở Hà Nội."),
                (
                    Paragraph,
                    "Sáng nay, giá xăng giảm lần thứ ba liên tiếp, theo Bộ Công Thương. \
                     Các doanh nghiệp vận tải, taxi và xe buýt cho biết sẽ điều chỉnh giá vé."
                ),
                (Caption, "Xe buýt ở bến Mỹ Đình."),
                (
                    Paragraph,
                    "Người dân vui mừng, nhưng vẫn lo giá thực phẩm, điện và nước còn cao."
                ),
            ]
        );
        assert_eq!(dropped[0].reason, "navigation");

        // Chinese div soup: no <p> at all, full-width punctuation.
        let zh = "<div class=\"top\"><a href=\"/\">首页</a><a href=\"/g\">国内</a></div>\
            <div class=\"art\"><div>5月12日下午，市人大常委会审议通过了新的财政预算方案。</div>\
            <div>市政府负责人表示，该方案将增加对学校、道路和防洪工程的投入。</div></div>";
        let (blocks, dropped, _) = parse(zh, &Cleaner::default());
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert_eq!(dropped[0].reason, "outside the article");
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for html in [
            "",
            "<",
            "</p></div><li>",
            "<table><td>a<p>b</table>c",
            "<b><p>x</b>y</p>",
            "<pre>",
            "<figure><img></figure>",
            "<template><p>t</p></template>",
            "<svg><title>x</title></svg><math><mi>y</mi></math>",
            "<!-- c --><p>x<!-- d --></p><svg><!-- e --><?pi x?></svg><table><!-- f --><td>y",
        ] {
            let _ = parse(html, &Cleaner::default());
        }
        let deep = "<div>".repeat(3_000) + "sâu";
        let (blocks, _, _) = parse(&deep, &Cleaner::default());
        assert_eq!(kinds_and_texts(&blocks), vec![(Paragraph, "sâu")]);
    }

    #[test]
    fn reading_goes_on_past_a_charset_declaration_and_scripts() {
        // The tokenizer pauses at both; the reader must go on.
        let html = "<head><meta charset=\"utf-8\"><script>chạy()</script>\
                    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\
                    </head><body><p>Sau thẻ meta.</p><script>x()</script><p>结束。</p>";
        let (blocks, _, _) = parse(html, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![(Paragraph, "Sau thẻ meta."), (Paragraph, "结束。")]
        );
    }

    /// The depth of the deepest element of the tree the parser built, in elements (as the
    /// stack of open elements counts: a template's contents are not a level of their own).
    fn tree_depth(html: &str) -> usize {
        let parsed = tree::parse(html);
        let tree = &parsed.tree;
        let mut depths = vec![0usize; tree.len()];
        for node in tree.nodes() {
            let above = node.parent().map_or(0, |p| depths[p.id() as usize]);
            depths[node.id() as usize] = above + usize::from(node.is_element());
        }
        depths.into_iter().max().unwrap_or(0)
    }

    /// The record that says the page nested too deep, if there is one.
    fn nesting_record(dropped: &[Dropped]) -> Option<&Dropped> {
        dropped
            .iter()
            .find(|d| d.reason == crate::document::NESTED_TOO_DEEP)
    }

    const LIMIT: usize = MAX_DEPTH;

    #[test]
    fn nesting_deeper_than_the_limit_is_flattened_and_reported_with_its_text() {
        let n = LIMIT + 1_000;
        let html = "<div>".repeat(n) + "<p>Chữ ở đáy.</p>";
        // html, body and the divs down to the limit; what was below is in the last of them,
        // the flattened elements as empty leaves one level below it.
        assert_eq!(tree_depth(&html), LIMIT + 1);
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        assert_eq!(kinds_and_texts(&blocks), vec![(Paragraph, "Chữ ở đáy.")]);
        let record = nesting_record(&dropped).expect("the flattening is reported");
        assert_eq!(record.size, 0, "no text is left out: {record:?}");
        assert!(
            record.text.contains(&format!("deeper than {LIMIT}")),
            "{record:?}"
        );
        assert_eq!(record.line, 1);
        // html and body are two of the levels: the divs below the limit and the p.
        let flattened = n - (LIMIT - 2) + 1;
        assert!(
            record.text.contains(&format!(": {flattened} elements")),
            "{record:?}"
        );

        // A page within the limit is read as it is, and nothing is said about it.
        let html = "<div>".repeat(LIMIT - 10) + "<p>Chữ ở đáy.</p>";
        assert_eq!(tree_depth(&html), LIMIT - 10 + 3);
        let (_, dropped, _) = parse(&html, &Cleaner::default());
        assert!(nesting_record(&dropped).is_none());
    }

    #[test]
    fn end_tags_of_flattened_elements_close_nothing_above_them() {
        // Closed properly: the text after the nest is outside every div again, and the blocks
        // inside the nest stay apart.
        let n = LIMIT + 200;
        let mut html = String::from("<body>");
        for i in 0..n {
            html.push_str(&format!("<div>Tầng {i}"));
        }
        html.push_str(&"</div>".repeat(n));
        html.push_str("<p>Sau cùng.</p>");
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        assert!(nesting_record(&dropped).is_some());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), n + 1, "{texts:?}");
        assert_eq!(texts[0], "Tầng 0");
        assert_eq!(texts[n - 1], format!("Tầng {}", n - 1));
        assert_eq!(texts[n], "Sau cùng.");
        let parsed = tree::parse(&html);
        let body = parsed
            .tree
            .nodes()
            .find(|n| n.name() == Some("body"))
            .expect("body");
        // The paragraph is the body's child, after the one outermost div: no end tag of a
        // flattened div closed the body's own children early, none was left open.
        let children: Vec<&str> = body.children().filter_map(|c| c.name()).collect();
        assert_eq!(children, vec!["div", "p"]);
    }

    #[test]
    fn unclosed_inline_and_formatting_tags_stay_within_the_limit() {
        let n = LIMIT * 3;
        for html in [
            "<b>".repeat(n) + "Chữ đậm cuối.",
            "<span>".repeat(n) + "Chữ cuối.",
            "<b><i>".repeat(n) + "粗斜体。",
            // Formatting elements that differ in their attributes, which the standard would
            // reconstruct after each paragraph, the list of them growing with the page.
            (0..n)
                .map(|i| format!("<p><b class=\"c{i}\">Word {i} "))
                .collect::<String>(),
            "<template>".repeat(n) + "mẫu",
            "<svg>".to_string() + &"<g>".repeat(n) + "hình",
            "<table><tr><td>".repeat(n) + "ô",
            "<ul><li>".repeat(n) + "mục",
        ] {
            let depth = tree_depth(&html);
            // Below the last level, the empty leaves left by flattening.
            assert!(depth <= LIMIT + 1, "{depth}: {}", &html[..40]);
        }
        let html = (0..n)
            .map(|i| format!("<p><b class=\"c{i}\">Word {i} "))
            .collect::<String>();
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        // Each paragraph closes the one before with its `<b>`: nothing is reopened, and the
        // page is flat.
        assert!(nesting_record(&dropped).is_none());
        assert!(tree_depth(&html) <= 5);
        // Each paragraph is still one block with its own word; none is lost.
        for i in [0, LIMIT, n - 1] {
            assert!(
                blocks
                    .iter()
                    .any(|b| b.text.ends_with(&format!("Word {i}"))),
                "{i}"
            );
        }
        let words: usize = blocks.iter().map(|b| b.text.matches("Word ").count()).sum();
        assert_eq!(words, n);
    }

    #[test]
    fn unclosed_items_cells_and_paragraphs_close_each_other_and_nothing_is_flattened() {
        // The parser closes each of these when the next opens: the page is flat, not deep.
        let n = LIMIT * 4;
        for (open, kind) in [
            ("<body><p>", Paragraph),
            ("<ul><li>", ListItem),
            ("<table><tr><td>", TableCell),
        ] {
            let tag = &open[open.rfind('<').unwrap_or(0)..];
            let html = open.to_string()
                + &(0..n)
                    .map(|i| format!("Mục số {i} của trang.{tag}"))
                    .collect::<String>();
            let (blocks, dropped, _) = parse(&html, &Cleaner::default());
            assert_eq!(blocks.len(), n, "{tag}");
            assert!(blocks.iter().all(|b| b.kind == kind), "{tag}");
            assert_eq!(blocks[n - 1].text, format!("Mục số {} của trang.", n - 1));
            assert!(nesting_record(&dropped).is_none(), "{tag}");
        }
    }

    /// A paragraph of prose long enough to score, numbered so that each is told apart.
    fn prose(n: usize) -> String {
        format!(
            "<p>Paragraph {n} of the story, with a clause, another clause, and enough words \
             to be read as the body of an article rather than a label.</p>"
        )
    }

    #[test]
    fn the_page_marks_where_its_article_ends() {
        // The next story of an endless scroll sits beside the `article` in `main`, long and
        // with few links: it is not the article's, though a bare sibling like it would be.
        let body: String = (0..6).map(prose).collect();
        let html = format!(
            "<body><main><article><h1>The headline</h1>{body}</article>\
             <section class=\"next-up\"><div>Next story</div><h2>Another headline</h2>\
             <p>The first paragraph of another story, long enough to pass for a part of this \
             one, with a comma, and another, and more words after them.</p></section></main></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 7, "{texts:?}");
        assert!(
            !texts.iter().any(|t| t.contains("another story")),
            "{texts:?}"
        );
        assert!(dropped.iter().any(|d| d.text.contains("another story")));
        // A live blog's posts are each an `article`, all alike: the body is all of them.
        let posts: String = (0..4)
            .map(|i| {
                format!(
                    "<article class=\"post\">{}{}</article>",
                    prose(2 * i),
                    prose(2 * i + 1)
                )
            })
            .collect();
        let html = format!(
            "<body><h1>Live</h1><div class=\"feed\">{posts}</div><footer>Footer</footer></body>"
        );
        let (blocks, _, _) = parse(&html, &Cleaner::default());
        let paragraphs = blocks
            .iter()
            .filter(|b| b.text.starts_with("Paragraph"))
            .count();
        assert_eq!(paragraphs, 8);
    }

    #[test]
    fn the_pages_article_outweighs_its_class_words() {
        // A newsletter platform names its posts `newsletter-post`: the article is still read.
        let body: String = (0..6).map(prose).collect();
        let html = format!(
            "<body><nav>Home Archive</nav><article class=\"newsletter-post post\">\
             <h1>Why buses bunch</h1>{body}</article>\
             <div class=\"newsletter-box\">Subscribe to the newsletter for more stories.</div></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        assert_eq!(blocks.len(), 7, "{:?}", kinds_and_texts(&blocks));
        assert!(dropped.iter().any(|d| d.text.contains("Subscribe")));
    }

    #[test]
    fn counters_questions_to_click_and_named_parts_are_chrome() {
        let body: String = (0..6).map(prose).collect();
        let html = format!(
            "<body><div class=\"detail\"><h1>Headline of the story</h1>\
             <div class=\"info\"><span class=\"time\">Thứ ba, 15/10/2024 - 09:30</span> \
             <span class=\"view\">1.204 lượt xem</span></div>{body}\
             <div class=\"box-useful\"><span>Was this article useful?</span> \
             <button>Yes</button> <button>No</button></div>\
             <div class=\"AudioPlayer_wrapper__kP3sd\">Listen along with the narrator now</div>\
             <div class=\"sign-up__text\">The Daily Briefing brings you the top stories every weekday morning.</div>\
             <div class=\"author-bio__card\">Jane Roe has written about cities and water for a decade now.</div>\
             <div class=\"Poll_root\"><p>Should cities pay to protect their records?</p></div>\
             <marquee>Welcome to the site, updated every day for our readers</marquee>\
             <div class=\"rel-article\"><p>Fishing villages open their doors to tourists</p></div>\
             </div></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 7, "{texts:?}");
        for gone in [
            "lượt xem",
            "useful",
            "narrator",
            "Briefing",
            "decade",
            "records",
            "Welcome",
            "villages",
        ] {
            assert!(!texts.iter().any(|t| t.contains(gone)), "{gone}: {texts:?}");
            assert!(
                dropped.iter().any(|d| d.text.contains(gone)),
                "{gone} not reported"
            );
        }
    }

    #[test]
    fn role_lines_follow_lines_addresses_reprint_notices_and_player_fallbacks_are_chrome() {
        let body: String = (0..6).map(prose).collect();
        let html = format!(
            "<body><div class=\"story\"><h1>Headline of the story</h1>\
             <div>Environment correspondent, NFB Northfield</div>\
             <figure><div><span class=\"visually-hidden\">Image caption, </span>\
             <p>This video can not be played</p>\
             <p>To play this video you need to enable JavaScript in your browser.</p></div>\
             <figcaption><span class=\"visually-hidden\">Media caption, </span>Watch: how a family of \
             beavers builds a dam, filmed by a trail camera over one night</figcaption></figure>\
             {body}\
             <p>Follow NFB Northfield on Facebook, X and Instagram.</p>\
             <p>欢迎关注NFB中文的微信公众号、微博和Telegram频道。</p>\
             <p>本文为“县城观察”原创，未经授权禁止转载。</p>\
             <p>Source URL: https://example.org/news/beavers-return</p>\
             <p>[2] https://example.org/research/flows.pdf</p>\
             </div></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 8, "{texts:?}");
        assert!(
            texts.iter().any(|t| t.starts_with("Watch: how")),
            "{texts:?}"
        );
        for gone in [
            "correspondent",
            "caption,",
            "can not be played",
            "JavaScript",
            "Follow",
            "欢迎关注",
            "禁止转载",
            "Source URL",
            "flows.pdf",
        ] {
            assert!(!texts.iter().any(|t| t.contains(gone)), "{gone}: {texts:?}");
            assert!(
                dropped.iter().any(|d| d.text.contains(gone)),
                "{gone} not reported"
            );
        }
    }

    #[test]
    fn component_names_speak_and_names_of_a_place_do_not() {
        // Hashed classes: the component's test id names it. A part of a split body named
        // after the advert above it (`after-story-ad-1`) is still the body.
        let part = |i: usize| {
            format!(
                "<div class=\"css-s99gbd\" id=\"after-story-ad-{i}\">{}{}</div>\
                 <div class=\"css-1l2\" id=\"story-ad-{i}\"></div>",
                prose(2 * i),
                prose(2 * i + 1)
            )
        };
        let parts: String = (0..4).map(part).collect();
        let html = format!(
            "<body><section name=\"articleBody\"><h1>The headline</h1>{parts}\
             <div class=\"css-1ovr4bq\" data-testid=\"newsletter-module\"><p>The Weekly Almanac \
             brings a guided tour of the week's stories. Sign up to get it every Sunday.</p></div>\
             </section></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let paragraphs = blocks
            .iter()
            .filter(|b| b.text.starts_with("Paragraph"))
            .count();
        assert_eq!(paragraphs, 8, "{:?}", kinds_and_texts(&blocks));
        assert!(!blocks.iter().any(|b| b.text.contains("Almanac")));
        assert!(dropped.iter().any(|d| d.text.contains("Almanac")));
    }

    #[test]
    fn a_rail_of_boxes_beside_the_body_is_left_out() {
        // Two columns with no telling class: the body's, and a rail of boxes under headings.
        let body: String = (0..8).map(prose).collect();
        let html = format!(
            "<body><div class=\"wrap\"><div class=\"conlf\"><h1>The headline</h1>\
             <div class=\"text\">{body}</div></div><div class=\"conri\">\
             <div><h3>Market data</h3><p>Lithium carbonate 98,000 yuan a tonne</p></div>\
             <div><h3>Most read</h3><ol><li><a href=\"/a\">A story that many people read today</a></li>\
             <li><a href=\"/b\">Another story that many people read</a></li></ol></div>\
             <div><h3>This week's issue</h3><p>The battery gamble on the cover</p></div>\
             </div></div></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 9, "{texts:?}");
        assert!(dropped.iter().any(|d| d.text.contains("Market data")));
    }

    #[test]
    fn a_body_the_page_marks_outweighs_a_class_word_above_it() {
        // `tag` in the class of what holds the story, as a tabloid's `heading-tag-switch`;
        // a consent prompt in a `role=dialog` goes, and a related box of teasers stays out.
        let body: String = (0..8).map(prose).collect();
        let html = format!(
            "<body><div role=\"dialog\"><p>We and our partners store and access information \
             on your device, such as cookies, and process personal data for advertising.</p></div>\
             <div class=\"article-text heading-tag-switch\"><h1>The headline</h1>\
             <div itemprop=\"articleBody\">{body}</div></div>\
             <div class=\"related-stories\"><article><p>A teaser of another story that many \
             people read today, with a summary.</p></article></div></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 9, "{texts:?}");
        assert_eq!(texts[0], "The headline");
        assert!(dropped
            .iter()
            .any(|d| d.reason == "cookie/consent" && d.text.contains("partners")));
        assert!(!texts.iter().any(|t| t.contains("teaser")), "{texts:?}");
    }

    #[test]
    fn a_heading_list_or_table_named_tag_without_links_is_the_articles() {
        let body: String = (0..6).map(prose).collect();
        let html = format!(
            "<body><article><h1>The headline</h1>{body}<h3 class=\"edTag\">Early life</h3>\
             {body}<ul class=\"edTag\"><li>A carol for children's voices</li>\
             <li>A symphony in three parts</li></ul>\
             <div class=\"embed-widget\"><table><tr><th>Work</th><th>Year</th></tr>\
             <tr><td>Harvest Mass</td><td>1971</td></tr></table></div>\
             <ul class=\"tags\"><li><a href=\"/t/a\">Obituaries</a></li>\
             <li><a href=\"/t/b\">Classical music</a></li></ul></article></body>"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"Early life"), "{texts:?}");
        assert!(texts.contains(&"A symphony in three parts"), "{texts:?}");
        // A box of a weaker class word around a table of its own, no link in it.
        assert!(texts.contains(&"Harvest Mass"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.contains("Obituaries")), "{texts:?}");
        assert!(dropped.iter().any(|d| d.text.contains("Obituaries")));
    }

    #[test]
    fn the_block_that_is_the_pages_description_is_its_standfirst() {
        let body: String = (0..6).map(prose).collect();
        let html = format!(
            "<html><head><meta property=\"og:description\" content=\"A composer who wrote \
             for village choirs and concert halls has died at the age of 88.\"></head><body>\
             <div class=\"widget-title\"><h1>The headline</h1></div>\
             <div class=\"elementor-widget theme-post-excerpt\"><p>A composer who wrote for \
             village choirs and concert halls has died at the age of 88.</p></div>\
             <div class=\"entry\">{body}</div>\
             <div class=\"widget\"><p>A widget of the sidebar with a sentence or two in it, \
             about something else entirely.</p></div></body></html>"
        );
        let (blocks, _, _) = parse(&html, &Cleaner::default());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| t.starts_with("A composer who wrote")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("sidebar")), "{texts:?}");
    }

    #[test]
    fn a_table_laid_out_one_cell_a_row_is_layout_not_data() {
        // Old portals put the byline in a row of its own; a data table's cell is data.
        let body: String = (0..6).map(prose).collect();
        let html = format!(
            "<html><body><table>\
             <tr><td><b>Làng chài đổi đời nhờ trồng rong</b></td></tr><tr><td>{body}</td></tr>\
             <tr><td align=\"right\"><b>Hoàng Yến</b></td></tr></table></body></html>"
        );
        let (blocks, _, _) = parse(&html, &Cleaner::default());
        let names = blocks.iter().filter(|b| b.text == "Hoàng Yến").count();
        assert_eq!(names, 0, "{:?}", kinds_and_texts(&blocks));
        // In a data table, a row of two cells, a name is data and stays.
        let html = format!(
            "<html><body><div>{body}<table><tr><td>Hoàng Yến</td><td>Trần Văn Lực</td></tr>\
             </table></div></body></html>"
        );
        let (blocks, _, _) = parse(&html, &Cleaner::default());
        assert!(
            blocks.iter().any(|b| b.text == "Hoàng Yến"),
            "{:?}",
            kinds_and_texts(&blocks)
        );
    }

    #[test]
    fn huge_attributes_and_comments_are_read_past() {
        let long = "x".repeat(2_000_000);
        let html = format!(
            "<div class=\"{long}\" title='{long}'><p>Sau thuộc tính dài.</p></div>\
             <!-- {long} --><p>Sau chú thích dài.</p><!-- không đóng"
        );
        let (blocks, _, _) = parse(&html, &Cleaner::default());
        assert_eq!(
            kinds_and_texts(&blocks),
            vec![
                (Paragraph, "Sau thuộc tính dài."),
                (Paragraph, "Sau chú thích dài.")
            ]
        );
    }

    #[test]
    fn deep_scripts_stay_scripts_and_deep_void_elements_close_nothing() {
        let deep = "<div>".repeat(LIMIT + 50);
        let html = format!(
            "{deep}<script>var x = '<p>không phải nội dung</p>';</script>\
             Một<br>hai<img src=a.jpg alt=\"Ảnh\"><hr>ba<input>bốn"
        );
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        let text: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(text.iter().all(|t| !t.contains("không phải")), "{text:?}");
        assert!(dropped
            .iter()
            .any(|d| d.reason == "script or style" && d.text.contains("không phải")));
        assert_eq!(
            text.concat().replace(' ', ""),
            "Mộthaiba".to_string() + "bốn"
        );
    }

    #[test]
    fn large_document_completes() {
        let section = "<h2>Mục {i}</h2>\n<p>Đoạn văn số {i} về hợp tác kinh tế, có <code>mã-{i}</code> và <b>chữ đậm</b>.</p>\n<ul><li>điểm một {i}</li>\n<li>điểm hai {i}</li></ul>\n<script>track({i});</script>\n";
        let mut html = String::from("<html><body>\n");
        let mut n = 0;
        while html.len() < 2_000_000 {
            html.push_str(&section.replace("{i}", &n.to_string()));
            n += 1;
        }
        let (blocks, dropped, _) = parse(&html, &Cleaner::default());
        assert_eq!(blocks.len(), 4 * n);
        assert_eq!(dropped.len(), n);
        let last = &blocks[blocks.len() - 1];
        assert_eq!(last.text, format!("điểm hai {}", n - 1));
        let last_line = html
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with("<li>điểm hai"))
            .map(|(i, _)| i)
            .last();
        assert_eq!(Some(last.line), last_line.map(|i| i + 1));
    }
}
