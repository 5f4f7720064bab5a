//! bitext: turn news articles into aligned Vietnamese–English–Chinese parallel text.
//!
//! The stages follow one another and data flows one way:
//! [`document`] reads and cleans, [`segment`] splits into sentences, [`glossary`] finds terms,
//! [`pipeline`] plans, takes reviewers' corrections from [`review`], consults the [`cache`] and
//! calls a [`provider`], and [`output`] writes the aligned result. [`config`] is resolved once and handed down; [`cli`] is the only place that
//! knows about command-line arguments.

pub mod batch;
pub mod cache;
pub mod cli;
pub mod collection;
pub mod config;
pub mod document;
pub mod glossary;
pub mod lang;
pub mod output;
pub mod pipeline;
pub mod provider;
pub mod review;
pub mod scratch;
pub mod segment;
pub mod text;
pub mod xml;
