//! A raw HTTP/1.1 client over TCP: requests built byte by byte, so that no
//! client normalizes the path, fixes a header or frames the body for us, and
//! responses read as they came over the wire. Used by the hostile-input tests.

use std::time::Duration;

use residence_card_guide::answer_cookie::COOKIE_NAME;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::TestApp;

/// One response as it came over the wire.
pub struct RawResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `lang` of the page's `<html>`, if it is one of our pages.
    pub fn html_lang(&self) -> Option<String> {
        let html = scraper::Html::parse_document(&self.body);
        let selector = scraper::Selector::parse("html[lang]").unwrap();
        let lang = html.select(&selector).next()?.value().attr("lang")?;
        Some(lang.to_owned())
    }

    /// The values of the checked radios: the saved answer the page shows.
    pub fn checked(&self) -> Vec<String> {
        let html = scraper::Html::parse_document(&self.body);
        let selector = scraper::Selector::parse("input[checked]").unwrap();
        html.select(&selector)
            .filter_map(|e| e.value().attr("value").map(str::to_owned))
            .collect()
    }

    /// Whether the response sets (or deletes) the answer cookie.
    pub fn touches_the_cookie(&self) -> bool {
        self.headers.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case("set-cookie") && v.starts_with(&format!("{COOKIE_NAME}="))
        })
    }
}

/// A request built byte by byte. `Host`, `Connection: close` and (when there
/// is a body and no framing header was given) `Content-Length` are added.
#[derive(Clone)]
pub struct Raw {
    head: Vec<u8>,
    headers: Vec<u8>,
    body: Vec<u8>,
    framed: bool,
    /// Close our sending side after the body (the body is cut short).
    half_close: bool,
}

impl Raw {
    pub fn new(method: &str, target: impl AsRef<[u8]>) -> Raw {
        let mut head = format!("{method} ").into_bytes();
        head.extend_from_slice(target.as_ref());
        head.extend_from_slice(b" HTTP/1.1\r\n");
        Raw {
            head,
            headers: Vec::new(),
            body: Vec::new(),
            framed: false,
            half_close: false,
        }
    }

    pub fn header(mut self, name: &str, value: impl AsRef<[u8]>) -> Raw {
        if name.eq_ignore_ascii_case("content-length")
            || name.eq_ignore_ascii_case("transfer-encoding")
        {
            self.framed = true;
        }
        self.headers.extend_from_slice(name.as_bytes());
        self.headers.extend_from_slice(b": ");
        self.headers.extend_from_slice(value.as_ref());
        self.headers.extend_from_slice(b"\r\n");
        self
    }

    /// A same-origin form post, as a browser sends it.
    pub fn form(self, body: impl AsRef<[u8]>) -> Raw {
        self.header("Content-Type", "application/x-www-form-urlencoded")
            .header("Sec-Fetch-Site", "same-origin")
            .body(body)
    }

    pub fn body(mut self, body: impl AsRef<[u8]>) -> Raw {
        self.body = body.as_ref().to_vec();
        self
    }

    pub fn half_close(mut self) -> Raw {
        self.half_close = true;
        self
    }

    fn bytes(&self, address: &str) -> Vec<u8> {
        let mut out = self.head.clone();
        out.extend_from_slice(format!("Host: {address}\r\nConnection: close\r\n").as_bytes());
        out.extend_from_slice(&self.headers);
        if !self.framed && (!self.body.is_empty() || self.head.starts_with(b"POST")) {
            out.extend_from_slice(format!("Content-Length: {}\r\n", self.body.len()).as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&self.body);
        out
    }

    /// Sends the request and reads the whole answer (the server closes).
    pub async fn send(&self, app: &TestApp) -> RawResponse {
        let address = app.address.trim_start_matches("http://");
        let bytes = self.bytes(address);
        let half_close = self.half_close;
        let stream = TcpStream::connect(address).await.expect("connect");
        let (mut reader, mut writer) = stream.into_split();
        // Write on the side: the server may answer (413) before reading it all.
        let writing = tokio::spawn(async move {
            let _ = writer.write_all(&bytes).await;
            if half_close {
                let _ = writer.shutdown().await;
            }
            writer
        });
        let mut answer = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(20), reader.read_to_end(&mut answer));
        match read.await {
            Ok(Ok(_)) => {}
            // A reset after the answer arrived (the server closed with our
            // unread bytes in its buffer) still leaves the answer readable.
            Ok(Err(_)) if !answer.is_empty() => {}
            Ok(Err(error)) => panic!("reading the answer failed: {error}"),
            Err(_) => panic!("no answer within 20 s"),
        }
        drop(writing.await);
        parse(&answer)
    }
}

fn parse(answer: &[u8]) -> RawResponse {
    let end = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(answer)));
    let head = String::from_utf8_lossy(&answer[..end]);
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = answer[end + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    RawResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&rest[..line_end])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = line_end + 2;
        out.extend_from_slice(&rest[start..(start + size).min(rest.len())]);
        rest = &rest[(start + size + 2).min(rest.len())..];
    }
    out
}

/// Sends `bytes` as they are and reads the whole answer (20 s at most).
pub async fn send_bytes(app: &TestApp, bytes: &[u8]) -> RawResponse {
    let address = app.address.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(bytes).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut answer))
        .await
        .expect("an answer");
    parse(&answer)
}
