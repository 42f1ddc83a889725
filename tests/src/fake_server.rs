//! A fake Kaiko on 127.0.0.1 (hyper), for the client tests and the client example: it
//! serves whatever a route function answers, including bodies cut mid-stream and slow
//! answers.

use bytes::Bytes;
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper::{Request, Response};
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

/// What the server answers to one request.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Bytes,
    /// Send only this many bytes of `body`, then drop the connection.
    pub cut_after: Option<usize>,
    /// Wait this long before answering.
    pub delay: Option<Duration>,
}

impl Reply {
    /// A JSON answer.
    #[must_use]
    pub fn json(status: u16, body: impl Into<Bytes>) -> Self {
        Reply {
            status,
            headers: vec![("content-type", "application/json".to_owned())],
            body: body.into(),
            cut_after: None,
            delay: None,
        }
    }

    /// An HTML answer, as a proxy sends.
    #[must_use]
    pub fn html(status: u16, body: &'static str) -> Self {
        Reply {
            headers: vec![("content-type", "text/html".to_owned())],
            ..Reply::json(status, body)
        }
    }

    /// The same answer with one more header.
    #[must_use]
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

/// Starts the server on a free port of 127.0.0.1 in the current tokio runtime; it runs
/// until the runtime stops. `route` gets the path and query of each request.
///
/// # Panics
/// When no port of 127.0.0.1 can be bound.
pub async fn start(route: impl Fn(&str) -> Reply + Send + Sync + 'static) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("the bound address");
    let route = Arc::new(route);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let route = Arc::clone(&route);
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                    let path = request
                        .uri()
                        .path_and_query()
                        .map_or_else(String::new, ToString::to_string);
                    let reply = route(&path);
                    async move { Ok::<_, Infallible>(respond(reply).await) }
                });
                // A cut body ends the connection with an error: that is the point.
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    addr
}

async fn respond(reply: Reply) -> Response<CutBody> {
    if let Some(delay) = reply.delay {
        tokio::time::sleep(delay).await;
    }
    let mut response = Response::builder().status(reply.status);
    for (name, value) in &reply.headers {
        response = response.header(*name, value);
    }
    // The full length is announced even when the body is cut.
    response = response.header("content-length", reply.body.len().to_string());
    let sent = match reply.cut_after {
        Some(len) => reply.body.slice(..len.min(reply.body.len())),
        None => reply.body.clone(),
    };
    // A cut waits a moment after the data, so that the headers and the first bytes reach
    // the client before the connection drops.
    let cut = reply
        .cut_after
        .map(|_| Box::pin(tokio::time::sleep(Duration::from_millis(50))));
    response
        .body(CutBody {
            data: Some(sent),
            cut,
            len: reply.body.len() as u64,
        })
        .expect("a valid response")
}

/// A body that sends its data, then, if cut, fails instead of sending the rest.
pub struct CutBody {
    data: Option<Bytes>,
    cut: Option<Pin<Box<tokio::time::Sleep>>>,
    len: u64,
}

impl Body for CutBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        if let Some(data) = self.data.take() {
            return Poll::Ready(Some(Ok(Frame::data(data))));
        }
        if let Some(wait) = self.cut.as_mut() {
            if wait.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            self.cut = None;
            return Poll::Ready(Some(Err(std::io::Error::other("cut mid-stream"))));
        }
        Poll::Ready(None)
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.len)
    }
}
