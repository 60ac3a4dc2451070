//! Building and starting the server. Tests call [`run`] with a listener on port 0.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};

use crate::config::Settings;
use crate::web::{AppState, routes, security};

/// Starts the server on `listener`. The returned [`Server`] runs until it is
/// stopped or the process gets SIGTERM/SIGINT; then it stops accepting, lets
/// in-flight requests finish (up to 10 s) and returns.
pub fn run(listener: TcpListener, settings: &Settings) -> std::io::Result<Server> {
    crate::i18n::init().map_err(std::io::Error::other)?;
    let state = web::Data::new(AppState {
        keys: settings.keys.clone(),
        secure_cookie: settings.production,
    });
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .wrap(security::headers())
            .wrap(crate::telemetry::request_logger())
            .configure(routes)
    })
    .shutdown_timeout(10)
    .client_request_timeout(Duration::from_secs(10))
    .listen(listener)?
    .run();
    Ok(server)
}
