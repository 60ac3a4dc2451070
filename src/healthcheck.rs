//! `residence-card-guide healthcheck`: asks the server on this machine for
//! `/healthz` and exits 0 when it answers 200, 1 otherwise.
//!
//! For a container `HEALTHCHECK` in an image without a shell or curl
//! (distroless); Kubernetes probes `/healthz` over HTTP and needs none of this.
//! Reads `HOST` and `PORT` as the server does (`0.0.0.0` or `::` means this
//! machine). Plain HTTP/1.1 over std's TCP: no dependencies, 2 s at most.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::process::ExitCode;
use std::time::Duration;

use crate::config::Address;

const TIMEOUT: Duration = Duration::from_secs(2);

/// The subcommand.
pub fn cli() -> ExitCode {
    let address = match Address::from_lookup(&|name| std::env::var(name).ok()) {
        Ok(address) => address,
        Err(error) => {
            eprintln!("residence-card-guide healthcheck: {error}");
            return ExitCode::FAILURE;
        }
    };
    match probe(&address) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("residence-card-guide healthcheck: {why}");
            ExitCode::FAILURE
        }
    }
}

/// `GET /healthz` on the server's address; `Ok` when the answer is `200`.
pub fn probe(address: &Address) -> Result<(), String> {
    // A server on every interface is asked on loopback.
    let host = match address.host.trim() {
        "0.0.0.0" | "" => "127.0.0.1",
        "::" | "[::]" => "::1",
        other => other,
    };
    let port = address.port;
    let address: SocketAddr = (host, port)
        .to_socket_addrs()
        .map_err(|e| format!("{host}:{port}: {e}"))?
        .next()
        .ok_or_else(|| format!("{host}:{port}: no address"))?;
    let mut stream =
        TcpStream::connect_timeout(&address, TIMEOUT).map_err(|e| format!("{address}: {e}"))?;
    stream
        .set_read_timeout(Some(TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(TIMEOUT)))
        .map_err(|e| e.to_string())?;
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .map_err(|e| format!("{address}: {e}"))?;
    let mut head = [0u8; 12];
    stream
        .read_exact(&mut head)
        .map_err(|e| format!("{address}: {e}"))?;
    if head.starts_with(b"HTTP/1.1 200") || head.starts_with(b"HTTP/1.0 200") {
        Ok(())
    } else {
        Err(format!(
            "{address}: answered {:?}",
            String::from_utf8_lossy(&head)
        ))
    }
}
