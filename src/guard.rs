//! Running code that may panic on input it was never meant to see (a third-party parser), and
//! turning the panic into an ordinary error. While such a call runs, the screen's panic hook
//! stays quiet: the panic is expected and handled, not a reason to end the program.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static CATCHING: Cell<u32> = const { Cell::new(0) };
}

/// Runs `f`, returning None if it panicked. Only for pure computations on owned input: nothing
/// `f` touches may be left half-changed by the panic.
pub fn catch<T>(f: impl FnOnce() -> T) -> Option<T> {
    CATCHING.with(|c| c.set(c.get() + 1));
    let result = catch_unwind(AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(c.get().saturating_sub(1)));
    result.ok()
}

/// Whether the current thread is inside [`catch`]: a panic now is expected and handled.
pub fn catching() -> bool {
    CATCHING.with(|c| c.get() > 0)
}

/// Debug builds only: panics here when `KITH_TEST_PANIC` names `point`, so tests can check that
/// a panic on any thread ends the screen cleanly. Release builds compile it to nothing.
pub fn test_panic_point(point: &str) {
    #[cfg(debug_assertions)]
    if std::env::var("KITH_TEST_PANIC").is_ok_and(|wanted| wanted == point) {
        panic!("test panic at {point}");
    }
    #[cfg(not(debug_assertions))]
    let _ = point;
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_becomes_none_and_the_flag_is_cleared() {
        assert_eq!(super::catch(|| 2 + 2), Some(4));
        let caught = super::catch(|| {
            assert!(super::catching());
            panic!("expected")
        });
        assert_eq!(caught, None::<()>);
        assert!(!super::catching());
    }
}
