//! html output (to be written).

use super::Context;
use crate::pipeline::Aligned;

pub fn render(_doc: &Aligned, _ctx: &Context) -> String {
    String::new()
}
