//! Test support: in-process fake translation APIs, each on its own background server thread,
//! a workspace driver for the real binary, and the external tools some tests use.

pub mod fake_deepl;
pub mod fake_google;
pub mod fake_libretranslate;
pub mod fake_microsoft;
pub mod fake_openai;
pub mod tools;
pub mod workspace;

use std::net::{SocketAddr, TcpListener};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::http::HeaderMap;
use axum::Router;
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

/// All request headers as `(lowercase name, value)` pairs, in arrival order.
pub fn header_pairs(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(k, v)| {
            let value = String::from_utf8_lossy(v.as_bytes()).into_owned();
            (k.as_str().to_owned(), value)
        })
        .collect()
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
