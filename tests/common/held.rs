//! Another process's write in progress, for tests of a busy notebook.

use kith::store::Store;
use std::path::Path;

/// Another process's write in progress: a store on `db` holds a write transaction open until
/// released.
pub struct WriteHeld {
    release: std::sync::mpsc::Sender<()>,
    thread: std::thread::JoinHandle<()>,
}

impl WriteHeld {
    pub fn start(db: &Path) -> WriteHeld {
        let holder = Store::open(db).unwrap();
        let (started, has_started) = std::sync::mpsc::channel::<()>();
        let (release, released) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            holder
                .write(|_| {
                    started.send(()).unwrap();
                    released.recv().unwrap();
                    Ok(())
                })
                .unwrap();
        });
        has_started.recv().unwrap();
        WriteHeld { release, thread }
    }

    pub fn release(self) {
        self.release.send(()).unwrap();
        self.thread.join().unwrap();
    }
}
