//! bitext
