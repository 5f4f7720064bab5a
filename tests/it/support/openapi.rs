//! Checking request bodies against a provider's published OpenAPI description: the subset of
//! JSON Schema those descriptions use for request bodies (`type`, `enum`, `required`,
//! `properties`, `items`, `allOf`), and no property the description does not name (the
//! description allows others; a field it does not document is a field the service may
//! ignore, so the tests hold bitext to the documented ones).

use serde_json::Value;

/// DeepL's `POST /v2/translate` JSON body (see the file's `$comment` for where it is from).
pub fn deepl_translate_request() -> Value {
    serde_json::from_str(include_str!("openapi/deepl_translate_request.json"))
        .expect("the DeepL request schema is JSON")
}

/// DeepL's `POST /v3/glossaries` JSON body.
pub fn deepl_create_glossary_request() -> Value {
    serde_json::from_str(include_str!("openapi/deepl_create_glossary_request.json"))
        .expect("the DeepL glossary schema is JSON")
}

/// Every way `value` breaks `schema`, each with its JSON path; empty when it conforms.
pub fn violations(schema: &Value, value: &Value) -> Vec<String> {
    let mut found = Vec::new();
    check(schema, value, "$", &mut found);
    found
}

fn check(schema: &Value, value: &Value, path: &str, found: &mut Vec<String>) {
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for part in all {
            check(part, value, path, found);
        }
    }
    if let Some(kind) = schema.get("type").and_then(Value::as_str) {
        let fits = match kind {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            _ => true,
        };
        if !fits {
            found.push(format!("{path}: expected {kind}, got {value}"));
            return;
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            found.push(format!(
                "{path}: {value} is not one of the documented values"
            ));
        }
    }
    if let Some(required) = schema.get("required").and_then(Value::as_array) {
        for name in required.iter().filter_map(Value::as_str) {
            if value.get(name).is_none() {
                found.push(format!("{path}: required property `{name}` missing"));
            }
        }
    }
    if let (Some(properties), Some(object)) = (
        schema.get("properties").and_then(Value::as_object),
        value.as_object(),
    ) {
        for (name, v) in object {
            match properties.get(name) {
                Some(s) => check(s, v, &format!("{path}.{name}"), found),
                None => found.push(format!("{path}: `{name}` is not a documented property")),
            }
        }
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for (i, v) in list.iter().enumerate() {
            check(items, v, &format!("{path}[{i}]"), found);
        }
    }
}
