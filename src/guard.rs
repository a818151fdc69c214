//! A deliberate panic for tests: debug builds panic at a named point when `KITH_TEST_PANIC`
//! names it, so tests can check that a panic on any thread ends the screen cleanly.

/// Panics here when `KITH_TEST_PANIC` names `point`. Release builds compile it to nothing.
pub fn test_panic_point(point: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("KITH_TEST_PANIC").is_ok_and(|wanted| wanted == point) {
        panic!("test panic at {point}");
    }
    #[cfg(not(debug_assertions))]
    let _ = point;
}
