//! Fuzzes bitext::fuzzing::glossary_csv: the parser on arbitrary bytes, and the properties it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(broken) = bitext::fuzzing::glossary_csv(data) {
        panic!("{broken}");
    }
});
