//! The server, through libdav: the one place kith speaks HTTP. libdav builds and reads the
//! WebDAV, CardDAV and CalDAV requests (discovery, PROPFIND, the sync-collection REPORT,
//! multiget, PUT with `If-None-Match: *` or `If-Match`, DELETE, extended MKCOL) over hyper, with
//! TLS by rustls. Its calls are async: they run here on a small current-thread tokio runtime,
//! and every method of [`Remote`] blocks until its answer, so the rest of kith stays synchronous.
//! Each request carries the account's Basic credentials and is counted (what a sync cost), and
//! gives up after [`TIMEOUT`].

use super::{Account, SyncError};
use http::{HeaderValue, Request, Response, StatusCode};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use libdav::dav::WebDavClient;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

/// How long one request may take before the server counts as unreachable.
pub const TIMEOUT: Duration = Duration::from_secs(30);

type Https = hyper_rustls::HttpsConnector<HttpConnector>;
type Body = hyper::body::Incoming;

/// The HTTP client libdav sends through: hyper's, with the credentials added and the requests
/// counted.
#[derive(Clone)]
pub struct Authed {
    inner: Client<Https, String>,
    authorization: HeaderValue,
    count: Arc<AtomicUsize>,
}

impl tower_service::Service<Request<String>> for Authed {
    type Response = Response<Body>;
    type Error = hyper_util::client::legacy::Error;
    type Future =
        Pin<Box<dyn Future<Output = Result<Response<Body>, Self::Error>> + Send + 'static>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<String>) -> Self::Future {
        self.count.fetch_add(1, Ordering::Relaxed);
        request
            .headers_mut()
            .insert(http::header::AUTHORIZATION, self.authorization.clone());
        Box::pin(self.inner.request(request))
    }
}

pub type Dav = WebDavClient<Authed>;
pub type DavError = libdav::dav::WebDavError<hyper_util::client::legacy::Error>;

/// A connection to the account's server.
pub struct Remote {
    runtime: tokio::runtime::Runtime,
    pub(super) dav: Dav,
    pub(super) url: String,
    count: Arc<AtomicUsize>,
}

impl Remote {
    pub fn connect(account: &Account) -> Result<Remote, SyncError> {
        let bad_url = || SyncError::BadUrl {
            url: account.url.clone(),
        };
        let uri: http::Uri = account.url.parse().map_err(|_| bad_url())?;
        if uri.host().is_none() || !matches!(uri.scheme_str(), Some("http" | "https")) {
            return Err(bad_url());
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| SyncError::unreachable(&account.url, e.to_string()))?;
        let mut plain = HttpConnector::new();
        plain.enforce_http(false);
        plain.set_connect_timeout(Some(Duration::from_secs(10)));
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_native_roots()
            .map_err(|e| SyncError::unreachable(&account.url, e.to_string()))?
            .https_or_http()
            .enable_http1()
            .wrap_connector(plain);
        // Building the client spawns nothing, but hyper wants a runtime around it.
        let _entered = runtime.enter();
        let inner = Client::builder(TokioExecutor::new()).build(connector);
        let count = Arc::new(AtomicUsize::new(0));
        let authed = Authed {
            inner,
            authorization: basic(&account.user, &account.password),
            count: Arc::clone(&count),
        };
        Ok(Remote {
            dav: WebDavClient::new(uri, authed),
            url: account.url.clone(),
            runtime,
            count,
        })
    }

    /// Requests sent so far.
    pub fn requests(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }

    /// Runs one of libdav's calls to its end, or gives up after [`TIMEOUT`].
    pub(super) fn block<T>(
        &self,
        call: impl Future<Output = Result<T, DavError>>,
    ) -> Result<T, SyncError> {
        self.wait(call)?.map_err(|e| self.said(e))
    }

    /// Runs a call to its end, or gives up after [`TIMEOUT`].
    pub(super) fn wait<T>(&self, call: impl Future<Output = T>) -> Result<T, SyncError> {
        self.runtime
            .block_on(async { tokio::time::timeout(TIMEOUT, call).await })
            .map_err(|_| SyncError::unreachable(&self.url, "timed out".into()))
    }

    /// Runs futures side by side on the runtime (several PUTs at once), each to its end.
    pub(super) fn all<T: Send + 'static>(
        &self,
        calls: Vec<Pin<Box<dyn Future<Output = T> + Send + 'static>>>,
    ) -> Vec<T> {
        self.runtime.block_on(async {
            let mut set = tokio::task::JoinSet::new();
            for (at, call) in calls.into_iter().enumerate() {
                set.spawn(async move { (at, call.await) });
            }
            let mut out: Vec<(usize, T)> = Vec::new();
            while let Some(done) = set.join_next().await {
                if let Ok(done) = done {
                    out.push(done);
                }
            }
            out.sort_by_key(|(at, _)| *at);
            out.into_iter().map(|(_, t)| t).collect()
        })
    }

    /// What a failed call means to the person syncing.
    pub(super) fn said(&self, e: DavError) -> SyncError {
        use libdav::dav::{RequestError, WebDavError};
        match e {
            WebDavError::BadStatusCode(status) => self.status(status),
            WebDavError::Request(RequestError::Client(e)) => {
                SyncError::unreachable(&self.url, cause_of(&e))
            }
            WebDavError::Request(RequestError::Http(e)) => {
                SyncError::unreachable(&self.url, e.to_string())
            }
            other => SyncError::Server {
                url: self.url.clone(),
                said: other.to_string(),
            },
        }
    }

    pub(super) fn status(&self, status: StatusCode) -> SyncError {
        match status {
            StatusCode::UNAUTHORIZED => SyncError::WrongCredentials {
                url: self.url.clone(),
            },
            _ => SyncError::Server {
                url: self.url.clone(),
                said: status.to_string(),
            },
        }
    }
}

/// The innermost cause of a client error: "Connection refused (os error 111)".
pub(super) fn cause_of(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause: &(dyn std::error::Error + 'static) = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

fn basic(user: &str, password: &str) -> HeaderValue {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    let mut value = HeaderValue::from_str(&format!("Basic {token}"))
        .unwrap_or_else(|_| HeaderValue::from_static("Basic"));
    value.set_sensitive(true);
    value
}
