//! Test support: in-process fake translation APIs, each on its own background server thread,
//! a workspace driver for the real binary, and the external tools some tests use.

pub mod fake_deepl;
pub mod fake_google;
pub mod fake_libretranslate;
pub mod fake_microsoft;
pub mod fake_openai;
pub mod openapi;
pub mod postgres;
pub mod tools;
pub mod workspace;

use std::collections::VecDeque;
use std::net::{SocketAddr, TcpListener};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::http::HeaderMap;
use axum::Router;
use serde_json::Value;
use tokio::sync::oneshot;

/// How long in-flight requests (e.g. a `Delay` fault) may keep a dropped server alive.
const SHUTDOWN_GRACE: Duration = Duration::from_millis(500);

/// A running axum server on `127.0.0.1:<random port>`; stopped (and its thread joined) on drop.
pub struct TestServer {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Serves `router` from a new thread with its own multi-thread tokio runtime, so that the
    /// caller (a plain synchronous `#[test]`) can block on a subprocess meanwhile.
    pub fn start(router: Router) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).expect("set_nonblocking");
        let addr = listener.local_addr().expect("local_addr");
        let (stop, stop_rx) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name(format!("fake-server-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .expect("tokio runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                    let (stopping_tx, stopping_rx) = oneshot::channel::<()>();
                    let server = axum::serve(listener, router).with_graceful_shutdown(async move {
                        let _ = stop_rx.await;
                        let _ = stopping_tx.send(());
                    });
                    // Graceful shutdown waits for open connections; don't let a slow one hang drop.
                    tokio::select! {
                        _ = server => {}
                        _ = async {
                            if stopping_rx.await.is_ok() {
                                tokio::time::sleep(SHUTDOWN_GRACE).await;
                            }
                        } => {}
                    }
                });
                rt.shutdown_timeout(Duration::from_millis(100));
            })
            .expect("spawn server thread");
        Self {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A fake's state, shared by its handlers and the test.
pub type Shared<S> = Arc<Mutex<S>>;

/// Locks a fake's state; a handler that panicked poisons it, which fails the test.
pub fn lock<S>(state: &Mutex<S>) -> MutexGuard<'_, S> {
    state.lock().expect("fake server state poisoned")
}

/// A fake server: its state `S` (which keeps a [`Recorder`]) and the server running its
/// handlers; stops when dropped. Each fake adds its own `start` and knobs in an
/// `impl Fake<ItsState>`.
pub struct Fake<S> {
    state: Shared<S>,
    server: TestServer,
}

/// A fake's state that records what the fake received.
pub trait Records {
    fn recorder(&self) -> &Recorder;
}

impl<S: Send + 'static> Fake<S> {
    /// Serves `router` with `state` as the state of its handlers.
    pub fn serve(state: S, router: Router<Shared<S>>) -> Self {
        let state = Arc::new(Mutex::new(state));
        let server = TestServer::start(router.with_state(state.clone()));
        Self { state, server }
    }

    /// Base URL, e.g. `http://127.0.0.1:41234`; the client appends the API's paths.
    pub fn url(&self) -> String {
        self.server.url()
    }

    fn lock(&self) -> MutexGuard<'_, S> {
        lock(&self.state)
    }
}

impl<S: Records + Send + 'static> Fake<S> {
    fn recorded<R>(&self, f: impl FnOnce(&Recorder) -> R) -> R {
        f(self.lock().recorder())
    }

    /// Translate requests received, faulted or invalid ones included.
    pub fn translate_requests(&self) -> usize {
        self.recorded(|r| r.received.len())
    }

    /// Requests answered with a correct translation response.
    pub fn successful_requests(&self) -> usize {
        self.recorded(|r| r.successful)
    }

    /// Source texts of all successful requests, in order, as sent (markup included).
    pub fn texts(&self) -> Vec<String> {
        self.recorded(|r| r.texts.clone())
    }

    /// Characters billed over all successful requests.
    pub fn billed_chars(&self) -> usize {
        self.recorded(|r| r.billed_chars)
    }

    /// Body of the latest translate request as JSON (`Null` if none yet or not JSON).
    pub fn last_body(&self) -> Value {
        self.recorded(|r| r.received.last().map_or(Value::Null, |q| q.body.clone()))
    }

    /// Every translate request body as JSON (`Null` where it was not JSON).
    pub fn bodies(&self) -> Vec<Value> {
        self.recorded(|r| r.received.iter().map(|q| q.body.clone()).collect())
    }

    /// The query string of every translate request.
    pub fn queries(&self) -> Vec<String> {
        self.recorded(|r| r.received.iter().map(|q| q.query.clone()).collect())
    }

    /// The query string of the latest translate request.
    pub fn last_query(&self) -> String {
        self.recorded(|r| {
            r.received
                .last()
                .map(|q| q.query.clone())
                .unwrap_or_default()
        })
    }

    /// Headers of every translate request, as `(lowercase name, value)` pairs.
    pub fn headers_seen(&self) -> Vec<Vec<(String, String)>> {
        self.recorded(|r| r.received.iter().map(|q| q.headers.clone()).collect())
    }
}

impl<S: Records + Send + 'static> Fake<S> {
    /// Queues a misbehaviour for the translate requests to come, before the fake's own faults.
    pub fn misbehave(&self, hostile: Hostile) {
        self.recorded(|r| lock(&r.hostile).push_back(hostile));
    }

    /// Forgets the misbehaviours still queued: the fake answers well from now on.
    pub fn calm(&self) {
        self.recorded(|r| lock(&r.hostile).clear());
    }
}

/// A misbehaviour every fake can show in place of its answer, so that the hostile-server suite
/// runs one table against every API: the test writes the API's wire format into `Reply`, and
/// each fake only hands the request over to [`Recorder::hostile_reply`].
#[derive(Clone, Debug)]
pub enum Hostile {
    /// The fake answers as it would: lets a fault hit a later request.
    Pass,
    /// This status, these headers and this body, as they are.
    Reply {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// 200 with an HTML page echoing the request (its query, headers and body: the key among
    /// them wherever the API carries it), as a misconfigured proxy's debug page does.
    Echo,
    /// 200 streaming this many bytes of JSON-looking padding.
    Huge(usize),
}

/// What a fake received and answered, the same for every fake: each translate request's
/// headers, query and body in arrival order, and what it answered successfully.
#[derive(Default)]
pub struct Recorder {
    received: Vec<Received>,
    successful: usize,
    texts: Vec<String>,
    billed_chars: usize,
    /// Misbehaviours queued by [`Fake::misbehave`], oldest first.
    hostile: Mutex<VecDeque<Hostile>>,
}

struct Received {
    /// `(lowercase name, value)` pairs, in arrival order.
    headers: Vec<(String, String)>,
    query: String,
    /// `Null` when the body is not JSON.
    body: Value,
}

impl Recorder {
    /// Records a translate request; returns how many were received so far.
    pub fn receive(&mut self, headers: &HeaderMap, query: Option<&str>, body: &[u8]) -> usize {
        let headers = headers
            .iter()
            .map(|(k, v)| {
                let value = String::from_utf8_lossy(v.as_bytes()).into_owned();
                (k.as_str().to_owned(), value)
            })
            .collect();
        self.received.push(Received {
            headers,
            query: query.unwrap_or_default().to_owned(),
            body: serde_json::from_slice(body).unwrap_or(Value::Null),
        });
        self.received.len()
    }

    /// Records a successful answer to `texts`, billed `billed_chars`; returns how many
    /// requests were answered so far.
    pub fn answered(&mut self, texts: &[String], billed_chars: usize) -> usize {
        self.successful += 1;
        self.texts.extend(texts.iter().cloned());
        self.billed_chars += billed_chars;
        self.successful
    }

    /// A successful answer billed by the characters of its texts.
    pub fn answered_texts(&mut self, texts: &[String]) -> usize {
        let chars = texts.iter().map(|t| t.chars().count()).sum();
        self.answered(texts, chars)
    }

    pub fn billed_chars(&self) -> usize {
        self.billed_chars
    }

    /// Bills an answer sent with a success status that the client cannot use (cut short, a
    /// translation missing): the service has done the work and bills it as any other.
    pub fn billed_unusable(&mut self, billed_chars: usize) {
        self.billed_chars += billed_chars;
    }

    /// The response of the oldest queued [`Hostile`] misbehaviour to the request received last,
    /// if one is queued and it is not [`Hostile::Pass`]: the fake sends it instead of its own.
    pub fn hostile_reply(&self) -> Option<axum::response::Response> {
        use axum::response::IntoResponse;
        let hostile = lock(&self.hostile).pop_front()?;
        Some(match hostile {
            Hostile::Pass => return None,
            Hostile::Reply {
                status,
                headers,
                body,
            } => {
                let mut response = axum::response::Response::new(axum::body::Body::from(body));
                *response.status_mut() = axum::http::StatusCode::from_u16(status)
                    .expect("a valid status in the hostile table");
                for (name, value) in headers {
                    let value = axum::http::HeaderValue::from_str(&value)
                        .expect("a valid header value in the hostile table");
                    response.headers_mut().insert(name, value);
                }
                response
            }
            Hostile::Echo => {
                let request = self.received.last().expect("a request was received");
                let headers: String = request
                    .headers
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}\n"))
                    .collect();
                let page = format!(
                    "<html><pre>?{}\n{headers}\n{}</pre></html>",
                    request.query, request.body
                );
                ([("content-type", "text/html")], page).into_response()
            }
            Hostile::Huge(size) => {
                let chunk = axum::body::Bytes::from(vec![b' '; 64 * 1024]);
                let chunks = size / chunk.len() + 1;
                let stream = futures::stream::iter(
                    std::iter::repeat_n(chunk, chunks).map(Ok::<_, std::io::Error>),
                );
                axum::body::Body::from_stream(stream).into_response()
            }
        })
    }
}

/// A response that never reaches the client: its body fails before the first byte, so hyper
/// closes the connection without flushing the already-buffered status line and headers.
/// The client sees "connection closed before message completed".
pub fn drop_connection() -> axum::response::Response {
    let failing = futures::stream::once(async {
        Err::<axum::body::Bytes, std::io::Error>(std::io::Error::other("fake: drop connection"))
    });
    axum::response::Response::new(axum::body::Body::from_stream(failing))
}

/// The text with every `[[…]]` token gone, as an engine that loses placeholders answers (no
/// engine here documents that it keeps them).
pub fn lose_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        out.push_str(&rest[..start]);
        match rest[start..].find("]]") {
            Some(end) => rest = &rest[start + end + 2..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The built-in provider profile `name` (`microsoft`, `libretranslate` …) resolved the way a
/// run resolves it, pointed at `endpoint`, its key variable holding `key`.
pub fn built_in_profile(
    name: &str,
    endpoint: &str,
    key: Option<&str>,
) -> bitext::provider::registry::Profile {
    let overrides = bitext::config::Overrides {
        to: Some(vec!["en".into()]),
        provider: Some(name.into()),
        endpoint: Some(endpoint.into()),
        ..Default::default()
    };
    bitext::config::Loaded::default()
        .resolve(&overrides, &|_| key.map(str::to_string))
        .expect("the built-in profile resolves")
        .provider
}

/// Every file under a folder, at any depth.
pub fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .collect()
}
