//! Markdown input. (Not implemented yet: read as plain text until then.)

use super::{Cleaner, Dropped, RawBlock};

pub fn parse(text: &str, cleaner: &Cleaner) -> (Vec<RawBlock>, Vec<Dropped>) {
    super::plain::parse(text, cleaner)
}
