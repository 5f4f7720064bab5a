//! Main-content extraction: which subtrees of an HTML page are the article, and why each other
//! region is left out.
//!
//! One pass over the tree in document order (iterative, so depth costs no stack) measures every
//! element: its text, the part of it inside links, and the paragraphs of text it holds directly
//! (a `p`'s text, or the loose text of a `div` or `td` between `<br>`s). Each paragraph of some
//! length scores, readability-style, 1 + its commas + up to 3 for its length, given to the
//! element that holds the paragraphs and less to the two above it. A pass backwards sums the
//! subtrees. The best-scoring container, weighed down by its link density and by boilerplate
//! vocabulary in its class, id or role, is the article; the siblings that continue it (a body
//! split across sibling `div`s, the standfirst beside it) and the page's headline join it.
//!
//! Boilerplate is recognised by generic evidence only: the element (`nav`, `aside`, `footer`),
//! its ARIA role, words in its class, id or aria-label that name a kind of chrome (menu, share,
//! related, comment, cookie, advert ...), hiddenness, and link density. No site's own names.

use super::html::tree::{Element, Id, Node, NodeRef, Tree};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

mod lines;

/// A hash map keyed by small integers or short strings: the page's tens of thousands of
/// lookups do not each pay for SipHash, and nothing in a key is chosen by an attacker to
/// collide more than the page's own size allows.
pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// FNV-1a over bytes, a multiplication over integers.
#[derive(Default)]
pub(super) struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        // The table's control bytes use the high bits: mixed in.
        self.0 ^ (self.0 >> 29)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ 0xcbf2_9ce4_8422_2325;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
}

/// Whether a class names a caption (`image-caption`, `Caption`), read up to a bound.
pub(super) fn names_caption(class: &str) -> bool {
    class.len() < 512
        && class
            .as_bytes()
            .windows(7)
            .any(|w| w.eq_ignore_ascii_case(b"caption"))
}

/// A step of a depth-first walk: a node entered (say whether to go into it) or left.
pub(super) enum Step<'a> {
    Open(NodeRef<'a>),
    Close(NodeRef<'a>),
}

/// Depth-first over a tree without recursion: scraped pages can nest deeper than the stack.
/// `visit` answers `true` to an `Open` to go into the node's children; every opened node is
/// closed, whether it was gone into or not.
pub(super) fn depth_first<'a>(root: NodeRef<'a>, mut visit: impl FnMut(Step<'a>) -> bool) {
    let mut node = root;
    'down: loop {
        if visit(Step::Open(node)) {
            if let Some(child) = node.first_child() {
                node = child;
                continue;
            }
        }
        loop {
            visit(Step::Close(node));
            if node.id() == root.id() {
                break 'down;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                continue 'down;
            }
            match node.parent() {
                Some(parent) => node = parent,
                None => break 'down,
            }
        }
    }
}

/// Where an element stands relative to the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// Nothing of the article below it.
    Outside,
    /// Holds part of the article deeper down: walked through, its own text is outside.
    Path,
    /// The root of a subtree that is the article or part of it.
    Article,
}

/// Readability's minimum: shorter runs of text are labels, not paragraphs.
const PARAGRAPH_CHARS: u32 = 25;
/// A sibling of the article with this much text and few links continues it.
const SIBLING_CHARS: u32 = 80;
/// Text in a cell beside the body's that makes their row a row of columns (a menu, a rail).
const ROW_CELL_CHARS: u32 = 20;

#[derive(Clone, Debug)]
struct Info {
    parent: usize,
    /// Characters of text in the subtree, whitespace not counted (what `Dropped::size` reports).
    all: u32,
    /// The same, without scripts and styles: what a reader sees.
    text: u32,
    /// Visible characters inside links.
    link: u32,
    /// Paragraph score given to this element by the paragraphs it holds.
    score: f32,
    /// The open paragraph of direct text: its characters, link characters and commas.
    run: u32,
    run_link: u32,
    run_commas: u32,
    reason: Option<&'static str>,
    /// Own class/id evidence for or against being the article, in score points.
    weight: f32,
    /// A hash of the element's name and class, to recognise the parts of a split body.
    shape: u32,
    /// One past the last node of its subtree (nodes are in document order).
    end: usize,
    flags: u32,
    place: Place,
}

const SKIP: u32 = 1; // script, style and the like: text not visible
const EXCLUDED: u32 = 2; // boilerplate or hidden, here or above
const IN_LINK: u32 = 4;
const BLOCK: u32 = 8;
const PARAGRAPH: u32 = 16; // p, li, heading ...: its paragraphs score for its parent
const HAS_FIGCAPTION: u32 = 32;
const HAS_IMG: u32 = 64;
const HAS_H1: u32 = 128;
const IN_ARTICLE: u32 = 256; // inside article or main: its header is the headline's
const SEMANTIC: u32 = 512; // article, main, [itemprop=articleBody]
const IS_H1: u32 = 1024;
const IS_P: u32 = 2048;
const WEAK_CHROME: u32 = 8192; // weak chrome evidence here or above: scores count half
const PAGE: u32 = 4096;
const HOLDS_BODY: u32 = 16384; // the best candidate or above it
const IN_CAPTION: u32 = 32768; // figcaption or an element whose class names a caption
const IS_HEADING: u32 = 1 << 16; // h1 to h6
const IS_CONTROL: u32 = 1 << 17; // a form or one of its fields or buttons (lines.rs looks for them)
const IS_A: u32 = 1 << 18; // a link itself (IN_LINK is also below it)
const MARKED_ARTICLE: u32 = 1 << 19; // `article` or [itemprop=articleBody]: the page's own bounds
const IS_ROW: u32 = 1 << 20; // a table row: its cells side by side are columns
const WORDS_EXCLUDED: u32 = 1 << 21; // excluded here by its class words alone (not tag, role, hidden)
const IN_MARKED: u32 = 1 << 22; // inside `article` or [itemprop=articleBody]
const WORDS_CHAIN: u32 = 1 << 23; // excluded, and every exclusion here and above by class words
const IS_LIST_OR_TABLE: u32 = 1 << 24; // ul, ol, dl, table

/// What extraction found out about a page, for the walker that writes its blocks.
pub(super) struct Extraction {
    /// By node id: its place in `nodes`, if it is measured (the document and elements are).
    index: Vec<u32>,
    /// The tree's id of each measured element, by its place in `nodes`.
    ids: Vec<Id>,
    nodes: Vec<Info>,
}

impl Extraction {
    /// Measures the page and, unless `whole_page`, chooses its article; the page's `meta`
    /// (its authors, its site) tells bylines and credits inside the article.
    pub fn new(html: &Tree<'_>, whole_page: bool, meta: &super::Metadata) -> Self {
        let mut ex = measure(html, whole_page);
        if whole_page || !ex.choose() {
            // No paragraph anywhere (a fragment, a list of links): the whole page is read, and
            // only what is recognisably chrome is left out.
            if let Some(root) = ex.nodes.first_mut() {
                root.place = Place::Article;
            }
        } else {
            keep_linkless_related(&mut ex.nodes);
            lines::classify(&mut ex, html, meta);
        }
        ex
    }

    fn info(&self, id: Id) -> Option<&Info> {
        match self.index.get(id as usize) {
            Some(&i) if i != u32::MAX => Some(&self.nodes[i as usize]),
            _ => None,
        }
    }

    pub fn place(&self, id: Id) -> Place {
        self.info(id).map_or(Place::Outside, |i| i.place)
    }

    /// Why the element is left out with everything in it, by the evidence of boilerplate.
    pub fn reason(&self, id: Id) -> Option<&'static str> {
        self.info(id)
            .filter(|i| i.flags & HOLDS_BODY == 0)
            .and_then(|i| i.reason)
    }

    /// Characters of text in the element's subtree, whitespace not counted.
    pub fn size(&self, id: Id) -> usize {
        self.info(id).map_or(0, |i| i.all as usize)
    }

    pub fn has_figcaption(&self, id: Id) -> bool {
        self.info(id).is_some_and(|i| i.flags & HAS_FIGCAPTION != 0)
    }

    /// A small table around an image: its cells are the image's caption (the layout of many
    /// Vietnamese and Chinese news sites).
    pub fn is_image_table(&self, id: Id) -> bool {
        self.info(id)
            .is_some_and(|i| i.flags & HAS_IMG != 0 && i.text < 400)
    }

    /// Mostly links: a list of related stories or tags inside the article.
    pub fn is_link_list(&self, id: Id) -> bool {
        self.info(id).is_some_and(|i| {
            i.flags & IS_P == 0 && i.text >= 20 && f64::from(i.link) >= 0.6 * f64::from(i.text)
        })
    }

    /// Picks the article's subtrees and marks the path to them; false if the page has no
    /// paragraph to go by.
    fn choose(&mut self) -> bool {
        let mut best: Option<(usize, f32)> = None;
        for (i, n) in self.nodes.iter().enumerate() {
            if n.score <= 0.0 || n.flags & EXCLUDED != 0 {
                continue;
            }
            let value = self.value(i);
            if best.is_none_or(|(_, b)| value > b) {
                best = Some((i, value));
            }
        }
        let Some((mut top, value)) = best else {
            return false;
        };
        let best_node = top;
        // What holds the body is not chrome, whatever its class says (a main column named
        // "sidebar-1"): weak evidence on it and above it is void.
        let mut up = top;
        while up != usize::MAX {
            self.nodes[up].flags |= HOLDS_BODY;
            up = self.nodes[up].parent;
        }
        // Climb while the container above is mostly this one: the rest of what it holds that is
        // not boilerplate (the headline, the standfirst, a figure, the rest of a body split in
        // parts) belongs to the same article. Never up to the body, which holds the page.
        while let Some(parent) = self.parent(top) {
            let p = &self.nodes[parent];
            if p.flags & (EXCLUDED | PAGE) != 0 || parent == 0 {
                break;
            }
            // The article's body is this container and the parts like it beside it.
            let parts: Vec<usize> = self
                .children(parent)
                .into_iter()
                .filter(|&s| s == top || (self.nodes[s].score > 0.0 && self.same_kind(s, top)))
                .collect();
            // Nor above what the page marked as its article, unless it is one of several
            // parts alike (the posts of a live blog): what is beside it is the page's. A
            // body marked inside the `article` that holds it (`itemprop=articleBody` in
            // `<article>`, with the headline, standfirst and photos beside it) goes up to
            // that `article`, a few levels at most.
            if self.nodes[top].flags & MARKED_ARTICLE != 0
                && parts.len() == 1
                && self.marked_above(top).is_none_or(|outer| parent < outer)
            {
                break;
            }
            let body: u32 = parts
                .iter()
                .map(|&s| self.nodes[s].text)
                .fold(0, u32::saturating_add);
            if f64::from(body) < 0.5 * f64::from(self.content_text(parent)) {
                break;
            }
            // A table row of a page laid out in a table puts columns side by side: the cells
            // beside the body's are the page's menus and rails, not more of the article.
            if p.flags & IS_ROW != 0
                && self
                    .children(parent)
                    .into_iter()
                    .any(|c| c != top && self.nodes[c].text >= ROW_CELL_CHARS)
            {
                break;
            }
            top = parent;
        }
        self.leave_out_rails(top, best_node);
        self.nodes[top].place = Place::Article;
        if let Some(parent) = self.parent(top) {
            let threshold = (0.2 * value).max(10.0);
            for s in self.children(parent) {
                if s != top && self.continues(s, top, threshold) {
                    self.nodes[s].place = Place::Article;
                }
            }
        }
        self.add_headline();
        for i in 0..self.nodes.len() {
            if self.nodes[i].place == Place::Article {
                let mut up = self.nodes[i].parent;
                while up != usize::MAX && self.nodes[up].place == Place::Outside {
                    self.nodes[up].place = Place::Path;
                    up = self.nodes[up].parent;
                }
            }
        }
        true
    }

    /// The nearest `article` or `[itemprop=articleBody]` above element `i`, three levels up
    /// at most.
    fn marked_above(&self, i: usize) -> Option<usize> {
        let mut up = self.nodes[i].parent;
        for _ in 0..3 {
            if up == usize::MAX {
                return None;
            }
            if self.nodes[up].flags & MARKED_ARTICLE != 0 {
                return Some(up);
            }
            up = self.nodes[up].parent;
        }
        None
    }

    /// A column beside the body that the climb took in with it: after the part holding the
    /// best container, a child of the article's root, not like the body, made of boxes under
    /// headings of their own (two or more), much shorter than the body and thick with links
    /// (a rail of "data", "most read", "this week's issue" boxes with no class to tell them).
    fn leave_out_rails(&mut self, top: usize, best: usize) {
        if top == best {
            return;
        }
        let mut body = 0;
        let mut after = false;
        for c in self.children(top) {
            let n = &self.nodes[c];
            if (c..n.end.max(c + 1)).contains(&best) {
                // The column that holds the body, and all that goes with it.
                body = n.text;
                after = true;
                continue;
            }
            if !after || n.reason.is_some() || n.text == 0 || self.same_kind(c, best) {
                continue;
            }
            let headings = (c + 1..n.end)
                .filter(|&d| self.nodes[d].flags & IS_HEADING != 0)
                .take(2)
                .count();
            let short = u64::from(n.text) * 3 < u64::from(body);
            let linked = u64::from(n.link) * 4 >= u64::from(n.text);
            if headings >= 2 && short && linked {
                self.nodes[c].reason = Some("related links");
            }
        }
    }

    /// The text of an element that is not in boilerplate or link-dense children.
    fn content_text(&self, parent: usize) -> u32 {
        let p = &self.nodes[parent];
        let mut children = 0u32;
        let mut good = 0u32;
        for c in self.children(parent) {
            let n = &self.nodes[c];
            children = children.saturating_add(n.text);
            if n.flags & (EXCLUDED | SKIP) == 0 && n.link * 2 <= n.text {
                good = good.saturating_add(n.text);
            }
        }
        good.saturating_add(p.text.saturating_sub(children))
    }

    /// A container's worth as the article: its paragraphs and class evidence, less its links.
    fn value(&self, i: usize) -> f32 {
        let n = &self.nodes[i];
        let density = if n.text == 0 {
            0.0
        } else {
            n.link as f32 / n.text as f32
        };
        let semantic = if n.flags & SEMANTIC != 0 { 1.25 } else { 1.0 };
        let chrome = if n.flags & WEAK_CHROME != 0 { 0.5 } else { 1.0 };
        (n.score + n.weight) * (1.0 - density) * semantic * chrome
    }

    /// Whether a sibling of the article continues it.
    fn continues(&self, s: usize, top: usize, threshold: f32) -> bool {
        let n = &self.nodes[s];
        // Its own class says chrome (a `div.site-footer` beside the body): not the article's.
        if n.flags & (EXCLUDED | SKIP) != 0 || n.flags & BLOCK == 0 || n.text == 0 {
            return false;
        }
        if n.reason.is_some() {
            return false;
        }
        if self.nodes[top].flags & MARKED_ARTICLE != 0 {
            // The page marked where its article ends: what follows it (the next story of an
            // endless scroll, a teaser) continues it only as another part just like it.
            return self.same_kind(s, top);
        }
        if n.score > 0.0 && (self.value(s) >= threshold || self.same_kind(s, top)) {
            return true;
        }
        let density = n.link as f32 / n.text as f32;
        n.text >= SIBLING_CHARS && density < 0.25
    }

    /// The page's headline joins the article if the article has none: the last `h1` before it,
    /// else the first after it.
    fn add_headline(&mut self) {
        let has = self
            .nodes
            .iter()
            .any(|n| n.place == Place::Article && n.flags & HAS_H1 != 0);
        if has {
            // The article's own headline: what holds it inside the article is not chrome,
            // whatever its class says (a live blog's `div.live-header`, weak evidence).
            let h1 = (0..self.nodes.len()).find(|&i| {
                let n = &self.nodes[i];
                n.flags & IS_H1 != 0 && n.flags & EXCLUDED == 0 && n.text > 0 && self.in_article(i)
            });
            let mut up = h1.and_then(|h| self.parent(h));
            while let Some(u) = up {
                self.nodes[u].flags |= HOLDS_BODY;
                if self.nodes[u].place == Place::Article {
                    break;
                }
                up = self.parent(u);
            }
            return;
        }
        let first = self
            .nodes
            .iter()
            .position(|n| n.place == Place::Article)
            .unwrap_or(0);
        let h1 = |n: &Info| n.flags & IS_H1 != 0 && n.flags & EXCLUDED == 0 && n.text > 0;
        let before = self.nodes[..first].iter().rposition(h1);
        let after = || self.nodes[first..].iter().position(h1).map(|i| i + first);
        if let Some(i) = before.or_else(after) {
            self.nodes[i].place = Place::Article;
            // The standfirst sits beside the headline it follows (a live blog's header): the
            // paragraphs right after it, before anything else, join it too.
            let Some(parent) = self.parent(i) else { return };
            for s in self.children(parent).into_iter().filter(|&s| s > i).take(2) {
                let n = &self.nodes[s];
                if n.flags & (EXCLUDED | SKIP) != 0 || n.place != Place::Outside {
                    break;
                }
                if n.text >= PARAGRAPH_CHARS && n.link * 4 < n.text && n.reason.is_none() {
                    self.nodes[s].place = Place::Article;
                }
            }
        }
    }

    /// Whether an element is a part of the article or below one.
    fn in_article(&self, i: usize) -> bool {
        let mut up = Some(i);
        // Bounded: nesting can be deep, and the parts of an article are near their text.
        for _ in 0..256 {
            match up {
                Some(u) if self.nodes[u].place == Place::Article => return true,
                Some(u) => up = self.parent(u),
                None => return false,
            }
        }
        false
    }

    /// Whether two elements look alike (same element, same class): parts of one body.
    fn same_kind(&self, a: usize, b: usize) -> bool {
        self.nodes[a].shape != 0 && self.nodes[a].shape == self.nodes[b].shape
    }

    fn parent(&self, i: usize) -> Option<usize> {
        let p = self.nodes[i].parent;
        (p != usize::MAX).then_some(p)
    }

    /// The element's children, jumping over each child's subtree: linear in their number.
    fn children(&self, parent: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = parent + 1;
        while i < self.nodes[parent].end {
            out.push(i);
            i = self.nodes[i].end.max(i + 1);
        }
        out
    }
}

/// The measuring pass: every element's text, links, paragraph scores and boilerplate reason.
fn measure(html: &Tree<'_>, whole_page: bool) -> Extraction {
    // At most one entry a node: reserved once.
    let mut nodes: Vec<Info> = Vec::with_capacity(html.len());
    let mut ids: Vec<Id> = Vec::with_capacity(html.len());
    let mut index = vec![u32::MAX; html.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut words = WordEvidence::default();
    depth_first(html.root(), |step| {
        match step {
            Step::Open(node) => {
                let parent = stack.last().copied();
                let element = match node.value() {
                    Node::Document => None,
                    Node::Element(e) => Some(e),
                    Node::Text(t) => {
                        if let Some(p) = parent {
                            add_text(&mut nodes, p, t);
                        }
                        return false;
                    }
                };
                let inherited = parent.map_or(0, |p| {
                    nodes[p].flags
                        & (SKIP
                            | EXCLUDED
                            | IN_LINK
                            | IN_ARTICLE
                            | WEAK_CHROME
                            | IN_CAPTION
                            | IN_MARKED
                            | WORDS_CHAIN)
                });
                let i = nodes.len();
                let mut info = Info {
                    parent: parent.unwrap_or(usize::MAX),
                    all: 0,
                    text: 0,
                    link: 0,
                    score: 0.0,
                    run: 0,
                    run_link: 0,
                    run_commas: 0,
                    reason: None,
                    weight: 0.0,
                    shape: 0,
                    end: 0,
                    flags: inherited | BLOCK,
                    place: Place::Outside,
                };
                if let Some(e) = element {
                    let name = e.name();
                    info.flags = inherited;
                    if matches!(
                        name,
                        "script" | "style" | "noscript" | "template" | "head" | "title"
                    ) {
                        info.flags |= SKIP;
                    }
                    if name == "a" {
                        info.flags |= IN_LINK;
                    }
                    if super::html::is_block_level(name) {
                        info.flags |= BLOCK;
                    }
                    if matches!(
                        name,
                        "p" | "li"
                            | "h1"
                            | "h2"
                            | "h3"
                            | "h4"
                            | "h5"
                            | "h6"
                            | "pre"
                            | "blockquote"
                            | "dd"
                            | "dt"
                            | "figcaption"
                    ) {
                        info.flags |= PARAGRAPH;
                    }
                    match name {
                        "h1" => info.flags |= IS_H1 | HAS_H1 | IS_HEADING,
                        "h2" | "h3" | "h4" | "h5" | "h6" => info.flags |= IS_HEADING,
                        "p" => info.flags |= IS_P,
                        "html" | "body" => info.flags |= PAGE,
                        "img" => info.flags |= HAS_IMG,
                        "tr" => info.flags |= IS_ROW,
                        "ul" | "ol" | "dl" | "table" => info.flags |= IS_LIST_OR_TABLE,
                        "a" => info.flags |= IS_A,
                        "form" | "input" | "textarea" | "select" | "button" => {
                            info.flags |= IS_CONTROL
                        }
                        "figcaption" => info.flags |= HAS_FIGCAPTION | IN_CAPTION,
                        _ => {}
                    }
                    let attrs = Looked::of(&e);
                    if attrs.class.is_some_and(names_caption) {
                        info.flags |= IN_CAPTION;
                    }
                    if matches!(name, "article" | "main")
                        || attrs
                            .itemprop
                            .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
                    {
                        info.flags |= SEMANTIC;
                        if name != "main" {
                            info.flags |= MARKED_ARTICLE | IN_MARKED;
                        }
                    }
                    info.shape = shape_of(name, &attrs);
                    if !whole_page {
                        let (by_words, weight) = words.evidence(&attrs);
                        // The page's own `article` or `main` outweighs its class words: a
                        // platform names its posts `newsletter-post`, its body `story-promo`.
                        let by_words = match by_words {
                            Some((r, true)) if info.flags & SEMANTIC != 0 => Some((r, false)),
                            other => other,
                        };
                        let found = reason_of(name, &attrs, by_words, info.flags & IN_ARTICLE != 0);
                        info.reason = found.map(|(r, _)| r);
                        info.weight = weight;
                        // A page-wide form (ASP.NET pages wrap everything in one) is judged by
                        // what is in it, in the walk; it does not hide its content from scoring.
                        match found {
                            Some((_, true)) if name != "form" => {
                                let inherited = info.flags & EXCLUDED != 0;
                                let words_only = by_words
                                    .is_some_and(|(r, _)| Some(r) == info.reason)
                                    && !is_hidden(&attrs);
                                info.flags |= EXCLUDED;
                                if words_only {
                                    info.flags |= WORDS_EXCLUDED;
                                }
                                if !words_only || inherited && info.flags & WORDS_CHAIN == 0 {
                                    info.flags &= !WORDS_CHAIN;
                                } else {
                                    info.flags |= WORDS_CHAIN;
                                }
                            }
                            Some((_, false)) => info.flags |= WEAK_CHROME,
                            _ => {}
                        }
                    }
                    if matches!(name, "article" | "main") {
                        info.flags |= IN_ARTICLE;
                    }
                    // A block ends the paragraph of the block around it; so does a line break.
                    if info.flags & BLOCK != 0 || name == "br" {
                        if let Some(b) = parent.map(|p| block_of(&nodes, p)) {
                            close_run(&mut nodes, b);
                        }
                    }
                }
                nodes.push(info);
                ids.push(node.id());
                index[node.id() as usize] = i as u32;
                stack.push(i);
                true
            }
            Step::Close(node) => {
                if !matches!(node.value(), Node::Text(_)) {
                    if let Some(i) = stack.pop() {
                        nodes[i].end = nodes.len();
                        if nodes[i].flags & BLOCK != 0 {
                            close_run(&mut nodes, i);
                        }
                    }
                }
                false
            }
        }
    });
    // Subtree sums, children before parents.
    for i in (1..nodes.len()).rev() {
        let p = nodes[i].parent;
        if p == usize::MAX {
            continue;
        }
        let (all, text, link) = (nodes[i].all, nodes[i].text, nodes[i].link);
        let carried = nodes[i].flags & (HAS_FIGCAPTION | HAS_IMG | HAS_H1);
        let parent = &mut nodes[p];
        parent.all = parent.all.saturating_add(all);
        parent.text = parent.text.saturating_add(text);
        parent.link = parent.link.saturating_add(link);
        parent.flags |= carried;
    }
    if !whole_page {
        trust_marked_bodies(&mut nodes);
    }
    Extraction { index, ids, nodes }
}

/// Least text of a body the page marks (`article`, `[itemprop=articleBody]`) for its mark to
/// outweigh the class words of what holds it.
const MARKED_BODY_CHARS: u32 = 800;

/// A body the page marks as its article, long and not a list of links, is not chrome because
/// a container above it has a class word of chrome (`div.heading-tag-switch` around a
/// tabloid's story: `tag`): the containers that class words alone excluded are let back in,
/// with everything below them that was excluded only through them. A related box of teaser
/// `article`s is short, and one excluded by its tag or role (`aside`, `nav`) stays out.
fn trust_marked_bodies(nodes: &mut [Info]) {
    let mut voided = false;
    for i in 0..nodes.len() {
        let n = &nodes[i];
        let long = n.text >= MARKED_BODY_CHARS && u64::from(n.link) * 4 < u64::from(n.text);
        if n.flags & MARKED_ARTICLE == 0 || n.flags & EXCLUDED == 0 || !long || n.score <= 0.0 {
            continue;
        }
        // Every exclusion above it must come from class words alone.
        let mut chain = Vec::new();
        let mut up = i;
        let mut by_words_only = true;
        while up != usize::MAX && nodes[up].flags & EXCLUDED != 0 {
            // An element excluded on evidence of its own has a reason; the rest inherit it.
            if nodes[up].reason.is_some() {
                if nodes[up].flags & WORDS_EXCLUDED == 0 {
                    by_words_only = false;
                    break;
                }
                chain.push(up);
            }
            up = nodes[up].parent;
        }
        if !by_words_only || chain.is_empty() {
            continue;
        }
        for a in chain {
            nodes[a].flags &= !(EXCLUDED | WORDS_EXCLUDED);
            nodes[a].flags |= WEAK_CHROME;
            nodes[a].reason = None;
        }
        voided = true;
    }
    if voided {
        rederive_exclusion(nodes);
    }
}

/// Exclusion again from each element's own evidence and its parent's, in document order
/// (parents first), once some elements' evidence was voided: what was excluded only through
/// them is let back in.
fn rederive_exclusion(nodes: &mut [Info]) {
    for i in 0..nodes.len() {
        let own = nodes[i].reason.is_some() && nodes[i].flags & WEAK_CHROME == 0;
        let inherited =
            nodes[i].parent != usize::MAX && nodes[nodes[i].parent].flags & EXCLUDED != 0;
        let excluded_before = nodes[i].flags & EXCLUDED != 0;
        if excluded_before && !own && !inherited && nodes[i].flags & SKIP == 0 {
            nodes[i].flags &= !EXCLUDED;
        }
    }
}

/// Inside the article, a heading, list or table that its class words alone called related
/// links or tags but that holds no link at all (NPR's subheadings, lists and tables are
/// `edTag`) is the article's own: related boxes and tag lists are made of links. (A line of
/// tags with its links taken out, as a print view has it, is a line, not one of these.)
fn keep_linkless_related(nodes: &mut [Info]) {
    let mut voided = false;
    for i in 0..nodes.len() {
        let n = &nodes[i];
        // Or a box that holds only such a table or list (`div.embed-widget` around a table of
        // figures): its first child, with all of its text.
        let wraps_one = nodes
            .get(i + 1)
            .is_some_and(|c| c.parent == i && c.flags & IS_LIST_OR_TABLE != 0 && c.text == n.text);
        if n.reason != Some("related links")
            || n.flags & (WORDS_EXCLUDED | WEAK_CHROME) == 0
            || n.flags & (IS_HEADING | IS_LIST_OR_TABLE) == 0 && !wraps_one
            || n.link > 0
            || n.text == 0
            || !inside_chosen(nodes, i)
        {
            continue;
        }
        let n = &mut nodes[i];
        n.reason = None;
        n.flags &= !(EXCLUDED | WORDS_EXCLUDED);
        voided = true;
    }
    if voided {
        rederive_exclusion(nodes);
    }
}

/// Whether element `i` is a part of the chosen article or below one.
fn inside_chosen(nodes: &[Info], i: usize) -> bool {
    nodes[i].place == Place::Article || lines::inside_article(nodes, i)
}

/// The nearest block-level element at or above `i`: the one whose paragraph text joins.
fn block_of(nodes: &[Info], mut i: usize) -> usize {
    // Inline elements nest shallowly in practice, but a page of 50,000 unclosed `<b>`s must
    // not make every text node walk them all: the walk is cut short.
    for _ in 0..64 {
        if nodes[i].flags & BLOCK != 0 || nodes[i].parent == usize::MAX {
            return i;
        }
        i = nodes[i].parent;
    }
    i
}

/// A text's characters other than whitespace, and its commas (`,` `，` `、` `،`).
///
/// Counted from the bytes, as every text of the page goes through here: a byte's kind is one
/// look in [`BYTE_KINDS`], a character is its first byte (continuation bytes are not counted),
/// and only the few lead bytes that may start whitespace or a comma are looked at closer
/// ([`crate::text::whitespace_len`]), so no character is decoded.
fn visible_chars(text: &str) -> (u32, u32) {
    let bytes = text.as_bytes();
    let (mut chars, mut commas) = (0u32, 0u32);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match BYTE_KINDS[usize::from(b)] {
            PLAIN => chars += 1,
            CONTINUATION | SPACE => {}
            COMMA => {
                chars += 1;
                commas += 1;
            }
            _ => {
                let space = crate::text::whitespace_len(bytes, i);
                if space > 0 {
                    i += space;
                    continue;
                }
                chars += 1;
                // '，' U+FF0C, '、' U+3001, '،' U+060C.
                let comma = match b {
                    0xef => bytes.get(i + 1..i + 3) == Some(&[0xbc, 0x8c]),
                    0xe3 => bytes.get(i + 1..i + 3) == Some(&[0x80, 0x81]),
                    0xd8 => bytes.get(i + 1) == Some(&0x8c),
                    _ => false,
                };
                commas += u32::from(comma);
            }
        }
        i += 1;
    }
    (chars, commas)
}

/// The kinds of byte [`visible_chars`] tells apart.
const PLAIN: u8 = 0;
const CONTINUATION: u8 = 1;
const SPACE: u8 = 2;
const COMMA: u8 = 3;
/// A lead byte of whitespace or of a comma beyond ASCII, and of other characters too.
const LEAD: u8 = 4;

static BYTE_KINDS: [u8; 256] = {
    let mut table = [PLAIN; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'\t'..=b'\r' | b' ' => SPACE,
            b',' => COMMA,
            0x80..=0xbf => CONTINUATION,
            0xc2 | 0xd8 | 0xe1 | 0xe2 | 0xe3 | 0xef => LEAD,
            _ => PLAIN,
        };
        b += 1;
    }
    table
};

fn add_text(nodes: &mut [Info], parent: usize, text: &str) {
    let (chars, commas) = visible_chars(text);
    if chars == 0 {
        return;
    }
    let p = &mut nodes[parent];
    p.all = p.all.saturating_add(chars);
    if p.flags & SKIP != 0 {
        return;
    }
    p.text = p.text.saturating_add(chars);
    let in_link = p.flags & IN_LINK != 0;
    if in_link {
        p.link = p.link.saturating_add(chars);
    }
    // Text inside a body the page marks, excluded only by class words above it, is still
    // scored: `trust_marked_bodies` may let it back in.
    if p.flags & EXCLUDED != 0 && p.flags & (IN_MARKED | WORDS_CHAIN) != IN_MARKED | WORDS_CHAIN {
        return;
    }
    let b = block_of(nodes, parent);
    let run = &mut nodes[b];
    run.run = run.run.saturating_add(chars);
    run.run_commas = run.run_commas.saturating_add(commas);
    if in_link {
        run.run_link = run.run_link.saturating_add(chars);
    }
}

/// Ends the paragraph of direct text open in block `b` and gives its score.
fn close_run(nodes: &mut [Info], b: usize) {
    let (len, link, commas) = (nodes[b].run, nodes[b].run_link, nodes[b].run_commas);
    nodes[b].run = 0;
    nodes[b].run_link = 0;
    nodes[b].run_commas = 0;
    if len < PARAGRAPH_CHARS || link * 2 >= len {
        return;
    }
    let score = 1.0 + commas as f32 + (len as f32 / 100.0).min(3.0);
    // A paragraph element's text scores for the container it is a paragraph of; loose text
    // (a `div` of `<br>`-separated lines, a table cell) scores for its own element.
    let mut target = if nodes[b].flags & PARAGRAPH != 0 {
        nodes[b].parent
    } else {
        b
    };
    for divider in [1.0, 2.0, 6.0] {
        if target == usize::MAX {
            break;
        }
        nodes[target].score += score / divider;
        target = nodes[target].parent;
    }
}

/// Vocabulary of the class, id, role and aria-label of chrome, with the reason reported.
/// A word matches a token of the attribute that it starts (`comments`, `sharebar`).
const STRONG: &[(&str, &str)] = &[
    ("comment", "comments"),
    ("disqus", "comments"),
    ("related", "related links"),
    ("recommend", "related links"),
    ("morestories", "related links"),
    ("readmore", "related links"),
    ("trending", "related links"),
    ("teaser", "related links"),
    ("popular", "related links"),
    ("share", "share/social"),
    ("sharing", "share/social"),
    ("social", "share/social"),
    ("advert", "advert"),
    ("sponsor", "advert"),
    ("promo", "advert"),
    ("banner", "advert"),
    ("newsletter", "advert"),
    ("subscri", "advert"),
    ("paywall", "advert"),
    // Appeals for money: `donation-appeal`, `donate-box`.
    ("donat", "advert"),
    ("cookie", "cookie/consent"),
    ("consent", "cookie/consent"),
    ("gdpr", "cookie/consent"),
    ("breadcrumb", "navigation"),
    ("pagination", "navigation"),
    ("pager", "navigation"),
];

/// Weaker words, outweighed by a word of content in the same attributes (`article-header`).
const WEAK: &[(&str, &str)] = &[
    ("nav", "navigation"),
    ("menu", "navigation"),
    ("toolbar", "navigation"),
    ("header", "header/footer"),
    ("masthead", "header/footer"),
    ("footer", "header/footer"),
    ("copyright", "header/footer"),
    ("sidebar", "related links"),
    ("widget", "related links"),
];

/// Whole tokens only: too short to be matched as the start of a word, or the start of
/// other words too (`poll` of `pollution`).
const EXACT: &[(&str, &str)] = &[
    ("ad", "advert"),
    ("ads", "advert"),
    ("adv", "advert"),
    ("tags", "related links"),
    ("tag", "related links"),
    ("rel", "related links"),
    ("poll", "form"),
    ("polls", "form"),
    ("survey", "form"),
    ("quiz", "form"),
    ("vote", "form"),
    ("voting", "form"),
    ("feedback", "form"),
    ("ticker", "page chrome"),
    ("qr", "share/social"),
    ("qrcode", "share/social"),
    ("terms", "header/footer"),
    ("pay", "advert"),
    ("disclaimer", "header/footer"),
    // A list of the most read (`m-hot`, `hot-list`); not `feed`, which a live blog's
    // updates are as often as a feed of other stories.
    ("hot", "related links"),
];

/// Two words of a class written as one (`sign-up`, `AudioPlayer`, `InfiniteScroll`,
/// `author-bio`): each word alone says too little, together they name a page's part.
const COMPOUND: &[(&str, &str)] = &[
    ("signup", "advert"),
    ("downloadapp", "advert"),
    // A tool's paraphrase of the story above it, not the story's text.
    ("aisummary", "page chrome"),
    ("appdownload", "advert"),
    ("signin", "form"),
    ("login", "form"),
    ("audioplayer", "embedded content"),
    ("videoplayer", "embedded content"),
    ("mediaplayer", "embedded content"),
    ("stickyvideo", "embedded content"),
    ("infinitescroll", "related links"),
    ("nextstory", "related links"),
    ("nextarticle", "related links"),
    ("nextpost", "related links"),
    ("upnext", "related links"),
    ("readnext", "related links"),
    ("authorbio", "byline"),
    ("authorcard", "byline"),
    ("authorbox", "byline"),
    ("authorinfo", "byline"),
    ("authorprofile", "byline"),
    ("aboutauthor", "byline"),
    // Text for screen readers only (`Image caption, ` before a caption): not on the page.
    ("visuallyhidden", "hidden"),
    ("sronly", "hidden"),
    ("screenreader", "hidden"),
];

const CONTENT: &[&str] = &[
    "article", "content", "body", "story", "post", "entry", "main", "text", "detail", "news",
];

fn tokens(attrs: &Looked<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for value in [attrs.class, attrs.id, attrs.aria_label, attrs.data_name] {
        let Some(value) = value else {
            continue;
        };
        // Bounded: a class attribute of a megabyte is not read whole.
        let value = &value[..floor_boundary(value, 512)];
        let mut token = String::new();
        let mut prev_lower = false;
        for c in value.chars() {
            // Class names are ASCII nearly always: their letters are told without the tables.
            let (alnum, upper, lower) = if c.is_ascii() {
                (
                    c.is_ascii_alphanumeric(),
                    c.is_ascii_uppercase(),
                    c.is_ascii_lowercase(),
                )
            } else {
                (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase())
            };
            let split = !alnum || (upper && prev_lower);
            if split && !token.is_empty() {
                out.push(std::mem::take(&mut token));
            }
            if alnum {
                if c.is_ascii() {
                    token.push(c.to_ascii_lowercase());
                } else {
                    token.extend(c.to_lowercase());
                }
            }
            prev_lower = lower;
        }
        if !token.is_empty() {
            out.push(token);
        }
    }
    out
}

/// The attributes the measuring pass asks of an element, found in one scan of them (each
/// lookup on its own was a scan: nine a element).
#[derive(Default)]
struct Looked<'t> {
    class: Option<&'t str>,
    id: Option<&'t str>,
    aria_label: Option<&'t str>,
    /// A component's name for its tests or its framework (`data-testid="newsletter-module"`,
    /// `data-component="links-block"`): on sites whose classes are hashes, the only name.
    data_name: Option<&'t str>,
    itemprop: Option<&'t str>,
    role: Option<&'t str>,
    style: Option<&'t str>,
    aria_hidden: Option<&'t str>,
    hidden: bool,
}

impl<'t> Looked<'t> {
    fn of(e: &Element<'t>) -> Looked<'t> {
        let mut looked = Looked::default();
        for (name, value) in e.attrs() {
            // The first of a repeated attribute counts, as `Element::attr` has it.
            let slot = match name {
                "class" => &mut looked.class,
                "id" => &mut looked.id,
                "aria-label" => &mut looked.aria_label,
                "data-testid" | "data-component" | "data-component-name" | "data-module" => {
                    &mut looked.data_name
                }
                "itemprop" => &mut looked.itemprop,
                "role" => &mut looked.role,
                "style" => &mut looked.style,
                "aria-hidden" => &mut looked.aria_hidden,
                "hidden" => {
                    looked.hidden = true;
                    continue;
                }
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value);
            }
        }
        looked
    }
}

/// A reason to leave an element out and whether it is strong ([`reason_by_words`]), and its
/// weight as the article ([`weight_of`]).
type Evidence = (Option<(&'static str, bool)>, f32);

/// What the words of an element's class, id, aria-label and component name say
/// ([`reason_by_words`] and [`weight_of`]), remembered per distinct set of those values: a
/// page repeats the same few hundred classes over tens of thousands of elements, and
/// tokenizing and looking each up in the vocabularies again for each was most of the
/// measuring pass in a profile.
#[derive(Default)]
struct WordEvidence {
    seen: FastMap<Box<str>, Evidence>,
    /// The key of the element at hand, built in place so that a hit allocates nothing.
    key: String,
}

impl WordEvidence {
    /// Most distinct sets remembered: a page of unique ids does not grow the table past it.
    const MAX_SEEN: usize = 4096;

    fn evidence(&mut self, attrs: &Looked<'_>) -> Evidence {
        self.key.clear();
        for value in [attrs.class, attrs.id, attrs.aria_label, attrs.data_name] {
            let value = value.unwrap_or_default();
            // The same bound as the tokens: what is past it is never read.
            self.key.push_str(&value[..floor_boundary(value, 512)]);
            // A separator: a NUL inside a value splits tokens just as it does, so two sets
            // that make the same key make the same tokens too.
            self.key.push('\0');
        }
        if let Some(&found) = self.seen.get(self.key.as_str()) {
            return found;
        }
        let tokens = tokens(attrs);
        let found = (reason_by_words(&tokens), weight_of(&tokens));
        if self.seen.len() < Self::MAX_SEEN {
            self.seen.insert(self.key.as_str().into(), found);
        }
        found
    }
}

fn floor_boundary(s: &str, max: usize) -> usize {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    end
}

fn vocabulary(tokens: &[String], words: &'static [(&str, &str)]) -> Option<&'static str> {
    tokens.iter().find_map(|t| {
        words
            .iter()
            .find(|(w, _)| t.starts_with(w))
            .map(|(_, r)| *r)
    })
}

/// Why an element is boilerplate, if it is, and whether the evidence is strong. Weak evidence
/// (a class word such as sidebar or header, which sites also give their main column) leaves
/// the element out only if the article is not found inside it.
fn reason_of(
    name: &str,
    attrs: &Looked<'_>,
    by_words: Option<(&'static str, bool)>,
    in_article: bool,
) -> Option<(&'static str, bool)> {
    if is_hidden(attrs) {
        return Some(("hidden", true));
    }
    // A header outside `article` or `main` is the site's, or the article's own (its headline
    // and standfirst) on a page that marks no article: weak evidence, left out only when the
    // article's headline is not found in it.
    if name == "header" && !in_article {
        return Some(("header/footer", false));
    }
    let by_tag = match name {
        "nav" => Some("navigation"),
        "footer" => Some("header/footer"),
        "aside" => Some("related links"),
        "form" => Some("form"),
        "dialog" => Some("cookie/consent"),
        // A scrolling banner: a site's welcome or a ticker, never the story.
        "marquee" => Some("page chrome"),
        _ => None,
    };
    if by_tag.is_some() {
        return by_tag.map(|r| (r, true));
    }
    // A heading's own class that names a header (`h2.section-header`, `h1.entry-header`)
    // says what the heading is, not that it is the page's header.
    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        && by_words.is_some_and(|(reason, _)| reason == "header/footer")
        && attrs.role.is_none()
    {
        return None;
    }
    if let Some(role) = attrs.role {
        let by_role = match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "menu" | "menubar" => Some("navigation"),
            "banner" | "contentinfo" => Some("header/footer"),
            "complementary" => Some("related links"),
            "search" => Some("form"),
            // A modal over the page: a consent or sign-in prompt, never the story.
            "dialog" | "alertdialog" => Some("cookie/consent"),
            _ => None,
        };
        if by_role.is_some() {
            return by_role.map(|r| (r, true));
        }
    }
    by_words
}

/// The evidence of the words of an element's class, id and aria-label.
fn reason_by_words(tokens: &[String]) -> Option<(&'static str, bool)> {
    if tokens.is_empty() {
        return None;
    }
    // A name that says where the element stands (`after-story-ad-1`, `below-comments`)
    // names its neighbour, not itself: a part of a split body is named after the advert
    // above it.
    if tokens
        .iter()
        .any(|t| matches!(t.as_str(), "after" | "before" | "below" | "above"))
    {
        return None;
    }
    if let Some(r) = vocabulary(tokens, STRONG) {
        return Some((r, true));
    }
    if let Some(r) = tokens
        .iter()
        .find_map(|t| EXACT.iter().find(|(w, _)| t == w).map(|(_, r)| *r))
    {
        return Some((r, true));
    }
    let mut pair = String::new();
    for two in tokens.windows(2) {
        pair.clear();
        pair.push_str(&two[0]);
        pair.push_str(&two[1]);
        if let Some((_, r)) = COMPOUND.iter().find(|(w, _)| *w == pair) {
            return Some((r, true));
        }
    }
    let content = tokens
        .iter()
        .any(|t| CONTENT.iter().any(|w| t.starts_with(w)));
    if content {
        return None;
    }
    vocabulary(tokens, WEAK).map(|r| (r, false))
}

/// Evidence of class and id for being the article, in paragraph-score points.
fn weight_of(tokens: &[String]) -> f32 {
    if tokens
        .iter()
        .any(|t| CONTENT.iter().any(|w| t.starts_with(w)))
    {
        return 5.0;
    }
    0.0
}

fn shape_of(name: &str, attrs: &Looked<'_>) -> u32 {
    let mut h = FastHasher::default();
    h.write(name.as_bytes());
    h.write(attrs.class.unwrap_or_default().as_bytes());
    (h.finish() as u32) | 1
}

fn is_hidden(attrs: &Looked<'_>) -> bool {
    if attrs.hidden || attrs.aria_hidden.is_some_and(|v| v.trim() == "true") {
        return true;
    }
    attrs.style.is_some_and(|style| {
        // Compared without spaces and case, up to a bound, without copying.
        let style = &style.as_bytes()[..style.len().min(1024)];
        let compact = style.iter().filter(|b| !b.is_ascii_whitespace());
        let mut window = [0u8; 17];
        let mut found = false;
        for b in compact {
            window.copy_within(1.., 0);
            window[16] = b.to_ascii_lowercase();
            if window.ends_with(b"display:none") || window.ends_with(b"visibility:hidden") {
                found = true;
                break;
            }
        }
        found
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counted from the bytes, a text's visible characters and commas are what its characters
    /// one by one say, for every character beside ASCII letters and spaces.
    #[test]
    fn visible_chars_by_bytes_are_by_chars() {
        let by_chars = |t: &str| {
            let visible = t.chars().filter(|c| !c.is_whitespace());
            let commas = visible
                .clone()
                .filter(|c| matches!(c, ',' | '，' | '、' | '،'))
                .count();
            (visible.count() as u32, commas as u32)
        };
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            let text = format!("a{c} ,{c}");
            assert_eq!(visible_chars(&text), by_chars(&text), "{c:?}");
        }
        let text = "Hà Nội， 北京、 x،y\u{3000}z\u{a0}";
        assert_eq!(visible_chars(text), by_chars(text));
        assert_eq!(visible_chars(text), (13, 3));
    }

    /// The remembered evidence is what the words say afresh, for repeated classes and for
    /// elements whose ids make every triple new, and the table stops growing at its bound.
    #[test]
    fn remembered_word_evidence_is_the_evidence_and_is_bounded() {
        let mut page = String::from("<body>");
        for i in 0..(WordEvidence::MAX_SEEN + 500) {
            let class = ["share-buttons", "story-body", "menuItem", "x"][i % 4];
            page.push_str(&format!("<div class=\"{class}\" id=\"n{i}\">t</div>"));
            page.push_str(&format!("<span class=\"{class}\">t</span>"));
        }
        let parsed = super::super::html::tree::parse(&page);
        let mut words = WordEvidence::default();
        let mut checked = 0;
        for node in parsed.tree.root().descendants() {
            let Some(e) = node.element() else { continue };
            let attrs = Looked::of(&e);
            let tokens = tokens(&attrs);
            let fresh = (reason_by_words(&tokens), weight_of(&tokens));
            assert_eq!(words.evidence(&attrs), fresh, "{:?}", e.attr("class"));
            // Asked again, from the table this time.
            assert_eq!(words.evidence(&attrs), fresh);
            checked += 1;
        }
        assert!(checked > 2 * WordEvidence::MAX_SEEN);
        assert_eq!(words.seen.len(), WordEvidence::MAX_SEEN);
        let share = parsed.tree.root().descendants().find_map(|n| {
            n.element()
                .filter(|e| e.attr("class") == Some("share-buttons"))
        });
        let share = share.map(|e| words.evidence(&Looked::of(&e)));
        assert_eq!(
            share.and_then(|(r, _)| r).map(|(r, _)| r),
            Some("share/social")
        );
    }
}
