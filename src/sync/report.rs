//! What a sync did, as the command line says it.

/// What a sync did.
#[derive(Debug, Default)]
pub struct Synced {
    pub sent: usize,
    pub received: usize,
    /// Deleted here, and so on the server.
    pub deleted: usize,
    /// Gone from the server, so archived here.
    pub archived: usize,
    pub conflicts: usize,
    /// What the server refused, in words: the contact and what it said.
    pub refused: Vec<String>,
    /// Cards on the server kith could not read: (href, why); they stay there as they are.
    pub unreadable: Vec<(String, String)>,
    pub requests: usize,
    /// Contacts pulled whose referrer was not known yet: looked for again at the pull's end.
    pub(super) unresolved: Vec<u64>,
}
