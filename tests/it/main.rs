//! The integration tests: one crate, one module per area, and `support` (fake servers, the
//! workspace driver of the real binary, external tools). Run them with `cargo test --test it`,
//! one area with `cargo test --test it omegat`.

mod support;

mod batch;
mod cache_store;
mod deploy;
mod extraction;
mod fakes_selftest;
mod fuzz_regressions;
mod glossary;
mod google;
mod hostile;
mod hostile_inputs;
mod hostile_providers;
mod large;
mod libretranslate;
mod microsoft;
mod omegat;
mod outputs_xml;
mod reading_page;
mod resume;
mod review;
mod segment;
mod terms;
mod tm_commands;
mod traffic;
mod translate;
