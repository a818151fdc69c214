//! Running effects against the store. Each returns the actions that report what happened; a
//! failure becomes `Report::Failed` with a message for the status bar, and nothing typed is lost.

mod contacts;
mod followups;
mod kept;
mod merge;
mod money;
mod stats;
mod thanks;

use super::action::{ContactDetail, ContactRow, Effect, Report, SearchOutcome};
use super::model::{Context, NoteHit};
use crate::clock;
use crate::domain::{ContactId, cadence_overdue_by};
use crate::review;
use crate::say;
use crate::store::{Store, StoreError};
use chrono::NaiveDate;

/// Interactions read for one timeline; older ones stay in the notebook and in `kith show`.
const TIMELINE_LIMIT: usize = 5000;

pub fn run(store: &Store, effect: Effect, ctx: &Context) -> Vec<Report> {
    let result = match effect {
        Effect::LoadList {
            select,
            generation,
            limit,
        } => load_list(store, select, generation, limit),
        Effect::LoadRows(ids) => Ok(Report::RowsLoaded(
            ids.into_iter().map(|id| row(store, id, ctx)).collect(),
        )),
        Effect::LoadDetail(id) => detail(store, id, ctx)
            .map(|d| Report::DetailLoaded(Box::new(d)))
            .map_err(|e| e.to_string()),
        Effect::OpenEditor(contact) => open_editor(store, contact),
        Effect::SaveDraft(keep) => Ok(super::draft_keeper::keep_draft(store, keep)),
        Effect::SaveNote {
            interaction,
            captured,
            problems,
        } => save_note(store, interaction, &captured, problems),
        Effect::LoadReview => {
            review::build_upto(store, &ctx.cadences, ctx.today, 7, ctx.review_limit)
                .map(|r| Report::ReviewLoaded(Box::new(r)))
                .map_err(|e| say!("review-unreadable", error = e.to_string()))
        }
        Effect::LoadStats => stats::load(store, ctx),
        Effect::LoadPeople(bar) => stats::people(store, bar, ctx),
        Effect::LoadCounts => store
            .due_counts(ctx.today)
            .map(|(overdue, today)| Report::CountsLoaded { overdue, today })
            .map_err(|e| say!("status-counts-failed", error = e.to_string())),
        Effect::AddFollowUp(followup) => followups::add_followup(store, followup),
        Effect::AddInvoice(invoice) => money::add(store, invoice),
        Effect::PayInvoice { invoice, payment } => money::pay(store, invoice, payment),
        Effect::CloseInvoice { invoice, off } => money::close(store, invoice, off),
        Effect::ResolveComplaint { note, text, on } => kept::resolve(store, note, text, on),
        Effect::Thank {
            contact,
            about,
            text,
            today,
        } => thanks::give(store, contact, about, text, today),
        Effect::ChangeFollowUp { followup, change } => {
            followups::change_followup(store, followup, change)
        }
        Effect::SaveContact {
            contact,
            added,
            referred_by,
            celebrated,
        } => contacts::save(store, *contact, added, &referred_by, celebrated.as_deref()),
        Effect::Archive { contact, reason } => contacts::archive(store, contact, reason),
        Effect::Restore(contact) => contacts::restore(store, contact),
        Effect::LoadArchived { select, generation } => {
            contacts::load_archived(store, select, generation)
        }
        Effect::FindMerge { keep, query } => merge::find_merge(store, keep, &query),
        Effect::Merge { keep, absorb } => merge::merge(store, keep, absorb),
        Effect::ShowStep { forward } => super::rewrite::show_step(store, forward),
        Effect::Replay { pending, forward } => Ok(super::rewrite::replay(store, &pending, forward)),
        Effect::OpenNoteEdit(interaction) => super::rewrite::open_note_edit(store, *interaction),
        Effect::DeleteContact(contact) => Ok(super::rewrite::delete(store, contact)),
        Effect::Search { generation, query } => {
            let mut index = None;
            Ok(Report::SearchResults {
                generation,
                outcome: search(store, &mut index, &query, ctx.today),
            })
        }
        Effect::RefreshSearchIndex => return vec![],
        Effect::Import(path) => Ok(Report::Imported(import(store, &path, &|_| {}))),
        Effect::DeleteInteraction {
            contact,
            interaction,
        } => store
            .write(|w| w.delete_interaction(interaction).map(drop))
            .map(|()| Report::InteractionDeleted(contact))
            .map_err(|e| say!("timeline-delete-failed", error = e.to_string())),
    };
    vec![result.unwrap_or_else(Report::Failed)]
}

pub(crate) fn load_list(
    store: &Store,
    select: Option<ContactId>,
    generation: u64,
    limit: Option<usize>,
) -> Result<Report, String> {
    (|| -> Result<Report, StoreError> {
        let entries = store.contact_list(false, limit.unwrap_or(usize::MAX))?;
        let total = store.contact_count(false)? as usize;
        Ok(Report::ListLoaded {
            entries,
            total,
            select,
            generation,
        })
    })()
    .map_err(|e| say!("list-unreadable", error = e.to_string()))
}

fn open_editor(store: &Store, contact: ContactId) -> Result<Report, String> {
    (|| -> Result<Report, StoreError> {
        let name = store.contact(contact)?.name;
        let draft = store.draft(contact)?;
        Ok(Report::EditorReady {
            contact,
            name,
            draft,
            now: clock::now(),
        })
    })()
    .map_err(|e| say!("editor-open-failed", error = e.to_string()))
}

/// A note and the follow-ups its lines promise, in one write. A disk that refuses it, or
/// another kith process writing, is reported so the text stays in the editor.
fn save_note(
    store: &Store,
    mut interaction: crate::domain::Interaction,
    captured: &[crate::domain::Captured],
    problems: Vec<String>,
) -> Result<Report, String> {
    store
        .write(|w| {
            if interaction.id == crate::domain::InteractionId::UNASSIGNED {
                return w.save_note(&mut interaction, captured, clock::now());
            }
            w.edit_note(&mut interaction)?;
            w.discard_draft(interaction.contact)?;
            Ok(Vec::new())
        })
        .map(|ids| Report::NoteSaved {
            contact: interaction.contact,
            interaction: interaction.id,
            followups: ids.len(),
            problems,
        })
        .or_else(|e| match (&e, e.disk_problem()) {
            (StoreError::Busy { .. }, _) => Ok(Report::NoteBusy),
            (_, Some(problem)) => Ok(Report::NoteNotSaved {
                problem: problem.to_string(),
            }),
            _ => Err(say!("editor-save-failed", error = e.to_string())),
        })
}

/// One list row; a record that cannot be read still gets a row that says so.
fn row(store: &Store, id: ContactId, ctx: &Context) -> ContactRow {
    let today = ctx.today;
    let read = || -> Result<ContactRow, StoreError> {
        let contact = store.contact(id)?;
        let last = store.last_contacted(id)?;
        let followups = store.followups_for(id)?;
        let overdue = followups.items.iter().any(|f| f.is_open() && f.due < today);
        let lapsed =
            cadence_overdue_by(&contact, ctx.cadences.effective(&contact), last, today).is_some();
        let next_due = (followups.items.iter())
            .filter(|f| f.is_open())
            .map(|f| f.due)
            .min();
        Ok(ContactRow {
            id,
            name: contact.name,
            kind: contact.kind,
            last_contacted: last,
            needs_attention: overdue || lapsed,
            company: contact.company,
            next_due,
        })
    };
    read().unwrap_or_else(|e| ContactRow {
        id,
        name: say!(
            "list-row-unreadable",
            id = id.to_string(),
            error = e.to_string()
        ),
        kind: crate::domain::Kind::Other,
        last_contacted: None,
        needs_attention: false,
        company: None,
        next_due: None,
    })
}

/// How many of those a contact referred the header names.
const REFERRED_NAMED: usize = 3;

fn detail(store: &Store, id: ContactId, ctx: &Context) -> Result<ContactDetail, StoreError> {
    let contact = store.contact(id)?;
    let timeline = store.timeline(id, TIMELINE_LIMIT)?;
    let followups = store.followups_for(id)?;
    let referrer = (contact.referred_by).and_then(|by| store.contact(by).ok().map(|r| r.name));
    let celebrated = (store.celebrated(&contact)?.own.iter())
        .flat_map(crate::domain::Celebration::occasions)
        .collect();
    let invoices = store.invoices_of(id)?;
    let referred = store.referred(id, REFERRED_NAMED)?;
    let referred_names = (store.contacts(&referred.contacts)?.items.into_iter())
        .map(|c| c.name)
        .collect();
    Ok(ContactDetail {
        referrer,
        celebrated,
        referred,
        referred_names,
        cadence: ctx.cadences.effective(&contact),
        last_contacted: store.last_contacted(id)?,
        damaged: timeline.damaged.len() + followups.damaged.len() + invoices.damaged.len(),
        timeline: timeline.items,
        followups: followups.items,
        invoices: invoices.items,
        contact,
    })
}

/// Notes listed for a `#` search.
const NOTE_HITS: usize = 200;

/// Runs one search. `index` is the contact index, read from the store when it is `None` (the
/// search thread keeps it between queries).
pub fn search(
    store: &Store,
    index: &mut Option<crate::search::index::ContactIndex>,
    text: &str,
    today: NaiveDate,
) -> Result<SearchOutcome, String> {
    // A filter that cannot be read is reported by the search line and left out here.
    let (query, _) = crate::search::query::parse_lenient(text);
    if query.notes {
        let found = store
            .search_notes(&query.text(), NOTE_HITS)
            .map_err(|e| say!("search-notes-failed", error = e.to_string()))?;
        let mut names = std::collections::HashMap::new();
        let hits = found
            .notes
            .iter()
            .map(|n| {
                let name = names
                    .entry(n.contact)
                    .or_insert_with(|| {
                        store
                            .contact(n.contact)
                            .map(|c| c.name)
                            .unwrap_or_else(|_| say!("search-unnamed", id = n.contact.to_string()))
                    })
                    .clone();
                NoteHit {
                    contact: n.contact,
                    name,
                    interaction: n.id,
                    at: n.at,
                    channel: n.channel,
                    snippet: crate::search::snippet(&n.text, &query.words, 200),
                }
            })
            .collect();
        return Ok(SearchOutcome::Notes {
            hits,
            more: found.more,
        });
    }
    if index.is_none() {
        *index = Some(
            crate::search::index::ContactIndex::build(store)
                .map_err(|e| say!("search-contacts-failed", error = e.to_string()))?,
        );
    }
    let Some(index) = index.as_ref() else {
        return Ok(SearchOutcome::Contacts(Vec::new()));
    };
    let hits = index
        .search(&query, store, today)
        .map_err(|e| say!("search-failed", error = e.to_string()))?;
    Ok(SearchOutcome::Contacts(
        hits.into_iter().map(|h| h.id).collect(),
    ))
}

/// `~/x` typed on the screen means x in the home folder, as in a shell.
fn expand_home(path: &std::path::Path) -> std::path::PathBuf {
    match (path.strip_prefix("~"), std::env::var_os("HOME")) {
        (Ok(rest), Some(home)) => std::path::Path::new(&home).join(rest),
        _ => path.to_path_buf(),
    }
}

/// Imports a file or folder: what it did, or why it did nothing. `progress` hears how far it
/// has got.
pub fn import(
    store: &Store,
    path: &std::path::Path,
    progress: &dyn Fn(String),
) -> Result<crate::interop::files::ImportReport, String> {
    let path = expand_home(path);
    // An empty message only clears a terminal line; the status bar keeps the last one.
    let progress = |what: String| {
        if !what.is_empty() {
            progress(what);
        }
    };
    let options = crate::interop::files::ImportOptions::default();
    crate::interop::files::import_path(store, &path, options, clock::now(), &progress)
        .map_err(|e| e.to_string())
}
