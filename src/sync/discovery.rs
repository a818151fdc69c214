//! Finding the address book from the URL a person gives (RFC 6764 and RFC 6352 §7): the server,
//! a principal or a home set all do. The current user's principal is asked of the URL (and of
//! the server's root, and of its `/.well-known/carddav` when neither answers); its
//! address-book home set lists the address books, and the first is used. With none, kith makes
//! one, `kith/`, by extended MKCOL. A URL that is an address book itself is used as it is. What
//! was found is kept in the notebook, so later syncs ask nothing of this again.

use super::SyncError;
use super::remote::Remote;
use libdav::carddav::{CreateAddressBook, FindAddressBookHomeSet, FindAddressBooks};
use libdav::dav::FindCurrentUserPrincipalError;
use libdav::sd::DiscoverableService;

/// The name of the address book kith makes when the account has none.
const MADE: &str = "kith";

impl Remote {
    /// The href of the account's address book, made when there is none.
    pub fn address_book(&self) -> Result<String, SyncError> {
        let base = self.dav.base_url().path().to_string();
        if self.is_address_book(&base)? {
            return Ok(base);
        }
        let homes = match self.principal()? {
            Some(principal) => {
                let found = self.block(
                    self.dav
                        .request(FindAddressBookHomeSet::new(principal.path())),
                )?;
                found
                    .home_sets
                    .iter()
                    .map(|u| u.path().to_string())
                    .collect()
            }
            None => Vec::new(),
        };
        let homes = if homes.is_empty() { vec![base] } else { homes };
        for home in &homes {
            let found = self.block(self.dav.request(FindAddressBooks::new(home)))?;
            if let Some(book) = found.addressbooks.into_iter().next() {
                return Ok(book.href);
            }
        }
        let home = homes[0].trim_end_matches('/');
        let href = format!("{home}/{MADE}/");
        let made = self.block(
            self.dav
                .request(CreateAddressBook::new(&href).with_display_name("kith")),
        );
        match made {
            Ok(_) => Ok(href),
            Err(SyncError::Server { .. }) => Err(SyncError::NoAddressBook {
                url: self.url.clone(),
            }),
            Err(e) => Err(e),
        }
    }

    /// Whether `href` is an address book (a URL given as the address book itself).
    fn is_address_book(&self, href: &str) -> Result<bool, SyncError> {
        let listed = self.block(self.dav.request(libdav::dav::ListResources::new(href)));
        match listed {
            Ok(listed) => Ok(listed
                .resources
                .iter()
                .any(|r| r.href == href && r.resource_type.is_address_book)),
            Err(SyncError::Server { .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// The current user's principal: at the URL, the server's root, or its well-known URL.
    fn principal(&self) -> Result<Option<http::Uri>, SyncError> {
        if let Some(found) = self.principal_at(&self.dav)? {
            return Ok(Some(found));
        }
        let base = self.dav.base_url().clone();
        let (Some(host), Some(scheme)) = (base.host(), base.scheme_str()) else {
            return Ok(None);
        };
        let service = if scheme == "https" {
            DiscoverableService::CardDavs
        } else {
            DiscoverableService::CardDav
        };
        let port = base
            .port_u16()
            .unwrap_or(if scheme == "https" { 443 } else { 80 });
        let context = self
            .wait(self.dav.find_context_path(service, host, port))?
            .ok()
            .flatten();
        let Some(context) = context else {
            return Ok(None);
        };
        let mut there = self.dav.clone();
        there.base_url = context;
        self.principal_at(&there)
    }

    fn principal_at(&self, dav: &super::remote::Dav) -> Result<Option<http::Uri>, SyncError> {
        match self.wait(dav.find_current_user_principal())? {
            Ok(found) => Ok(found),
            Err(FindCurrentUserPrincipalError::RequestError(e)) => match self.said(e) {
                SyncError::Server { .. } => Ok(None),
                e => Err(e),
            },
            Err(_) => Ok(None),
        }
    }
}
