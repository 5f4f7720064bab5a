//! XLIFF 2.0 output (to be written).

use super::Context;
use crate::lang::Lang;
use crate::pipeline::Aligned;

pub fn render(_doc: &Aligned, _target: Lang, _ctx: &Context) -> String {
    String::new()
}
