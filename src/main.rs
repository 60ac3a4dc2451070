//! `residence-card-guide` serves the guide; `residence-card-guide flow` prints
//! the flow graph or decision table (see `--help`).

use std::net::TcpListener;
use std::process::ExitCode;

use residence_card_guide::config::Settings;
use residence_card_guide::{flow, healthcheck, startup, telemetry};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => serve(),
        Some("flow") => flow::cli(&args[1..]),
        // For a container HEALTHCHECK without curl: GET /healthz on HOST:PORT.
        Some("healthcheck") => healthcheck::cli(),
        Some("-h" | "--help") => {
            println!("{}", flow::USAGE);
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("unknown command {other:?}\n\n{}", flow::USAGE);
            ExitCode::from(2)
        }
    }
}

#[actix_web::main]
async fn serve() -> ExitCode {
    telemetry::init();
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(error) => {
            tracing::error!("configuration error: {error}");
            eprintln!("residence-card-guide: {error}");
            return ExitCode::from(78);
        }
    };
    if settings.generated_key {
        tracing::warn!(
            "COOKIE_KEY is not set: using a random key. Saved answers will not survive \
             a restart and other instances cannot read them. Set COOKIE_KEY in production."
        );
    }
    let address = (settings.host.as_str(), settings.port);
    let listener = match TcpListener::bind(address) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!(
                "residence-card-guide: cannot listen on {}:{}: {error}",
                settings.host, settings.port
            );
            return ExitCode::FAILURE;
        }
    };
    if let Ok(local) = listener.local_addr() {
        tracing::info!("listening on http://{local}/");
    }
    match startup::run(listener, &settings) {
        Ok(server) => match server.await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                tracing::error!(%error, "server stopped with an error");
                ExitCode::FAILURE
            }
        },
        Err(error) => {
            eprintln!("residence-card-guide: {error}");
            ExitCode::FAILURE
        }
    }
}
