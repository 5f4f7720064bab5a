//! The translation memory as translators exchange it: the store's entries written out as TMX
//! 1.4b or JSON Lines ([`export`]), and a team's TMX taken in as human translations
//! ([`import`]), kept in the store under [`crate::cache::memory_request`] keys so that every
//! machine sharing the store shares them.

pub mod export;
pub mod import;

pub use export::{export, export_to_file, Export, ExportError, ExportFormat, Exported};
pub use import::{import_tmx, ImportError, ImportReport};

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// (year, month, day, hour, minute, second) of seconds since the Unix epoch, in UTC.
fn parts(secs: u64) -> (i64, u32, u32, u64, u64, u64) {
    let (year, month, day) = civil_from_days((secs / 86_400) as i64);
    let rest = secs % 86_400;
    (year, month, day, rest / 3600, rest / 60 % 60, rest % 60)
}

/// A time as TMX writes it: `YYYYMMDDThhmmssZ` (UTC).
pub fn tmx_date(secs: u64) -> String {
    let (y, mo, d, h, mi, s) = parts(secs);
    format!("{y:04}{mo:02}{d:02}T{h:02}{mi:02}{s:02}Z")
}

/// A time in ISO 8601: `YYYY-MM-DDThh:mm:ssZ` (UTC).
pub fn iso_date(secs: u64) -> String {
    let (y, mo, d, h, mi, s) = parts(secs);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// Seconds since the Unix epoch of a TMX date (`YYYYMMDDThhmmssZ`); `None` for anything
/// else, or a date before 1970.
pub fn parse_tmx_date(text: &str) -> Option<u64> {
    let b = text.trim().as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = std::str::from_utf8(&b[r]).ok()?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = (digits(0..4)?, digits(4..6)?, digits(6..8)?);
    let (hour, minute, second) = (digits(9..11)?, digits(11..13)?, digits(13..15)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    if second > 60 {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    let secs = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
    u64::try_from(secs).ok()
}

/// The tag a language has in the TMX bitext writes (`zh_tag` for Chinese: `zh-CN` or
/// `zh-Hans`, as `chinese_tag` under `[run]` says).
fn tag(lang: crate::lang::Lang, zh_tag: &str) -> &str {
    match lang {
        crate::lang::Lang::Zh => zh_tag,
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_tmx_and_iso() {
        for secs in [
            0u64,
            951_782_400,
            1_700_000_000,
            1_767_225_599,
            4_102_444_800,
        ] {
            let tmx = tmx_date(secs);
            assert_eq!(parse_tmx_date(&tmx), Some(secs), "{tmx}");
        }
        assert_eq!(tmx_date(1_700_000_000), "20231114T221320Z");
        assert_eq!(iso_date(951_782_400), "2000-02-29T00:00:00Z");
        for bad in [
            "",
            "2023-11-14",
            "20231314T000000Z",
            "20231114T250000Z",
            "2023111xT000000Z",
        ] {
            assert_eq!(parse_tmx_date(bad), None, "{bad}");
        }
    }
}
