//! Building and starting the server. Tests call [`run`] with a listener on
//! port 0; `main` calls [`serve`], and [`StartError::exit_code`] is the one
//! place a failed start becomes an exit code.

use std::net::TcpListener;
use std::process::ExitCode;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};

use crate::config::{ConfigError, KeySource, Settings};
use crate::web::{routes, security};

/// Exit code for a configuration error (`EX_CONFIG` in BSD's `sysexits.h`).
pub const EX_CONFIG: u8 = 78;
/// Exit code when the address cannot be listened on (`EX_UNAVAILABLE`).
pub const EX_UNAVAILABLE: u8 = 69;
/// Exit code for a failure inside the server (`EX_SOFTWARE`).
pub const EX_SOFTWARE: u8 = 70;

/// Why the server did not start, or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error("cannot listen on {address}: {source}")]
    Listen {
        address: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Server(std::io::Error),
}

impl StartError {
    /// The process's exit code for this error.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            StartError::Config(_) => EX_CONFIG,
            StartError::Listen { .. } => EX_UNAVAILABLE,
            StartError::Server(_) => EX_SOFTWARE,
        })
    }
}

/// Reads the settings, listens, and serves until SIGTERM/SIGINT.
pub async fn serve() -> Result<(), StartError> {
    let settings = Settings::from_env()?;
    if settings.key_source == KeySource::Generated {
        tracing::warn!(
            "COOKIE_KEY is not set: using a random key. Saved answers will not survive \
             a restart and other instances cannot read them. Set COOKIE_KEY in production."
        );
    }
    let address = &settings.address;
    let listener = TcpListener::bind((address.host.as_str(), address.port)).map_err(|source| {
        StartError::Listen {
            address: format!("{}:{}", address.host, address.port),
            source,
        }
    })?;
    if let Ok(local) = listener.local_addr() {
        tracing::info!("listening on http://{local}/");
    }
    run(listener, &settings)
        .map_err(StartError::Server)?
        .await
        .map_err(StartError::Server)
}

/// Starts the server on `listener`. The returned [`Server`] runs until it is
/// stopped or the process gets SIGTERM/SIGINT; then it stops accepting, lets
/// in-flight requests finish (up to 10 s) and returns.
pub fn run(listener: TcpListener, settings: &Settings) -> std::io::Result<Server> {
    crate::i18n::init().map_err(std::io::Error::other)?;
    let cookie = web::Data::new(settings.answer_cookie());
    let env = settings.env;
    let server = HttpServer::new(move || {
        App::new()
            .app_data(cookie.clone())
            .wrap(security::headers(env))
            .wrap(crate::telemetry::request_logger())
            .configure(routes)
    })
    .shutdown_timeout(10)
    .client_request_timeout(Duration::from_secs(10))
    .listen(listener)?
    .run();
    Ok(server)
}
