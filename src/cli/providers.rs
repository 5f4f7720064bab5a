//! `bitext providers`: the configured provider profiles and, with `--check`, one cheap call
//! to each; and how a run's settings become a provider.

use super::args::Cli;
use super::{Exit, Failure, Outcome};
use crate::config::{self, Overrides, Settings};
use crate::provider::Provider;
use std::sync::Arc;

pub(super) fn build_provider(settings: &Settings) -> Result<Arc<dyn Provider>, Failure> {
    settings.provider.build().map_err(Failure::usage)
}

pub(super) fn run(cli: &Cli, check: bool, only: &[String]) -> Outcome {
    let loaded = config::load(cli.config.as_deref()).map_err(Failure::usage)?;
    let known = loaded.provider_names();
    if let Some(unknown) = only.iter().find(|n| !known.contains(n)) {
        return Err(Failure::usage(format!(
            "no provider profile '{unknown}': configured are {}",
            known.join(", ")
        )));
    }
    let env = |name: &str| std::env::var(name).ok();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::usage(format!("cannot start the async runtime: {e}")))?;
    let mut failed = 0;
    for name in known.iter().filter(|n| only.is_empty() || only.contains(n)) {
        let overrides = Overrides {
            to: Some(vec!["en".into()]),
            provider: Some(name.clone()),
            ..Default::default()
        };
        let settings = match loaded.resolve(&overrides, &env) {
            Ok(settings) => settings,
            Err(e) => {
                println_shown!("{name}: misconfigured: {e}");
                failed += 1;
                continue;
            }
        };
        let p = &settings.provider;
        let key = match (&p.api_key_env, &p.api_key) {
            (None, _) => "no key".to_string(),
            (Some(var), Some(_)) => format!("key from {var} (set)"),
            (Some(var), None) => format!("key from {var} (not set)"),
        };
        println_shown!(
            "{name}: kind {}, endpoint {}, model {}, {key}, concurrency {}{}",
            p.entry.type_name(),
            p.endpoint.as_deref().unwrap_or("(default)"),
            p.model.as_deref().unwrap_or("(default)"),
            settings.concurrency,
            settings
                .rate
                .requests_per_second
                .map(|r| format!(", {r} requests/s"))
                .unwrap_or_default(),
        );
        if !check {
            continue;
        }
        let outcome = match build_provider(&settings) {
            Err(e) => Err(e.message),
            Ok(provider) => {
                // After the check: some capabilities are learnt from the service.
                let outcome = runtime
                    .block_on(provider.check())
                    .map_err(|e| e.to_string());
                println_shown!("  pairs: {}", provider.capabilities().describe());
                outcome
            }
        };
        match outcome {
            Ok(report) => println_shown!("  ok: {report}"),
            Err(message) => {
                failed += 1;
                println_shown!("  FAILED: {message}");
            }
        }
    }
    Ok(Exit::failed_if(failed > 0))
}
