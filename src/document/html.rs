//! HTML input: a real HTML5 parse (html5ever through scraper), page chrome and scripts dropped
//! with their reasons, the article's text cut into blocks.
//!
//! The nesting rule: every element is either inline (its text flows into the block around it) or
//! block-level. Each stretch of inline content between block-level boundaries is one block, so a
//! `p` inside an `li` or a `blockquote` is emitted once, and the `li`'s own text before a nested
//! list is a block of its own. The block's kind is that of the innermost enclosing heading,
//! `li`, `blockquote`, `figcaption`/`caption` or `td`/`th`; otherwise (`p`, `div`, `dt`, `dd`,
//! loose text) it is a paragraph.
//!
//! Lines come from the parser itself: html5ever tells its tree sink the line of each token, and
//! [`LineSink`] notes it for every element and text node it creates. An element's line is the
//! line where its start tag ends; an element the parser implies (`tbody`) gets the line of the
//! tag that caused it.

use super::blocks::{excerpt, trim_code, Collector, Run};
use super::extract::{depth_first, Extraction, NodeRef, Place, Step};
use super::{BlockKind, Cleaner, Dropped, Metadata, RawBlock};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink, Node};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

type Handle = <HtmlTreeSink as TreeSink>::Handle;

/// Elements nested deeper than this start a new page. html5ever scans its stack of open
/// elements on every tag, so parsing time grows with the square of the depth and nothing caps
/// it (servo/html5ever#788): a megabyte of nested `<div>`s takes hours. Browsers stop nesting
/// at 512 too; real articles stay far below.
const MAX_DEPTH: usize = 512;

/// How much of the page the parser is given at a time, between two checks of the depth.
const CHUNK: usize = 1024;

pub fn parse(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>, Metadata) {
    // A page nested too deep is read on from where it went too deep as a page of its own:
    // its text is kept, the structure above that point is lost.
    let (mut blocks, mut dropped, metadata, mut read) = parse_piece(text, cleaner);
    while read < text.len() {
        let lines = text[..read].matches('\n').count();
        let (more, left_out, _, used) = parse_piece(&text[read..], cleaner);
        blocks.extend(more.into_iter().map(|b| RawBlock {
            line: b.line + lines,
            ..b
        }));
        dropped.extend(left_out.into_iter().map(|d| Dropped {
            line: d.line + lines,
            ..d
        }));
        read += used;
    }
    (blocks, dropped, metadata)
}

/// Reads a page until an element lands deeper than [`MAX_DEPTH`]: what it found, and how
/// many bytes of `text` it read (at a tag's `<` where it stopped early).
fn parse_piece(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>, Metadata, usize) {
    let sink = LineSink {
        inner: HtmlTreeSink::new(Html::new_document()),
        line: Cell::new(1),
        lines: RefCell::new(HashMap::new()),
        too_deep: Cell::new(false),
    };
    let mut parser = html5ever::driver::parse_document(sink, Default::default());
    let mut at = 0;
    while at < text.len() && !parser.tokenizer.sink.sink.too_deep.get() {
        let mut end = text.len().min(at + CHUNK);
        while !text.is_char_boundary(end) {
            end += 1;
        }
        // Chunks end before a tag, so that the next piece, if any, starts with one.
        if end < text.len() {
            if let Some(lt) = text[at..end].rfind('<').filter(|&lt| lt > 0) {
                end = at + lt;
            }
        }
        parser.process(StrTendril::from_slice(&text[at..end]));
        at = end;
    }
    let (html, lines) = parser.finish();
    let extraction = Extraction::new(&html, cleaner.whole_page());
    let mut walker = Walker {
        out: Collector::new(cleaner),
        ex: &extraction,
        lines,
        run: Run::default(),
        kinds: Vec::new(),
        frames: Vec::new(),
        figures: Vec::new(),
        articles: 0,
        inside: 0,
        outside: Outside::default(),
        whole_page: cleaner.whole_page(),
    };
    walker.walk(html.tree.root());
    let (blocks, dropped) = walker.out.finish();
    (blocks, dropped, super::metadata::from_html(&html), at)
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
        "form" | "button" | "select" | "input" | "textarea" | "datalist" => "form",
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
fn is_caption(element: &scraper::node::Element) -> bool {
    element
        .attr("class")
        .is_some_and(|class| class.len() < 512 && class.to_ascii_lowercase().contains("caption"))
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
    lines: HashMap<Handle, usize>,
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
        self.lines.get(&node.id()).copied()
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
            Node::Document | Node::Fragment => return true,
            // Comments, doctype, processing instructions: not content.
            _ => return false,
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
                    Node::Text(t) => [" ", &**t],
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
                self.out.drop_sized(line, reason, [text.as_str()], size);
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
            let kind = if is_caption(element) {
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
        if !node.value().is_element() {
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

/// scraper's tree sink, plus the source line of every element and text node it creates.
struct LineSink {
    inner: HtmlTreeSink,
    line: Cell<usize>,
    lines: RefCell<HashMap<Handle, usize>>,
    /// Set once an element lands deeper than [`MAX_DEPTH`]: the piece ends there.
    too_deep: Cell<bool>,
}

impl LineSink {
    fn note(&self, handle: Handle, line: usize) {
        self.lines.borrow_mut().entry(handle).or_insert(line);
    }

    /// Text is merged into the node before it, so the node to note is found after the fact;
    /// merged text keeps the line of the node's first piece. The parser reports the line it has
    /// reached after a piece of text, which may span lines, hence counting back to its start.
    fn note_text(&self, piece: Option<usize>, find: impl FnOnce(&Html) -> Option<Handle>) {
        let Some(newlines) = piece else {
            return;
        };
        let found = find(&self.inner.0.borrow());
        if let Some(handle) = found {
            self.note(handle, self.line.get().saturating_sub(newlines).max(1));
        }
    }
}

/// The number of line breaks in a piece of text being added, `None` for an element.
fn text_newlines(child: &NodeOrText<Handle>) -> Option<usize> {
    match child {
        NodeOrText::AppendText(text) => Some(text.matches('\n').count()),
        NodeOrText::AppendNode(_) => None,
    }
}

impl TreeSink for LineSink {
    type Handle = Handle;
    type Output = (Html, HashMap<Handle, usize>);
    type ElemName<'a>
        = <HtmlTreeSink as TreeSink>::ElemName<'a>
    where
        Self: 'a;

    fn finish(self) -> Self::Output {
        (self.inner.finish(), self.lines.into_inner())
    }

    fn set_current_line(&self, line_number: u64) {
        self.line
            .set(usize::try_from(line_number).unwrap_or(usize::MAX));
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let handle = self.inner.create_element(name, attrs, flags);
        self.note(handle, self.line.get());
        handle
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let piece = text_newlines(&child);
        if piece.is_none() {
            let html = self.inner.0.borrow();
            let depth = html
                .tree
                .get(*parent)
                .map_or(0, |n| n.ancestors().take(MAX_DEPTH).count());
            if depth >= MAX_DEPTH {
                self.too_deep.set(true);
            }
        }
        self.inner.append(parent, child);
        self.note_text(piece, |html| {
            Some(html.tree.get(*parent)?.last_child()?.id())
        });
    }

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let piece = text_newlines(&new_node);
        self.inner.append_before_sibling(sibling, new_node);
        self.note_text(piece, |html| {
            Some(html.tree.get(*sibling)?.prev_sibling()?.id())
        });
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        // As the trait describes it, routed through this sink so that text lines are noted.
        let has_parent = self
            .inner
            .0
            .borrow()
            .tree
            .get(*element)
            .is_some_and(|e| e.parent().is_some());
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn parse_error(&self, msg: Cow<'static, str>) {
        self.inner.parse_error(msg);
    }

    fn get_document(&self) -> Handle {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.inner.create_pi(target, data)
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &Handle) {
        self.inner.mark_script_already_started(node);
    }

    fn pop(&self, node: &Handle) {
        self.inner.pop(node);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn associate_with_form(
        &self,
        target: &Handle,
        form: &Handle,
        nodes: (&Handle, Option<&Handle>),
    ) {
        self.inner.associate_with_form(target, form, nodes);
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.inner.reparent_children(node, new_parent);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.inner
            .is_mathml_annotation_xml_integration_point(handle)
    }

    fn allow_declarative_shadow_roots(&self, intended_parent: &Handle) -> bool {
        self.inner.allow_declarative_shadow_roots(intended_parent)
    }

    fn attach_declarative_shadow(
        &self,
        location: &Handle,
        template: &Handle,
        attrs: &[Attribute],
    ) -> bool {
        self.inner
            .attach_declarative_shadow(location, template, attrs)
    }

    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Handle) {
        self.inner
            .maybe_clone_an_option_into_selectedcontent(option);
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
            let html = Html::parse_document(NEWS_PAGE);
            html.root_element()
                .text()
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
        ] {
            let _ = parse(html, &Cleaner::default());
        }
        // html5ever takes quadratic time in the nesting depth, so not much deeper than this.
        let deep = "<div>".repeat(3_000) + "sâu";
        let (blocks, _, _) = parse(&deep, &Cleaner::default());
        assert_eq!(kinds_and_texts(&blocks), vec![(Paragraph, "sâu")]);
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
