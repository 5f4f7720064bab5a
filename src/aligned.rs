//! The aligned result: every segment of a document with its text in each target language and
//! where that text came from. The pipeline produces it; the writers in `output` and the batch
//! report read it. It knows no provider, no cache and no format.

use crate::document::{BlockKind, Dropped, LangMismatch, Metadata};
use crate::glossary::{TermHit, Violation};
use crate::lang::Lang;
use serde::Serialize;
use std::collections::BTreeMap;

/// Where a target text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Translated by the provider in this run.
    Api,
    /// Served from the cache of an earlier run.
    Cache,
    /// Produced by the offline pseudo provider: not a translation.
    Pseudo,
    /// Nothing to translate (numbers, dates): the source is copied.
    Copy,
    /// No translation could be obtained; see the error.
    Failed,
    /// A reviewer's correction, imported with `bitext import`: never replaced by a machine.
    Reviewed,
    /// A unit of a team's translation memory, imported with `bitext import FILE.tmx`: a
    /// human translation, used before the cache and any provider, after the corrections.
    #[serde(rename = "tm")]
    Memory,
}

/// One target language of one segment.
#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub text: Option<String>,
    pub origin: Origin,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Glossary terms this translation renders wrongly or not at all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Violation>,
    /// The pivot language the translation went through, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<Lang>,
}

/// One segment with all its languages.
#[derive(Clone, Debug)]
pub struct Row {
    pub id: String,
    pub block: usize,
    pub kind: BlockKind,
    pub source: String,
    pub hits: Vec<TermHit>,
    /// Deprecated glossary forms in the source segment.
    pub flags: Vec<Violation>,
    pub targets: BTreeMap<Lang, Cell>,
}

/// A document's aligned parallel text.
#[derive(Clone, Debug)]
pub struct Aligned {
    pub doc: String,
    pub source_path: String,
    pub lang: Lang,
    pub targets: Vec<Lang>,
    pub rows: Vec<Row>,
    pub dropped: Vec<Dropped>,
    /// The article's headline (the page's, else its first heading): the title of the
    /// Markdown and reading page, which fall back to `doc` without one.
    pub title: Option<String>,
    /// What the page declares about the article.
    pub metadata: Metadata,
    /// The page declares a language other than the one the document was read in.
    pub lang_mismatch: Option<LangMismatch>,
}

impl Aligned {
    /// The title to show: the headline, else the document's name.
    pub fn title(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.doc)
    }
}
