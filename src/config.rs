//! The workspace configuration (bitext.toml) and the command line, resolved once into typed
//! settings that the stages receive. No other module reads the environment.

use crate::document::{DropRule, LangChoice};
use crate::lang::Lang;
use crate::output::Format;
use crate::pipeline::limiter::Limits;
use crate::pipeline::RetryPolicy;
use crate::provider::registry::{self, Entry, KeyVars, Profile};
use crate::provider::{ApiKey, CommonSettings};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// bitext.toml as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(default)]
    pub run: RunSection,
    #[serde(default)]
    pub providers: BTreeMap<String, ProviderTable>,
    #[serde(default)]
    pub clean: CleanSection,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunSection {
    pub to: Option<Vec<String>>,
    pub from: Option<String>,
    pub provider: Option<String>,
    pub formats: Option<Vec<String>>,
    /// A folder, `dir:FOLDER` or `postgres://USER@HOST:PORT/DB` ([`crate::cache::Location`]).
    pub cache: Option<toml::Spanned<PathBuf>>,
    pub glossary: Option<PathBuf>,
    pub out: Option<PathBuf>,
    /// Reviewers' corrections (`bitext import` writes them; default ./reviews).
    pub reviews: Option<PathBuf>,
    /// Attempts after the first for a failed request.
    pub max_retries: Option<toml::Spanned<u32>>,
    /// First backoff delay; it doubles with each attempt, with jitter.
    pub retry_base_ms: Option<toml::Spanned<u64>>,
    pub retry_max_ms: Option<toml::Spanned<u64>>,
    /// The language tag written for Chinese in TMX and XLIFF: "zh-CN" (default) or "zh-Hans".
    pub chinese_tag: Option<String>,
}

/// A `[providers.NAME]` table as written, each key with its place in the file. Which keys
/// it may have depends on its kind (the common ones and its provider's own section), so
/// [`parse`] checks it after reading, and [`Loaded::resolve`] decodes it.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(transparent)]
pub struct ProviderTable(BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>);

/// The keys every provider profile has; each provider's own are in its section type.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct CommonSection {
    pub endpoint: Option<String>,
    pub model: Option<String>,
    /// The name of the environment variable that holds the key (never the key itself).
    pub api_key_env: Option<String>,
    pub batch_size: Option<usize>,
    pub concurrency: Option<usize>,
    pub timeout_secs: Option<f64>,
    /// Pace: at most this many requests a second (shared by all documents of a run).
    pub requests_per_second: Option<f64>,
    /// Pace: at most this many characters a minute.
    pub chars_per_minute: Option<f64>,
    /// Pace: at most this many tokens a minute (LLM servers), estimated before each request
    /// and settled with the count the server reports.
    pub tokens_per_minute: Option<f64>,
    /// Pairs translated through a third language: `{ "vi-zh" = "en" }`.
    pub pivot: Option<BTreeMap<String, String>>,
}

impl ProviderTable {
    fn kind(&self) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key.get_ref() == "kind")
            .and_then(|(_, value)| value.get_ref().as_str())
    }

    /// The provider the table is for as far as reading tells: its kind, else the built-in
    /// profile of its name.
    fn entry(&self, name: &str) -> Option<&'static Entry> {
        match self.kind() {
            Some(kind) => registry::find(kind),
            None => registry::find(name),
        }
    }

    /// Every key must be one some provider knows, and a key of this table's own provider (or
    /// a common one) must have the right type; a key of another provider is left for
    /// `resolve`, which rejects it only if this profile is used. Errors carry a file offset.
    fn check(&self, name: &str) -> Result<(), (usize, String)> {
        let entry = self.entry(name);
        let common = registry::field_names::<CommonSection>();
        for (key, value) in &self.0 {
            let k = key.get_ref().as_str();
            let at_value = |message: String| (value.span().start, message);
            if k == "kind" {
                if value.get_ref().as_str().is_none() {
                    return Err(at_value("invalid type: kind must be a string".into()));
                }
                continue;
            }
            let alone: toml::Table = [(k.to_string(), value.get_ref().clone())]
                .into_iter()
                .collect();
            if common.contains(&k) {
                toml::Value::Table(alone)
                    .try_into::<CommonSection>()
                    .map_err(|e| at_value(e.message().to_string()))?;
                let value = value.get_ref();
                if let Some(number) = value.as_float().or(value.as_integer().map(|i| i as f64)) {
                    in_range(k, number).map_err(|m| at_value(format!("[providers.{name}] {m}")))?;
                }
                if let (Some(endpoint), "endpoint") = (value.as_str(), k) {
                    check_endpoint(endpoint)
                        .map_err(|m| at_value(format!("[providers.{name}] {m}")))?;
                }
            } else if let Some(entry) = entry.filter(|e| e.own_keys().contains(&k)) {
                entry.decode(alone).map_err(at_value)?;
            } else if registry::owner_of(k).is_none() {
                let mut known = vec!["kind"];
                known.extend(common);
                for key in registry::PROVIDERS.iter().flat_map(|e| e.own_keys()) {
                    if !known.contains(key) {
                        known.push(key);
                    }
                }
                let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                return Err((
                    key.span().start,
                    format!("unknown field `{k}`, expected one of {}", known.join(", ")),
                ));
            }
        }
        Ok(())
    }

    /// The common keys, decoded (`check` has seen their types).
    fn common(&self, name: &str) -> Result<CommonSection, ConfigError> {
        let common = registry::field_names::<CommonSection>();
        let table: toml::Table = self
            .0
            .iter()
            .filter(|(key, _)| common.contains(&key.get_ref().as_str()))
            .map(|(key, value)| (key.get_ref().clone(), value.get_ref().clone()))
            .collect();
        toml::Value::Table(table)
            .try_into()
            .map_err(|e| ConfigError::Invalid(format!("[providers.{name}] {}", e.message())))
    }

    /// The keys that are neither `kind` nor common: the provider's own (or another's).
    fn own(&self) -> toml::Table {
        let common = registry::field_names::<CommonSection>();
        self.0
            .iter()
            .map(|(key, value)| (key.get_ref().as_str(), value))
            .filter(|(key, _)| *key != "kind" && !common.contains(key))
            .map(|(key, value)| (key.to_string(), value.get_ref().clone()))
            .collect()
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CleanSection {
    /// Extra whole-line patterns to drop, with the reason reported.
    #[serde(default)]
    pub drop: Vec<DropRule>,
}

/// Values given on the command line; they win over the file.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub to: Option<Vec<String>>,
    pub from: Option<String>,
    pub provider: Option<String>,
    pub endpoint: Option<String>,
    pub formats: Option<Vec<Format>>,
    pub cache: Option<PathBuf>,
    pub glossary: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub reviews: Option<PathBuf>,
}

/// Everything a translate run needs, resolved.
#[derive(Debug)]
pub struct Settings {
    pub targets: Vec<Lang>,
    pub from: LangChoice,
    /// The provider profile chosen, with its settings.
    pub provider: Profile,
    pub concurrency: usize,
    pub formats: Vec<Format>,
    pub cache_dir: PathBuf,
    pub glossary_dir: PathBuf,
    pub reviews_dir: PathBuf,
    pub out_dir: PathBuf,
    pub retry: RetryPolicy,
    pub drop_rules: Vec<DropRule>,
    pub rate: Limits,
    /// (source, target) → the pivot language to go through.
    pub pivots: std::collections::HashMap<(Lang, Lang), Lang>,
    /// The tag written for Chinese in TMX and XLIFF (`zh-CN` or `zh-Hans`).
    pub zh_tag: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{0}")]
    Invalid(String),
}

/// Loaded configuration and the folder its relative paths are relative to.
#[derive(Debug, Default)]
pub struct Loaded {
    pub file: FileConfig,
    pub base_dir: PathBuf,
}

/// Reads the config file: `explicit` when given (it must exist), else ./bitext.toml if present.
pub fn load(explicit: Option<&Path>) -> Result<Loaded, ConfigError> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => {
            let default = PathBuf::from("bitext.toml");
            if !default.exists() {
                return Ok(Loaded {
                    file: FileConfig::default(),
                    base_dir: PathBuf::from("."),
                });
            }
            default
        }
    };
    let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let file = parse(&path, &text)?;
    let base_dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    Ok(Loaded { file, base_dir })
}

pub fn parse(path: &Path, text: &str) -> Result<FileConfig, ConfigError> {
    let error_at = |offset: usize, message: String| {
        let (line, column) = line_col(text, offset);
        ConfigError::Parse {
            path: path.display().to_string(),
            line,
            column,
            message,
        }
    };
    let file: FileConfig = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |span| span.start);
        error_at(offset, e.message().to_string())
    })?;
    for (name, table) in &file.providers {
        table
            .check(name)
            .map_err(|(offset, message)| error_at(offset, message))?;
    }
    file.run
        .check()
        .map_err(|(offset, message)| error_at(offset, message))?;
    Ok(file)
}

/// The values a numeric setting accepts. Outside them a run would misbehave rather than
/// fail: no request ever sent (`concurrency = 0`), a server hammered (`retry_base_ms = 0`
/// with many retries), a pace so slow it never ends, or a wait too long to represent.
fn in_range(key: &str, value: f64) -> Result<(), String> {
    let (min, max, unit) = match key {
        "batch_size" => (1.0, 10_000.0, "texts a request"),
        "concurrency" => (1.0, 64.0, "requests at once"),
        "timeout_secs" => (0.1, 3_600.0, "seconds"),
        "requests_per_second" => (0.01, 10_000.0, "requests a second"),
        "chars_per_minute" => (100.0, 1e9, "characters a minute"),
        "tokens_per_minute" => (100.0, 1e9, "tokens a minute"),
        "max_retries" => (0.0, 20.0, "retries"),
        "retry_base_ms" => (1.0, 600_000.0, "milliseconds"),
        "retry_max_ms" => (1.0, 86_400_000.0, "milliseconds"),
        _ => return Ok(()),
    };
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(format!(
            "{key} = {value} is out of range: use {min} to {max} ({unit})"
        ))
    }
}

/// An endpoint must be an http or https URL with a host; anything else would only fail,
/// request after request, once the run is under way.
fn check_endpoint(endpoint: &str) -> Result<(), String> {
    match reqwest::Url::parse(endpoint) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(()),
        Ok(url) => Err(format!(
            "endpoint \"{endpoint}\" is not an http(s) URL with a host (scheme {}): use e.g. https://api.example.com",
            url.scheme()
        )),
        Err(e) => Err(format!(
            "endpoint \"{endpoint}\" is not a URL ({e}): use e.g. https://api.example.com"
        )),
    }
}

/// A PostgreSQL address must be usable before a run starts buying (see
/// [`crate::cache::PgAddress::parse`]: no password in it); folders are checked when used.
fn check_cache(spec: &Path) -> Result<(), String> {
    match spec.to_str() {
        Some(url) if crate::cache::postgres::is_address(url) => {
            crate::cache::PgAddress::parse(url).map(|_| ())
        }
        _ => Ok(()),
    }
}

impl RunSection {
    /// The retry settings in range, and a longest wait no shorter than the first.
    fn check(&self) -> Result<(), (usize, String)> {
        if let Some(cache) = &self.cache {
            check_cache(cache.get_ref())
                .map_err(|m| (cache.span().start, format!("[run] cache: {m}")))?;
        }
        let fields = [
            (
                "max_retries",
                self.max_retries
                    .as_ref()
                    .map(|v| (v.span(), f64::from(*v.get_ref()))),
            ),
            (
                "retry_base_ms",
                self.retry_base_ms
                    .as_ref()
                    .map(|v| (v.span(), *v.get_ref() as f64)),
            ),
            (
                "retry_max_ms",
                self.retry_max_ms
                    .as_ref()
                    .map(|v| (v.span(), *v.get_ref() as f64)),
            ),
        ];
        for (key, value) in fields {
            if let Some((span, value)) = value {
                in_range(key, value).map_err(|m| (span.start, format!("[run] {m}")))?;
            }
        }
        if let (Some(base), Some(max)) = (&self.retry_base_ms, &self.retry_max_ms) {
            if max.get_ref() < base.get_ref() {
                return Err((
                    max.span().start,
                    format!(
                        "[run] retry_max_ms = {} is shorter than retry_base_ms = {}: the longest wait must be at least the first",
                        max.get_ref(),
                        base.get_ref()
                    ),
                ));
            }
        }
        Ok(())
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn parse_langs(list: &[String], what: &str) -> Result<Vec<Lang>, ConfigError> {
    let mut langs = Vec::new();
    for item in list.iter().flat_map(|s| s.split(',')).map(str::trim) {
        if item.is_empty() {
            continue;
        }
        let lang = item
            .parse::<Lang>()
            .map_err(|e| ConfigError::Invalid(format!("{what}: {e}")))?;
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    Ok(langs)
}

/// The formats named in bitext.toml (`formats`; an item may itself be comma-separated).
fn parse_formats(list: &[String]) -> Result<Vec<Format>, ConfigError> {
    list.iter()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            Format::named(item).ok_or_else(|| {
                ConfigError::Invalid(format!(
                    "--format: unknown format '{item}': use {}",
                    Format::names().join(", ")
                ))
            })
        })
        .collect()
}

/// Each format once, in the order first named.
fn distinct(formats: impl IntoIterator<Item = Format>) -> Vec<Format> {
    let mut seen = Vec::new();
    for format in formats {
        if !seen.contains(&format) {
            seen.push(format);
        }
    }
    seen
}

impl Loaded {
    /// Combines file, command line and environment into the settings of a translate run.
    /// `env` looks up environment variables (injected so that tests need not touch the real one).
    pub fn resolve(
        &self,
        cli: &Overrides,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Settings, ConfigError> {
        let run = &self.file.run;
        let to = cli.to.clone().or_else(|| run.to.clone()).ok_or_else(|| {
            ConfigError::Invalid(
                "no target languages: pass --to en,zh (or set `to` under [run] in bitext.toml)"
                    .into(),
            )
        })?;
        let targets = parse_langs(
            &to,
            if cli.to.is_some() {
                "--to"
            } else {
                "[run] to in bitext.toml"
            },
        )?;
        if targets.is_empty() {
            return Err(ConfigError::Invalid(
                "--to names no language: use e.g. --to en,zh".into(),
            ));
        }
        let from = match cli
            .from
            .as_deref()
            .or(run.from.as_deref())
            .unwrap_or("auto")
        {
            "auto" => LangChoice::Auto,
            code => LangChoice::Fixed(
                code.parse()
                    .map_err(|e| ConfigError::Invalid(format!("--from: {e} or auto")))?,
            ),
        };

        let name = cli
            .provider
            .clone()
            .or_else(|| run.provider.clone())
            .unwrap_or_else(|| "pseudo".to_string());
        if let Some(endpoint) = &cli.endpoint {
            check_endpoint(endpoint).map_err(|m| ConfigError::Invalid(format!("--{m}")))?;
        }
        let (provider, section) = self.profile(&name, cli.endpoint.as_ref(), env)?;

        let formats = match (&cli.formats, &run.formats) {
            (Some(given), _) => distinct(given.iter().copied()),
            (None, Some(list)) => distinct(parse_formats(list)?),
            (None, None) => vec![Format::Jsonl, Format::Tsv],
        };
        if formats.is_empty() {
            return Err(ConfigError::Invalid(format!(
                "--format names no format: use {}",
                Format::names_or()
            )));
        }

        if let Some(cache) = &cli.cache {
            check_cache(cache).map_err(|m| ConfigError::Invalid(format!("--cache: {m}")))?;
        }
        if let Some(dir) = &cli.glossary {
            // A folder named on the command line must exist; a typo must not silently drop
            // every term. The default folder may be absent (no glossary).
            if !dir.is_dir() {
                return Err(ConfigError::Invalid(format!(
                    "--glossary {}: no such folder (create it, or leave --glossary out to run without terms)",
                    dir.display()
                )));
            }
        }
        let mut pivots = std::collections::HashMap::new();
        for (pair, via) in section.pivot.iter().flatten() {
            let bad = || {
                ConfigError::Invalid(format!(
                    "[providers.{name}] pivot \"{pair}\" = \"{via}\": write pairs as \"vi-zh\" = \"en\" (three different languages among vi, en, zh)"
                ))
            };
            let (from, to) = pair.split_once('-').ok_or_else(bad)?;
            let (from, to, via): (Lang, Lang, Lang) = (
                from.parse().map_err(|_| bad())?,
                to.parse().map_err(|_| bad())?,
                via.parse().map_err(|_| bad())?,
            );
            if from == to || via == from || via == to {
                return Err(bad());
            }
            pivots.insert((from, to), via);
        }
        let zh_tag = match run.chinese_tag.as_deref().map(str::trim) {
            None => "zh-CN".to_string(),
            Some(tag @ ("zh-CN" | "zh-Hans")) => tag.to_string(),
            Some(other) => {
                return Err(ConfigError::Invalid(format!(
                    "[run] chinese_tag = \"{other}\": use \"zh-CN\" or \"zh-Hans\""
                )))
            }
        };
        Ok(Settings {
            zh_tag,
            targets,
            from,
            provider,
            concurrency: section.concurrency.unwrap_or(4).max(1),
            formats,
            cache_dir: self.cache_dir(cli.cache.as_deref()),
            glossary_dir: cli
                .glossary
                .clone()
                .unwrap_or_else(|| self.in_workspace(run.glossary.as_ref(), "glossary")),
            out_dir: cli
                .out
                .clone()
                .unwrap_or_else(|| self.in_workspace(run.out.as_ref(), "out")),
            reviews_dir: self.reviews_dir(cli.reviews.as_deref()),
            retry: RetryPolicy {
                max_retries: run.max_retries.as_ref().map_or(5, |v| *v.get_ref()),
                base: Duration::from_millis(
                    run.retry_base_ms.as_ref().map_or(500, |v| *v.get_ref()),
                ),
                max: Duration::from_millis(
                    run.retry_max_ms.as_ref().map_or(30_000, |v| *v.get_ref()),
                ),
            },
            drop_rules: self.file.clean.drop.clone(),
            pivots,
            rate: Limits {
                requests_per_second: section.requests_per_second,
                chars_per_minute: section.chars_per_minute,
                tokens_per_minute: section.tokens_per_minute,
            },
        })
    }

    /// The glossary folder for commands that need nothing else: `cli` if given, else
    /// `glossary` under [run], else ./glossary; relative to the config file's folder.
    pub fn glossary_dir(&self, cli: Option<&Path>) -> PathBuf {
        cli.map(Path::to_path_buf).unwrap_or_else(|| {
            let dir = self.in_workspace(self.file.run.glossary.as_ref(), "glossary");
            // Messages name `glossary/x.tsv`, not `./glossary/x.tsv`, in the current folder.
            dir.strip_prefix(".").map(Path::to_path_buf).unwrap_or(dir)
        })
    }

    /// The profile `name` (built in, from bitext.toml, or both merged: the file's keys over
    /// the built-in ones), and its common section for the settings that are not the
    /// provider's (concurrency, pace, pivots).
    fn profile(
        &self,
        name: &str,
        endpoint: Option<&String>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<(Profile, CommonSection), ConfigError> {
        let table = self.file.providers.get(name);
        let builtin = registry::find(name);
        if table.is_none() && builtin.is_none() {
            return Err(ConfigError::Invalid(format!(
                "no provider named '{name}': configured providers are {} (add [providers.{name}] with a kind to bitext.toml)",
                self.provider_names().join(", ")
            )));
        }
        let kind = table
            .and_then(ProviderTable::kind)
            .or(builtin.map(|b| b.kind))
            .ok_or_else(|| {
                ConfigError::Invalid(format!(
                    "[providers.{name}] has no kind: set kind = {}",
                    registry::kinds(true, " or ")
                ))
            })?;
        let entry = registry::find(kind).ok_or_else(|| {
            ConfigError::Invalid(format!(
                "[providers.{name}] kind = \"{kind}\" is not supported: use {}",
                registry::kinds(false, " or ")
            ))
        })?;
        let common = table
            .map(|t| t.common(name))
            .transpose()?
            .unwrap_or_default();
        let own = table.map(ProviderTable::own).unwrap_or_default();
        if let Some(owner) = own
            .keys()
            .find(|k| !entry.own_keys().contains(&k.as_str()))
            .and_then(|k| registry::owner_of(k))
        {
            let keys: Vec<&str> = owner
                .own_keys()
                .iter()
                .copied()
                .filter(|k| own.contains_key(*k))
                .collect();
            return Err(ConfigError::Invalid(format!(
                "[providers.{name}] {} only apply to kind = \"{}\"",
                keys.join(", "),
                owner.kind
            )));
        }
        let section = entry
            .decode(own)
            .map_err(|m| ConfigError::Invalid(format!("[providers.{name}] {m}")))?;
        entry
            .validate(name, &section)
            .map_err(ConfigError::Invalid)?;
        let api_key_env = entry.choose_key_env(
            &section,
            KeyVars {
                user: common.api_key_env.as_deref(),
                builtin: builtin.and_then(|b| b.key_env),
                default: entry.key_env,
            },
        );
        // The first variable that holds a key; it is the one messages then name.
        let found = api_key_env.as_deref().and_then(|chosen| {
            entry.key_envs(chosen).find_map(|var| {
                env(var)
                    .filter(|k| !k.trim().is_empty())
                    .map(|k| (var.to_string(), ApiKey::new(k.trim())))
            })
        });
        let (api_key_env, api_key) = match found {
            Some((var, key)) => (Some(var), Some(key)),
            None => (api_key_env, None),
        };
        let timeout = common.timeout_secs.unwrap_or(60.0);
        if !(timeout.is_finite() && timeout > 0.0) {
            return Err(ConfigError::Invalid(format!(
                "[providers.{name}] timeout_secs must be a positive number of seconds"
            )));
        }
        let settings = CommonSettings {
            name: name.to_string(),
            endpoint: endpoint.cloned().or_else(|| common.endpoint.clone()),
            model: common.model.clone(),
            api_key,
            key_env: api_key_env
                .clone()
                .or(entry.key_env.map(str::to_string))
                .unwrap_or_default(),
            api_key_env,
            batch_size: common.batch_size,
            timeout: Duration::from_secs_f64(timeout),
        };
        let profile = Profile {
            entry,
            settings,
            section,
        };
        Ok((profile, common))
    }

    /// Every provider profile: the built-in ones and those of bitext.toml.
    pub fn provider_names(&self) -> Vec<String> {
        let mut names: Vec<String> = registry::PROVIDERS
            .iter()
            .map(|entry| entry.kind.to_string())
            .collect();
        names.extend(self.file.providers.keys().cloned());
        names.sort();
        names.dedup();
        names
    }

    /// The folder of reviewers' corrections: `cli` if given, else `reviews` under [run], else
    /// ./reviews; relative to the config file's folder.
    pub fn reviews_dir(&self, cli: Option<&Path>) -> PathBuf {
        cli.map(Path::to_path_buf)
            .unwrap_or_else(|| self.in_workspace(self.file.run.reviews.as_ref(), "reviews"))
    }

    /// The cache: `cli` if given, else `cache` under `[run]` (relative to the config file's
    /// folder, after a `dir:` prefix that selects the file store; a PostgreSQL address as it
    /// is), else ./cache. See [`crate::cache::Location`].
    pub fn cache_dir(&self, cli: Option<&Path>) -> PathBuf {
        if let Some(cli) = cli {
            return cli.to_path_buf();
        }
        let configured = self.file.run.cache.as_ref().map(|c| c.get_ref());
        if let Some(url) =
            configured.filter(|c| c.to_str().is_some_and(crate::cache::postgres::is_address))
        {
            return url.clone();
        }
        let files = configured
            .and_then(|c| c.to_str())
            .and_then(|c| c.strip_prefix(crate::cache::FILES_PREFIX));
        match files {
            Some(dir) => {
                let dir = self.in_workspace(Some(&PathBuf::from(dir)), "cache");
                PathBuf::from(format!("{}{}", crate::cache::FILES_PREFIX, dir.display()))
            }
            None => self.in_workspace(configured, "cache"),
        }
    }

    /// A configured folder (or the default name) relative to the config file's folder.
    fn in_workspace(&self, configured: Option<&PathBuf>, default: &str) -> PathBuf {
        let path = configured
            .cloned()
            .unwrap_or_else(|| PathBuf::from(default));
        if path.is_absolute() {
            path
        } else {
            self.base_dir.join(path)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::google::{Google, GoogleApi};

    fn loaded(text: &str) -> Loaded {
        Loaded {
            file: parse(Path::new("bitext.toml"), text).unwrap(),
            base_dir: PathBuf::from("/ws"),
        }
    }

    #[test]
    fn parse_errors_have_line_and_column() {
        let e = parse(
            Path::new("bitext.toml"),
            "[run]\nto = [\"en\"]\nbogus = 1\n",
        )
        .unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with("bitext.toml:3:1: "), "{text}");
        assert!(text.contains("bogus"), "{text}");
    }

    #[test]
    fn key_comes_from_the_named_variable_and_paths_from_the_config_folder() {
        let l = loaded("[run]\nto = [\"zh\"]\nprovider = \"work\"\n[providers.work]\nkind = \"deepl\"\napi_key_env = \"WORK_KEY\"\nbatch_size = 10\n");
        let env = |name: &str| (name == "WORK_KEY").then(|| "k:fx".to_string());
        let s = l.resolve(&Overrides::default(), &env).unwrap();
        assert_eq!(s.provider.entry.kind, "deepl");
        assert_eq!(
            s.provider.api_key.as_ref().map(|k| k.expose()),
            Some("k:fx")
        );
        assert_eq!(s.provider.batch_size, Some(10));
        assert_eq!(s.cache_dir, PathBuf::from("/ws/cache"));
        assert_eq!(s.targets, vec![Lang::Zh]);
    }

    #[test]
    fn a_dir_cache_is_the_file_store_in_a_folder_of_the_workspace() {
        let files = loaded("[run]\ncache = \"dir:old-cache\"\n");
        assert_eq!(files.cache_dir(None), PathBuf::from("dir:/ws/old-cache"));
        assert_eq!(
            crate::cache::Location::parse(&files.cache_dir(None)),
            crate::cache::Location::Files(PathBuf::from("/ws/old-cache"))
        );
        let database = loaded("[run]\ncache = \"memory\"\n");
        assert_eq!(
            crate::cache::Location::parse(&database.cache_dir(None)),
            crate::cache::Location::Database(PathBuf::from("/ws/memory"))
        );
        // The command line's is taken as given, relative to where bitext runs.
        assert_eq!(
            files.cache_dir(Some(Path::new("dir:here"))),
            PathBuf::from("dir:here")
        );
    }

    #[test]
    fn unknown_provider_lists_the_known_ones() {
        let l = loaded("");
        let cli = Overrides {
            to: Some(vec!["en".into()]),
            provider: Some("nope".into()),
            ..Default::default()
        };
        let e = l.resolve(&cli, &|_| None).unwrap_err().to_string();
        assert!(
            e.contains("deepl, google, libretranslate, microsoft, openai, pseudo"),
            "{e}"
        );
    }

    #[test]
    fn command_line_wins() {
        let l = loaded("[run]\nto = [\"zh\"]\nformats = [\"tsv\"]\n");
        let cli = Overrides {
            to: Some(vec!["en,vi".into()]),
            formats: Some(vec![Format::Jsonl, Format::Jsonl]),
            endpoint: Some("http://127.0.0.1:9".into()),
            ..Default::default()
        };
        let s = l.resolve(&cli, &|_| None).unwrap();
        assert_eq!(s.targets, vec![Lang::En, Lang::Vi]);
        assert_eq!(s.formats, vec![Format::Jsonl]);
        assert_eq!(s.provider.endpoint.as_deref(), Some("http://127.0.0.1:9"));
        let unknown = loaded("[run]\nto = [\"zh\"]\nformats = [\"tsv, pdf\"]\n")
            .resolve(&Overrides::default(), &|_| None)
            .unwrap_err()
            .to_string();
        assert!(unknown.contains("unknown format 'pdf'"), "{unknown}");
    }

    #[test]
    fn deepl_reads_its_key_from_deepl_auth_key_too_as_deepl_s_own_libraries_do() {
        let cli = Overrides {
            to: Some(vec!["en".into()]),
            provider: Some("deepl".into()),
            ..Default::default()
        };
        let key_of = |s: &Settings| {
            let p = &s.provider;
            let key = p.api_key.as_ref().map(|k| k.expose().to_string());
            (p.api_key_env.clone(), key)
        };
        let only_auth = |name: &str| (name == "DEEPL_AUTH_KEY").then(|| "auth".to_string());
        let s = loaded("").resolve(&cli, &only_auth).unwrap();
        assert_eq!(
            key_of(&s),
            (Some("DEEPL_AUTH_KEY".into()), Some("auth".into()))
        );
        // Both set: bitext's own variable wins.
        let both = |name: &str| Some(format!("value-of-{name}"));
        let s = loaded("").resolve(&cli, &both).unwrap();
        assert_eq!(
            key_of(&s),
            (
                Some("DEEPL_API_KEY".into()),
                Some("value-of-DEEPL_API_KEY".into())
            )
        );
        // Neither: the message names bitext's own variable.
        let s = loaded("").resolve(&cli, &|_| None).unwrap();
        assert_eq!(key_of(&s), (Some("DEEPL_API_KEY".into()), None));
        // A variable the user named is the only one read.
        let l = loaded("[providers.deepl]\napi_key_env = \"WORK_KEY\"\n");
        let s = l.resolve(&cli, &only_auth).unwrap();
        assert_eq!(key_of(&s), (Some("WORK_KEY".into()), None));
    }

    #[test]
    fn google_profiles_choose_their_api_and_credential() {
        let cli = Overrides {
            to: Some(vec!["en".into()]),
            provider: Some("google".into()),
            ..Default::default()
        };
        let env = |name: &str| Some(format!("value-of-{name}"));
        let s = loaded("").resolve(&cli, &env).unwrap();
        let google = |s: &Settings| s.provider.section::<Google>().cloned().unwrap_or_default();
        assert_eq!(s.provider.entry.kind, "google");
        assert_eq!(google(&s).api(), Some(GoogleApi::V2));
        assert_eq!(s.provider.api_key_env.as_deref(), Some("GOOGLE_API_KEY"));

        let l = loaded("[providers.google]\nproject = \"p\"\nglossary = \"projects/p/locations/us-central1/glossaries/g\"\n");
        let s = l.resolve(&cli, &env).unwrap();
        assert_eq!(google(&s).api(), Some(GoogleApi::V3));
        assert_eq!(google(&s).project.as_deref(), Some("p"));
        assert_eq!(
            s.provider.api_key.as_ref().map(|k| k.expose()),
            Some("value-of-GOOGLE_ACCESS_TOKEN")
        );

        let l = loaded("[providers.google]\napi = \"v4\"\n");
        assert!(l
            .resolve(&cli, &env)
            .unwrap_err()
            .to_string()
            .contains("v4"));
        let l = loaded("[providers.deepl]\nproject = \"p\"\n");
        let cli = Overrides {
            provider: Some("deepl".into()),
            ..cli
        };
        let e = l.resolve(&cli, &env).unwrap_err().to_string();
        assert!(e.contains("only apply to kind = \"google\""), "{e}");
    }

    #[test]
    fn careless_settings_are_refused_up_front_with_the_accepted_range_and_where() {
        let at = |text: &str| {
            parse(Path::new("bitext.toml"), text)
                .unwrap_err()
                .to_string()
        };
        for (text, place, says) in [
            (
                "[providers.deepl]\nbatch_size = 0\n",
                "bitext.toml:2:14: ",
                "use 1 to 10000",
            ),
            (
                "[providers.deepl]\nconcurrency = 0\n",
                "bitext.toml:2:15: ",
                "use 1 to 64",
            ),
            (
                "[providers.deepl]\nrequests_per_second = -2\n",
                "bitext.toml:2:23: ",
                "out of range",
            ),
            (
                "[providers.deepl]\nrequests_per_second = 1e-300\n",
                "bitext.toml:2:23: ",
                "use 0.01 to",
            ),
            (
                "[providers.deepl]\nchars_per_minute = 0.5\n",
                "bitext.toml:2:20: ",
                "use 100 to",
            ),
            (
                "[providers.deepl]\ntimeout_secs = 1e30\n",
                "bitext.toml:2:16: ",
                "use 0.1 to 3600",
            ),
            (
                "[providers.deepl]\nendpoint = \"ftp://x\"\n",
                "bitext.toml:2:12: ",
                "not an http(s) URL",
            ),
            (
                "[providers.deepl]\nendpoint = \"http://[::1\"\n",
                "bitext.toml:2:12: ",
                "not a URL",
            ),
            (
                "[providers.deepl]\nendpoint = \"\"\n",
                "bitext.toml:2:12: ",
                "not a URL",
            ),
            (
                "[run]\nretry_base_ms = 0\n",
                "bitext.toml:2:17: ",
                "use 1 to",
            ),
            (
                "[run]\nmax_retries = 1000000\n",
                "bitext.toml:2:15: ",
                "use 0 to 20",
            ),
            (
                "[run]\nretry_base_ms = 500\nretry_max_ms = 10\n",
                "bitext.toml:3:16: ",
                "at least the first",
            ),
        ] {
            let e = at(text);
            assert!(e.starts_with(place), "{text}: {e}");
            assert!(e.contains(says), "{text}: {e}");
        }
        assert!(parse(
            Path::new("bitext.toml"),
            "[providers.deepl]\nbatch_size = 50\nendpoint = \"http://127.0.0.1:9\"\n"
        )
        .is_ok());

        let cli = Overrides {
            to: Some(vec!["en".into()]),
            endpoint: Some("ftp://x".into()),
            ..Default::default()
        };
        let e = loaded("").resolve(&cli, &|_| None).unwrap_err().to_string();
        assert!(e.starts_with("--endpoint \"ftp://x\""), "{e}");
        // A bad language in the file is the file's, not the command line's.
        let e = loaded("[run]\nto = [\"fr\"]\n")
            .resolve(&Overrides::default(), &|_| None)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("[run] to in bitext.toml: "), "{e}");
    }

    #[test]
    fn provider_keys_are_checked_against_the_kind() {
        let at = |text: &str| {
            parse(Path::new("bitext.toml"), text)
                .unwrap_err()
                .to_string()
        };
        let e = at("[providers.deepl]\nendpoint = \"x\"\nbogus = 1\n");
        assert!(
            e.starts_with("bitext.toml:3:1: unknown field `bogus`"),
            "{e}"
        );
        let e = at("[providers.work]\nkind = \"openai\"\nbatch_size = \"ten\"\n");
        assert!(e.starts_with("bitext.toml:3:14: "), "{e}");
        let e = at("[providers.google]\napi = 2\n");
        assert!(e.starts_with("bitext.toml:2:7: "), "{e}");
        let l = loaded("[providers.deepl]\nregion = \"westeurope\"\n");
        let cli = Overrides {
            to: Some(vec!["en".into()]),
            provider: Some("deepl".into()),
            ..Default::default()
        };
        let e = l.resolve(&cli, &|_| None).unwrap_err().to_string();
        assert!(
            e.contains("region only apply to kind = \"microsoft\""),
            "{e}"
        );
    }
}
