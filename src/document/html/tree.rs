//! The page's tree: an arena of nodes in document order, built from the tokenizer's tags by a
//! small, bounded version of the standard's tree construction.
//!
//! What it keeps of the standard is what decides which text belongs to which element: the
//! implied `html`, `head` and `body`; void elements; the end tags that paragraphs, list items,
//! definitions, cells, rows, options and headings imply when the next one starts; `</p>` and
//! `</br>` without a start; nested links closing the outer one; the scopes that stop an end
//! tag at a table or a cell; foreign content (`svg`, `math`) with its self-closing tags. What
//! it leaves out only moves nodes around in browsers: foster parenting (text stays where the
//! table has it) and the adoption agency's reopening of formatting elements (a `<b>` cut off
//! by a block stays closed), which is also the part of the standard whose cost grows with the
//! square of a hostile page.
//!
//! Nodes are only ever appended to the element open last, so a node's subtree is the run of
//! nodes from it to its `end`: measuring and walking the page are loops over a vector. Every
//! end tag is decided in constant time (each open element knows the nearest scope boundary
//! below it, each name its topmost open element), and elements deeper than [`MAX_DEPTH`] are
//! kept as leaves of their ancestor at the limit, so time and memory are linear in the page.

use super::tokenize::{self, Attr, Content, Report, Sink};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::collections::HashMap;

/// A node's index in the tree.
pub(crate) type Id = u32;
const NONE: u32 = u32::MAX;

/// How deep elements may nest; deeper ones are kept as leaves of their ancestor at this depth
/// (Blink bounds its DOM the same way, at the same depth; real pages stay far below).
pub(crate) const MAX_DEPTH: usize = 512;

pub(crate) struct Tree<'a> {
    src: &'a str,
    nodes: Vec<NodeData<'a>>,
    attrs: Vec<Attr<'a>>,
    /// Offsets of the page's line feeds, found when a line is first asked for.
    newlines: OnceCell<Vec<u32>>,
    /// Where the last line was found among them.
    cursor: Cell<usize>,
}

struct NodeData<'a> {
    parent: u32,
    first_child: u32,
    last_child: u32,
    next: u32,
    prev: u32,
    /// One past the last node of its subtree.
    end: u32,
    /// Where it is in the page: an element's `>`, a text's first byte.
    pos: u32,
    kind: Kind<'a>,
}

enum Kind<'a> {
    Document,
    Element {
        name: Cow<'a, str>,
        attrs: (u32, u32),
    },
    Text(Cow<'a, str>),
}

/// Where and how often the page nested deeper than [`MAX_DEPTH`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Flattened {
    /// The line of the first element kept as a leaf.
    pub line: usize,
    pub count: usize,
}

/// What parsing met that the page should be told of.
pub(crate) struct Parsed<'a> {
    pub tree: Tree<'a>,
    pub flattened: Option<Flattened>,
    /// Attributes left out of tags with too many, and the line of the first such tag.
    pub attrs_removed: usize,
    pub attrs_line: usize,
}

/// Parses a page.
pub(crate) fn parse(text: &str) -> Parsed<'_> {
    let mut builder = Builder::new(text);
    let Report {
        attrs_removed,
        first_cut,
    } = tokenize::tokenize(text, &mut builder);
    let flattened = builder.flattened;
    let tree = builder.finish();
    let flattened = flattened.map(|(pos, count)| Flattened {
        line: tree.line_at(pos),
        count,
    });
    let attrs_line = first_cut.map_or(0, |pos| tree.line_at(pos as u32));
    Parsed {
        tree,
        flattened,
        attrs_removed,
        attrs_line,
    }
}

impl<'a> Tree<'a> {
    pub fn root(&self) -> NodeRef<'_> {
        NodeRef { tree: self, id: 0 }
    }

    pub fn get(&self, id: Id) -> Option<NodeRef<'_>> {
        ((id as usize) < self.nodes.len()).then_some(NodeRef { tree: self, id })
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The page's `<html>` element, if it has one.
    pub fn html(&self) -> Option<NodeRef<'_>> {
        self.root().children().find(|n| n.is_element())
    }

    /// Every node in document order.
    pub fn nodes(&self) -> impl Iterator<Item = NodeRef<'_>> {
        (0..self.nodes.len() as u32).map(|id| NodeRef { tree: self, id })
    }

    /// The 1-based line of a node: where an element's start tag ends, where a text starts.
    pub fn line(&self, id: Id) -> usize {
        self.nodes
            .get(id as usize)
            .map_or(1, |n| self.line_at(n.pos))
    }

    fn line_at(&self, pos: u32) -> usize {
        let newlines = self.newlines.get_or_init(|| {
            memchr::memchr_iter(b'\n', self.src.as_bytes())
                .map(|p| u32::try_from(p).unwrap_or(u32::MAX))
                .collect()
        });
        // Lines are asked for in document order, mostly: a few steps on from the last answer,
        // else a binary search.
        let from = self.cursor.get().min(newlines.len());
        let ahead = &newlines[from..];
        let near = ahead.iter().take(8).position(|&p| p >= pos);
        let index = match near {
            Some(k) if from == 0 || newlines[from - 1] < pos => from + k,
            _ => newlines.partition_point(|&p| p < pos),
        };
        self.cursor.set(index);
        1 + index
    }
}

/// A node of the tree.
#[derive(Clone, Copy)]
pub(crate) struct NodeRef<'t> {
    tree: &'t Tree<'t>,
    id: Id,
}

/// What a node is.
pub(crate) enum Node<'t> {
    Document,
    Element(Element<'t>),
    Text(&'t str),
}

/// An element: its name (lowercase) and attributes.
#[derive(Clone, Copy)]
pub(crate) struct Element<'t> {
    name: &'t str,
    attrs: &'t [Attr<'t>],
}

impl<'t> Element<'t> {
    pub fn name(&self) -> &'t str {
        self.name
    }

    /// Its attributes, names and values, in the order written.
    pub fn attrs(&self) -> impl Iterator<Item = (&'t str, &'t str)> + 't {
        self.attrs.iter().map(|(n, v)| (&**n, &**v))
    }

    pub fn attr(&self, name: &str) -> Option<&'t str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| &**v)
    }
}

impl<'t> NodeRef<'t> {
    fn data(&self) -> &'t NodeData<'t> {
        &self.tree.nodes[self.id as usize]
    }

    fn at(&self, id: u32) -> Option<NodeRef<'t>> {
        (id != NONE).then_some(NodeRef {
            tree: self.tree,
            id,
        })
    }

    pub fn id(&self) -> Id {
        self.id
    }

    /// One past the last node of its subtree: its descendants are the ids between.
    pub fn end(&self) -> Id {
        self.data().end
    }

    pub fn value(&self) -> Node<'t> {
        match &self.data().kind {
            Kind::Document => Node::Document,
            Kind::Text(t) => Node::Text(t),
            Kind::Element { name, attrs } => Node::Element(Element {
                name,
                attrs: &self.tree.attrs[attrs.0 as usize..(attrs.0 + attrs.1) as usize],
            }),
        }
    }

    pub fn element(&self) -> Option<Element<'t>> {
        match self.value() {
            Node::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn is_element(&self) -> bool {
        matches!(self.data().kind, Kind::Element { .. })
    }

    /// The element's name, if it is one.
    #[cfg(test)]
    pub fn name(&self) -> Option<&'t str> {
        match &self.data().kind {
            Kind::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    pub fn parent(&self) -> Option<NodeRef<'t>> {
        self.at(self.data().parent)
    }

    pub fn first_child(&self) -> Option<NodeRef<'t>> {
        self.at(self.data().first_child)
    }

    pub fn next_sibling(&self) -> Option<NodeRef<'t>> {
        self.at(self.data().next)
    }

    pub fn prev_sibling(&self) -> Option<NodeRef<'t>> {
        self.at(self.data().prev)
    }

    pub fn children(&self) -> impl Iterator<Item = NodeRef<'t>> {
        std::iter::successors(self.first_child(), |c| c.next_sibling())
    }

    /// The node and everything below it, in document order.
    pub fn descendants(&self) -> impl Iterator<Item = NodeRef<'t>> {
        let tree = self.tree;
        (self.id..self.end()).map(move |id| NodeRef { tree, id })
    }

    /// The texts below it, in document order.
    pub fn texts(&self) -> impl Iterator<Item = &'t str> {
        self.descendants().filter_map(|n| match &n.data().kind {
            Kind::Text(t) => Some(&**t),
            _ => None,
        })
    }
}

// ---- building ----

/// Name ids the builder decides by, interned first in this order.
/// After them, the names most pages are mostly made of, so that [`known`] finds them without
/// hashing.
const KNOWN: [&str; 49] = [
    "html",
    "head",
    "body",
    "p",
    "li",
    "ul",
    "ol",
    "dd",
    "dt",
    "dl",
    "td",
    "th",
    "tr",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "template",
    "button",
    "a",
    "nobr",
    "option",
    "optgroup",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "marquee",
    "object",
    "applet",
    "div",
    "span",
    "img",
    "br",
    "i",
    "b",
    "em",
    "strong",
    "section",
    "article",
    "figure",
    "figcaption",
    "time",
    "script",
    "svg",
    "path",
];

/// The id of a name of [`KNOWN`], told by a `match` (a few byte comparisons): the keyed hash of
/// the names map cost more than a tenth of building the tree, and nearly every tag of a page
/// is one of these.
fn known(name: &str) -> Option<u32> {
    let id = match name {
        "html" => 0,
        "head" => 1,
        "body" => 2,
        "p" => 3,
        "li" => 4,
        "ul" => 5,
        "ol" => 6,
        "dd" => 7,
        "dt" => 8,
        "dl" => 9,
        "td" => 10,
        "th" => 11,
        "tr" => 12,
        "table" => 13,
        "tbody" => 14,
        "thead" => 15,
        "tfoot" => 16,
        "caption" => 17,
        "template" => 18,
        "button" => 19,
        "a" => 20,
        "nobr" => 21,
        "option" => 22,
        "optgroup" => 23,
        "h1" => 24,
        "h2" => 25,
        "h3" => 26,
        "h4" => 27,
        "h5" => 28,
        "h6" => 29,
        "marquee" => 30,
        "object" => 31,
        "applet" => 32,
        "div" => 33,
        "span" => 34,
        "img" => 35,
        "br" => 36,
        "i" => 37,
        "b" => 38,
        "em" => 39,
        "strong" => 40,
        "section" => 41,
        "article" => 42,
        "figure" => 43,
        "figcaption" => 44,
        "time" => 45,
        "script" => 46,
        "svg" => 47,
        "path" => 48,
        _ => return None,
    };
    Some(id)
}
const P: u32 = 3;
const LI: u32 = 4;
const UL: u32 = 5;
const OL: u32 = 6;
const DD: u32 = 7;
const DT: u32 = 8;
const DL: u32 = 9;
const TD: u32 = 10;
const TH: u32 = 11;
const TR: u32 = 12;
const TABLE: u32 = 13;
const TBODY: u32 = 14;
const THEAD: u32 = 15;
const TFOOT: u32 = 16;
const CAPTION: u32 = 17;
const BUTTON: u32 = 19;
const A: u32 = 20;
const NOBR: u32 = 21;
const OPTION: u32 = 22;
const OPTGROUP: u32 = 23;
const H1: u32 = 24;

/// An element on the stack of open elements.
struct Open {
    node: u32,
    name: u32,
    /// The next open element of the same name below it.
    prev_same: u32,
    /// The nearest scope boundary (`table`, `td`, `template` ...) at or below it, and the
    /// nearest table-scope boundary (`table`, `template`, `html`).
    scope: u32,
    table_scope: u32,
    foreign: bool,
}

struct Builder<'a> {
    tree: Tree<'a>,
    stack: Vec<Open>,
    /// Tag names beyond [`KNOWN`] are the page's own: hashed with std's keyed hash, which no
    /// page can make collide.
    names: HashMap<Cow<'a, str>, u32>,
    /// By name: the topmost open element of that name, and how many end tags of elements
    /// kept as leaves are still to come.
    top: Vec<u32>,
    swallow: Vec<u32>,
    html: u32,
    head: u32,
    body: u32,
    foreign: usize,
    /// A raw text element is open: its text and end tag come next.
    raw: bool,
    /// The offset of the first element kept as a leaf, and how many were.
    flattened: Option<(u32, usize)>,
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Start tags that close an open paragraph.
fn closes_p(name: &str) -> bool {
    is_heading(name)
        || matches!(
            name,
            "address"
                | "article"
                | "aside"
                | "blockquote"
                | "center"
                | "details"
                | "dialog"
                | "dir"
                | "div"
                | "dl"
                | "fieldset"
                | "figcaption"
                | "figure"
                | "footer"
                | "header"
                | "hgroup"
                | "main"
                | "menu"
                | "nav"
                | "ol"
                | "p"
                | "search"
                | "section"
                | "summary"
                | "ul"
                | "pre"
                | "listing"
                | "form"
                | "plaintext"
                | "table"
                | "hr"
                | "xmp"
                | "dd"
                | "dt"
                | "li"
        )
}

/// HTML elements that end foreign content (an `svg` left open before the article's text).
fn breaks_out_of_foreign(name: &str) -> bool {
    is_heading(name)
        || matches!(
            name,
            "b" | "big"
                | "blockquote"
                | "body"
                | "br"
                | "center"
                | "code"
                | "dd"
                | "div"
                | "dl"
                | "dt"
                | "em"
                | "embed"
                | "head"
                | "hr"
                | "i"
                | "img"
                | "li"
                | "listing"
                | "menu"
                | "meta"
                | "nobr"
                | "ol"
                | "p"
                | "pre"
                | "ruby"
                | "s"
                | "small"
                | "span"
                | "strong"
                | "strike"
                | "sub"
                | "sup"
                | "table"
                | "tt"
                | "u"
                | "ul"
                | "var"
        )
}

fn content_of(name: &str) -> Content {
    match name {
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
            Content::RawText
        }
        "title" | "textarea" => Content::Rcdata,
        "plaintext" => Content::Plaintext,
        _ => Content::Markup,
    }
}

fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Self {
        let tree = Tree {
            src,
            // News pages have a node every 25 to 30 bytes: reserved once, not copied as the
            // vector doubles (pages not touched cost nothing).
            nodes: Vec::with_capacity(src.len() / 24 + 4),
            attrs: Vec::with_capacity(src.len() / 48 + 4),
            newlines: OnceCell::new(),
            cursor: Cell::new(0),
        };
        let mut b = Builder {
            tree,
            stack: Vec::new(),
            names: HashMap::new(),
            top: Vec::new(),
            swallow: Vec::new(),
            html: NONE,
            head: NONE,
            body: NONE,
            foreign: 0,
            raw: false,
            flattened: None,
        };
        b.tree.nodes.push(NodeData {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
            prev: NONE,
            end: NONE,
            pos: 0,
            kind: Kind::Document,
        });
        // The known names have their ids by [`known`], not in the map.
        b.top = vec![NONE; KNOWN.len()];
        b.swallow = vec![0; KNOWN.len()];
        b
    }

    /// The id of a name, if an element of that name was ever opened (every known one is).
    fn id_of(&self, name: &str) -> Option<u32> {
        known(name).or_else(|| self.names.get(name).copied())
    }

    fn intern(&mut self, name: Cow<'a, str>) -> u32 {
        if let Some(id) = self.id_of(&name) {
            return id;
        }
        let id = self.top.len() as u32;
        self.names.insert(name, id);
        self.top.push(NONE);
        self.swallow.push(0);
        id
    }

    fn current(&self) -> u32 {
        self.stack.last().map_or(0, |o| o.node)
    }

    fn append(&mut self, kind: Kind<'a>, pos: u32) -> u32 {
        let parent = self.current();
        let id = self.tree.nodes.len() as u32;
        let prev = self.tree.nodes[parent as usize].last_child;
        self.tree.nodes.push(NodeData {
            parent,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
            prev,
            end: id + 1,
            pos,
            kind,
        });
        if prev == NONE {
            self.tree.nodes[parent as usize].first_child = id;
        } else {
            self.tree.nodes[prev as usize].next = id;
        }
        self.tree.nodes[parent as usize].last_child = id;
        id
    }

    fn element(&mut self, name: Cow<'a, str>, attrs: &mut Vec<Attr<'a>>, pos: u32) -> u32 {
        let start = self.tree.attrs.len() as u32;
        let count = attrs.len() as u32;
        self.tree.attrs.append(attrs);
        self.append(
            Kind::Element {
                name,
                attrs: (start, count),
            },
            pos,
        )
    }

    fn push(&mut self, node: u32, name: u32, foreign: bool) {
        let at = self.stack.len() as u32;
        let below = self.stack.last();
        let boundary = matches!(
            KNOWN.get(name as usize).copied(),
            Some(
                "html"
                    | "table"
                    | "td"
                    | "th"
                    | "caption"
                    | "template"
                    | "marquee"
                    | "object"
                    | "applet"
            )
        );
        let table_boundary = matches!(
            KNOWN.get(name as usize).copied(),
            Some("html" | "table" | "template")
        );
        let scope = if boundary {
            at
        } else {
            below.map_or(NONE, |b| b.scope)
        };
        let table_scope = if table_boundary {
            at
        } else {
            below.map_or(NONE, |b| b.table_scope)
        };
        self.stack.push(Open {
            node,
            name,
            prev_same: self.top[name as usize],
            scope,
            table_scope,
            foreign,
        });
        self.top[name as usize] = at;
        self.foreign += usize::from(foreign);
    }

    fn pop(&mut self) {
        if let Some(open) = self.stack.pop() {
            self.tree.nodes[open.node as usize].end = self.tree.nodes.len() as u32;
            self.top[open.name as usize] = open.prev_same;
            self.foreign -= usize::from(open.foreign);
        }
    }

    /// Pops the stack down to (and including) the element at `index`.
    fn pop_to(&mut self, index: u32) {
        while self.stack.len() as u32 > index {
            self.pop();
        }
    }

    /// The topmost open element of one of `names` that is in scope (no scope boundary, nor
    /// any of `also`, above it), or `table` scope's.
    fn in_scope(&self, names: &[u32], also: &[u32], table: bool) -> Option<u32> {
        let top = names
            .iter()
            .map(|&n| self.top[n as usize])
            .filter(|&t| t != NONE)
            .max()?;
        let boundary = self
            .stack
            .last()
            .map_or(NONE, |o| if table { o.table_scope } else { o.scope });
        let mut limit = i64::from(if boundary == NONE { 0 } else { boundary });
        for &n in also {
            let t = self.top[n as usize];
            if t != NONE {
                limit = limit.max(i64::from(t) + 1);
            }
        }
        (i64::from(top) >= limit).then_some(top)
    }

    fn close(&mut self, names: &[u32], also: &[u32], table: bool) {
        if let Some(at) = self.in_scope(names, also, table) {
            self.pop_to(at);
        }
    }

    fn ensure_html(&mut self, pos: u32) {
        if self.html == NONE {
            let mut none = Vec::new();
            self.html = self.element(Cow::Borrowed("html"), &mut none, pos);
            self.push(self.html, 0, false);
        }
    }

    fn ensure_head(&mut self, pos: u32) {
        self.ensure_html(pos);
        if self.head == NONE {
            let mut none = Vec::new();
            self.head = self.element(Cow::Borrowed("head"), &mut none, pos);
            self.push(self.head, 1, false);
        }
    }

    /// Closes the head and opens the body, implied or with the page's own attributes.
    fn ensure_body(&mut self, attrs: &mut Vec<Attr<'a>>, pos: u32) {
        if self.body != NONE {
            return;
        }
        self.ensure_head(pos);
        if let Some(at) = self.stack.iter().position(|o| o.node == self.head) {
            self.pop_to(at as u32);
        }
        self.body = self.element(Cow::Borrowed("body"), attrs, pos);
        self.push(self.body, 2, false);
    }

    fn finish(mut self) -> Tree<'a> {
        self.pop_to(0);
        self.tree.nodes[0].end = self.tree.nodes.len() as u32;
        self.tree
    }
}

impl<'a> Sink<'a> for Builder<'a> {
    fn start(
        &mut self,
        name: Cow<'a, str>,
        attrs: &mut Vec<Attr<'a>>,
        self_closing: bool,
        at: usize,
    ) -> Content {
        let pos = offset(at);
        let name = if name == "image" {
            Cow::Borrowed("img")
        } else {
            name
        };
        match &*name {
            "html" => {
                if self.html == NONE {
                    self.html = self.element(name, attrs, pos);
                    self.push(self.html, 0, false);
                }
                return Content::Markup;
            }
            "head" => {
                if self.head == NONE && self.body == NONE {
                    self.ensure_html(pos);
                    self.head = self.element(name, attrs, pos);
                    self.push(self.head, 1, false);
                }
                return Content::Markup;
            }
            "body" => {
                self.ensure_body(attrs, pos);
                return Content::Markup;
            }
            "base" | "basefont" | "bgsound" | "link" | "meta" | "title" | "noscript" | "script"
            | "style" | "template" | "noframes"
                if self.body == NONE =>
            {
                self.ensure_head(pos);
            }
            _ => self.ensure_body(&mut Vec::new(), pos),
        }
        if self.foreign > 0 && breaks_out_of_foreign(&name) {
            while self.stack.last().is_some_and(|o| o.foreign) {
                self.pop();
            }
        }
        let id = self.intern(name.clone());
        if self.foreign == 0 {
            if closes_p(&name) {
                match id {
                    LI => self.close(&[LI], &[UL, OL], false),
                    DD | DT => self.close(&[DD, DT], &[DL], false),
                    _ => {}
                }
                self.close(&[P], &[BUTTON], false);
            }
            match id {
                _ if (H1..H1 + 6).contains(&id)
                    && self
                        .stack
                        .last()
                        .is_some_and(|o| (H1..H1 + 6).contains(&o.name)) =>
                {
                    self.pop();
                }
                A | NOBR | BUTTON => self.close(&[id], &[], false),
                TD | TH => self.close(&[TD, TH], &[], true),
                TR => {
                    self.close(&[TD, TH], &[], true);
                    self.close(&[TR], &[], true);
                }
                TBODY | THEAD | TFOOT => {
                    self.close(&[TD, TH], &[], true);
                    self.close(&[TR], &[], true);
                    self.close(&[TBODY, THEAD, TFOOT], &[], true);
                }
                OPTION | OPTGROUP => {
                    if self.stack.last().is_some_and(|o| o.name == OPTION) {
                        self.pop();
                    }
                    if id == OPTGROUP && self.stack.last().is_some_and(|o| o.name == OPTGROUP) {
                        self.pop();
                    }
                }
                _ => {}
            }
        }
        let foreign = self.foreign > 0 || matches!(&*name, "svg" | "math");
        let content = if foreign {
            Content::Markup
        } else {
            content_of(&name)
        };
        let leaf = if foreign {
            self_closing
        } else {
            is_void(&name)
        };
        let node = self.element(name, attrs, pos);
        if leaf {
            return Content::Markup;
        }
        // Raw text elements stay open whatever the depth: their end tag comes next.
        if self.stack.len() >= MAX_DEPTH && content == Content::Markup {
            let (_, count) = self.flattened.get_or_insert((pos, 0));
            *count += 1;
            self.swallow[id as usize] += 1;
            return Content::Markup;
        }
        self.push(node, id, foreign);
        self.raw = content != Content::Markup;
        content
    }

    fn end(&mut self, name: Cow<'a, str>, at: usize) {
        if self.raw {
            self.raw = false;
            self.pop();
            return;
        }
        let pos = offset(at);
        if name == "br" {
            // `</br>` is a line break.
            self.start(name, &mut Vec::new(), false, at);
            return;
        }
        let Some(id) = self.id_of(&name) else {
            // No element of that name was ever open.
            return;
        };
        if self.swallow[id as usize] > 0 {
            self.swallow[id as usize] -= 1;
            return;
        }
        match id {
            0..=2 => {}
            P => {
                if let Some(at) = self.in_scope(&[P], &[BUTTON], false) {
                    self.pop_to(at);
                } else {
                    // `</p>` without a start is an empty paragraph: it still ends a block.
                    self.ensure_body(&mut Vec::new(), pos);
                    self.element(name, &mut Vec::new(), pos);
                }
            }
            LI => self.close(&[LI], &[UL, OL], false),
            DD | DT => self.close(&[id], &[DL], false),
            _ if (H1..H1 + 6).contains(&id) => {
                self.close(&[H1, H1 + 1, H1 + 2, H1 + 3, H1 + 4, H1 + 5], &[], false)
            }
            TD | TH | TR | TBODY | THEAD | TFOOT | TABLE | CAPTION => self.close(&[id], &[], true),
            _ => self.close(&[id], &[], false),
        }
    }

    fn text(&mut self, text: Cow<'a, str>, at: usize) {
        let pos = offset(at);
        if !self.raw && self.body == NONE {
            if text
                .bytes()
                .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c'))
            {
                // Between tags of the head, or before the page: nothing a reader sees.
                if self.html == NONE {
                    return;
                }
            } else {
                self.ensure_body(&mut Vec::new(), pos);
            }
        }
        let parent = self.current();
        let last = self.tree.nodes[parent as usize].last_child;
        if last != NONE {
            // Texts side by side (around a comment, an end tag that closed nothing) are one.
            if let Kind::Text(t) = &mut self.tree.nodes[last as usize].kind {
                t.to_mut().push_str(&text);
                return;
            }
        }
        self.append(Kind::Text(text), pos);
    }
}

#[cfg(test)]
mod tests {
    /// Every known name has its place in [`KNOWN`] for id, and an unknown name none.
    #[test]
    fn known_names_are_their_ids() {
        for (k, name) in KNOWN.iter().enumerate() {
            assert_eq!(known(name), Some(k as u32), "{name}");
        }
        assert_eq!(known("custom-element"), None);
        assert_eq!(known("DIV"), None);
    }
    use super::*;

    /// The tree as nested names and texts.
    fn shape(html: &str) -> String {
        let parsed = parse(html);
        let mut out = String::new();
        fn walk(n: NodeRef<'_>, out: &mut String) {
            match n.value() {
                Node::Document => n.children().for_each(|c| walk(c, out)),
                Node::Text(t) => out.push_str(&format!("{t:?}")),
                Node::Element(e) => {
                    out.push_str(e.name());
                    out.push('(');
                    n.children().for_each(|c| walk(c, out));
                    out.push(')');
                }
            }
        }
        walk(parsed.tree.root(), &mut out);
        out
    }

    #[test]
    fn implied_structure_and_end_tags() {
        assert_eq!(shape("x"), "html(head()body(\"x\"))");
        assert_eq!(
            shape("<title>T</title><p>a<p>b<ul><li>c<li>d</ul>e"),
            "html(head(title(\"T\"))body(p(\"a\")p(\"b\")ul(li(\"c\")li(\"d\"))\"e\"))"
        );
        assert_eq!(
            shape("<table><tr><td>a<td>b<tr><td>c</table>d"),
            "html(head()body(table(tr(td(\"a\")td(\"b\"))tr(td(\"c\")))\"d\"))"
        );
        // An end tag stops at a cell: the div outside is not closed by one inside.
        assert_eq!(
            shape("<div><table><td>a</div>b</table>c</div>d"),
            "html(head()body(div(table(td(\"ab\"))\"c\")\"d\"))"
        );
        assert_eq!(
            shape("<p>a</p></p>b<a href=1>c<a href=2>d</a>"),
            "html(head()body(p(\"a\")p()\"b\"a(\"c\")a(\"d\")))"
        );
        assert_eq!(
            shape("<h2>a<h3>b</h2>c"),
            "html(head()body(h2(\"a\")h3(\"b\")\"c\"))"
        );
        assert_eq!(
            shape("<dl><dt>a<dd>b<dt>c</dl>"),
            "html(head()body(dl(dt(\"a\")dd(\"b\")dt(\"c\"))))"
        );
        assert_eq!(
            shape("a<br>b</br>c<img src=x>d<svg><g/><path></path></svg><p>e"),
            "html(head()body(\"a\"br()\"b\"br()\"c\"img()\"d\"svg(g()path())p(\"e\")))"
        );
        assert_eq!(
            shape("<p>a<b>b<div>c</div>d"),
            "html(head()body(p(\"a\"b(\"b\"))div(\"c\")\"d\"))"
        );
    }

    #[test]
    fn subtrees_are_runs_of_nodes_and_lines_are_where_tags_end() {
        let parsed = parse("<div>\n<p\nclass=x>a</p>\n<p>b\nc</p></div>");
        let tree = &parsed.tree;
        for node in tree.nodes() {
            let below: Vec<Id> = node.descendants().skip(1).map(|n| n.id()).collect();
            let mut walked = Vec::new();
            let mut stack: Vec<NodeRef<'_>> = node.children().collect();
            stack.reverse();
            while let Some(n) = stack.pop() {
                walked.push(n.id());
                let mut children: Vec<NodeRef<'_>> = n.children().collect();
                children.reverse();
                stack.extend(children);
            }
            assert_eq!(below, walked);
        }
        let lines: Vec<(&str, usize)> = tree
            .nodes()
            .filter_map(|n| {
                Some((
                    n.name().or(match n.value() {
                        Node::Text(t) => Some(t),
                        _ => None,
                    })?,
                    tree.line(n.id()),
                ))
            })
            .collect();
        assert!(lines.contains(&("p", 3)), "{lines:?}");
        assert!(lines.contains(&("a", 3)), "{lines:?}");
        assert!(lines.contains(&("b\nc", 4)), "{lines:?}");
    }
}
