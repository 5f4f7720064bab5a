//! Fuzzes bitext::fuzzing::tm_tmx: the parser on arbitrary bytes, and the properties it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Err(broken) = bitext::fuzzing::tm_tmx(data) {
        panic!("{broken}");
    }
});
