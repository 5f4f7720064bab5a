//! The one table of providers: each one's kind, default key variable, configuration section
//! and constructor. The built-in profiles, the kinds named in configuration errors, the help of
//! `--provider`, building a provider and `bitext providers` all derive from it.

use super::deepl::Deepl;
use super::google::Google;
use super::libretranslate::LibreTranslate;
use super::microsoft::Microsoft;
use super::openai::OpenAi;
use super::pseudo::Pseudo;
use super::{CommonSettings, Provider};
use serde::de::{DeserializeOwned, Visitor};
use serde::Deserialize;
use std::any::Any;
use std::sync::Arc;

/// Every provider, in the order messages and help list them. Each is also a built-in profile
/// of the same name, reading its key from the variable given here.
pub static PROVIDERS: &[Entry] = &[
    // DeepL's own client libraries read DEEPL_AUTH_KEY: a key set for them serves too.
    Entry::of::<Deepl>("deepl", Some("DEEPL_API_KEY")).or_key_env(&["DEEPL_AUTH_KEY"]),
    Entry::of::<Google>("google", Some("GOOGLE_API_KEY")),
    Entry::of::<Microsoft>("microsoft", Some("MICROSOFT_TRANSLATOR_KEY")),
    Entry::of::<LibreTranslate>("libretranslate", Some("LIBRETRANSLATE_API_KEY")),
    Entry::of::<OpenAi>("openai", Some("OPENAI_API_KEY")),
    Entry::of::<Pseudo>("pseudo", None),
];

/// The provider registered under `kind`.
pub fn find(kind: &str) -> Option<&'static Entry> {
    PROVIDERS.iter().find(|entry| entry.kind == kind)
}

/// The provider whose own section has the key `key` (`project` → google).
pub fn owner_of(key: &str) -> Option<&'static Entry> {
    PROVIDERS
        .iter()
        .find(|entry| entry.own_keys().contains(&key))
}

/// The kinds, quoted or not, the last one after `last` (`"deepl", … or "pseudo"`).
pub fn kinds(quoted: bool, last: &str) -> String {
    let names: Vec<String> = PROVIDERS
        .iter()
        .map(|e| {
            if quoted {
                format!("\"{}\"", e.kind)
            } else {
                e.kind.to_string()
            }
        })
        .collect();
    match names.split_last() {
        Some((tail, [])) => tail.clone(),
        Some((tail, head)) => format!("{}{last}{tail}", head.join(", ")),
        None => String::new(),
    }
}

/// The help of `--provider`.
pub fn provider_help() -> String {
    format!(
        "Provider profile from bitext.toml, or a built-in one: {}",
        kinds(false, ", ")
    )
}

/// A provider profile, resolved: which provider, the settings every provider has (which the
/// profile derefs to), and the provider's own section.
#[derive(Clone, Debug)]
pub struct Profile {
    pub entry: &'static Entry,
    pub settings: CommonSettings,
    pub section: Section,
}

impl Profile {
    /// The provider this profile describes, ready to translate.
    pub fn build(&self) -> Result<Arc<dyn Provider>, String> {
        self.entry.build(&self.settings, &self.section)
    }

    /// The provider's own section, when the profile is one of provider `P`.
    pub fn section<P: Registered>(&self) -> Option<&P::Section> {
        self.section.0.downcast_ref()
    }
}

impl std::ops::Deref for Profile {
    type Target = CommonSettings;

    fn deref(&self) -> &CommonSettings {
        &self.settings
    }
}

/// What a provider implements to be registered.
pub trait Registered: Provider + Sized + 'static {
    /// Its own keys under `[providers.NAME]`, besides the common ones ([`NoSection`] for
    /// none): a struct of optional fields with `#[serde(deny_unknown_fields)]`.
    type Section: DeserializeOwned + Default + Clone + std::fmt::Debug + Send + Sync + 'static;

    /// Checks the section once the profile is chosen, before any key is read.
    fn validate(_profile: &str, _section: &Self::Section) -> Result<(), String> {
        Ok(())
    }

    /// The variable the key is read from: by default the one the profile names, else the
    /// built-in profile's of the same name (a profile of another name names its own).
    fn key_env(_section: &Self::Section, vars: KeyVars<'_>) -> Option<String> {
        vars.user.or(vars.builtin).map(str::to_string)
    }

    fn build(settings: &CommonSettings, section: &Self::Section) -> Result<Self, String>;
}

/// The key variables a profile could use, for [`Registered::key_env`].
#[derive(Clone, Copy, Debug)]
pub struct KeyVars<'a> {
    /// `api_key_env` as the user wrote it.
    pub user: Option<&'a str>,
    /// The variable of the built-in profile of the same name, if there is one.
    pub builtin: Option<&'static str>,
    /// This provider's default variable.
    pub default: Option<&'static str>,
}

/// The section of a provider that has no keys of its own.
#[derive(Clone, Copy, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoSection {}

/// A provider's own section, decoded; only its own entry reads it.
#[derive(Clone)]
pub struct Section(Arc<dyn Any + Send + Sync>);

impl std::fmt::Debug for Section {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Section")
    }
}

/// A provider built from a profile, or why it cannot be.
pub type Built = Result<Arc<dyn Provider>, String>;

/// One line of the table.
pub struct Entry {
    /// The name written as `kind = "…"` and used for the built-in profile.
    pub kind: &'static str,
    /// The variable the built-in profile reads its key from.
    pub key_env: Option<&'static str>,
    /// Other variables the same key is commonly kept in, read in this order when `key_env`
    /// is the variable chosen and it is unset.
    pub key_env_aliases: &'static [&'static str],
    type_name: fn() -> &'static str,
    own_keys: fn() -> &'static [&'static str],
    decode: fn(toml::Table) -> Result<Section, String>,
    validate: fn(&str, &Section) -> Result<(), String>,
    choose_key_env: fn(&Section, KeyVars<'_>) -> Option<String>,
    build: fn(&CommonSettings, &Section) -> Built,
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Entry({})", self.kind)
    }
}

impl Entry {
    pub const fn of<P: Registered>(kind: &'static str, key_env: Option<&'static str>) -> Entry {
        Entry {
            kind,
            key_env,
            key_env_aliases: &[],
            type_name: short_type_name::<P>,
            own_keys: field_names::<P::Section>,
            decode: decode::<P>,
            validate: validate::<P>,
            choose_key_env: choose_key_env::<P>,
            build: build::<P>,
        }
    }

    /// The same entry, whose default key may also be in these variables.
    pub const fn or_key_env(self, aliases: &'static [&'static str]) -> Entry {
        Entry {
            key_env_aliases: aliases,
            ..self
        }
    }

    /// The variables to read the key from, in order, when `chosen` is the one chosen: it,
    /// then, when it is this provider's default, the other usual places of the same key.
    pub fn key_envs<'a>(&self, chosen: &'a str) -> impl Iterator<Item = &'a str> {
        let aliases = if self.key_env == Some(chosen) {
            self.key_env_aliases
        } else {
            &[]
        };
        std::iter::once(chosen).chain(aliases.iter().copied())
    }

    /// The keys of the provider's own section, in declaration order.
    pub fn own_keys(&self) -> &'static [&'static str] {
        (self.own_keys)()
    }

    /// The provider's type name (`Deepl`, `OpenAi`), which `bitext providers` shows as kind.
    pub fn type_name(&self) -> &'static str {
        (self.type_name)()
    }

    /// Decodes the provider's own keys (no others may be in `table`).
    pub fn decode(&self, table: toml::Table) -> Result<Section, String> {
        (self.decode)(table)
    }

    pub fn validate(&self, profile: &str, section: &Section) -> Result<(), String> {
        (self.validate)(profile, section)
    }

    pub fn choose_key_env(&self, section: &Section, vars: KeyVars<'_>) -> Option<String> {
        (self.choose_key_env)(section, vars)
    }

    pub fn build(
        &self,
        settings: &CommonSettings,
        section: &Section,
    ) -> Result<Arc<dyn Provider>, String> {
        (self.build)(settings, section)
    }
}

fn short_type_name<P>() -> &'static str {
    let full = std::any::type_name::<P>();
    full.rsplit("::").next().unwrap_or(full)
}

/// The section of `P`: a [`Section`] is only ever made by its own entry's `decode`, so the
/// default stands in for a mix-up that cannot happen.
fn typed<P: Registered>(section: &Section) -> P::Section {
    section
        .0
        .downcast_ref::<P::Section>()
        .cloned()
        .unwrap_or_default()
}

fn decode<P: Registered>(table: toml::Table) -> Result<Section, String> {
    toml::Value::Table(table)
        .try_into::<P::Section>()
        .map(|s| Section(Arc::new(s)))
        .map_err(|e| e.message().to_string())
}

fn validate<P: Registered>(profile: &str, section: &Section) -> Result<(), String> {
    P::validate(profile, &typed::<P>(section))
}

fn choose_key_env<P: Registered>(section: &Section, vars: KeyVars<'_>) -> Option<String> {
    P::key_env(&typed::<P>(section), vars)
}

fn build<P: Registered>(
    settings: &CommonSettings,
    section: &Section,
) -> Result<Arc<dyn Provider>, String> {
    Ok(Arc::new(P::build(settings, &typed::<P>(section))?))
}

/// The field names of a struct that derives `Deserialize`, as serde hands them to a
/// deserializer: the keys a section accepts, without writing them a second time.
pub fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldNames(&mut names));
    names
}

/// A deserializer that only records the fields a struct asks for.
struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> serde::Deserializer<'de> for FieldNames<'_> {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(serde::de::Error::custom("field names recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_listed_from_the_table() {
        assert_eq!(
            kinds(true, " or "),
            "\"deepl\", \"google\", \"microsoft\", \"libretranslate\", \"openai\" or \"pseudo\""
        );
        assert!(
            provider_help().ends_with("deepl, google, microsoft, libretranslate, openai, pseudo")
        );
        assert_eq!(find("google").map(Entry::type_name), Some("Google"));
        assert_eq!(owner_of("project").map(|e| e.kind), Some("google"));
        assert_eq!(owner_of("region").map(|e| e.kind), Some("microsoft"));
        assert!(find("pseudo").is_some_and(|e| e.own_keys().is_empty()));
    }
}
