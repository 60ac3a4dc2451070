//! `residence-card-guide` serves the guide; `residence-card-guide flow` prints
//! the flow graph or decision table (see `--help`).

use std::process::ExitCode;

use residence_card_guide::{content, flow, healthcheck, startup, telemetry, version};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => serve(),
        Some("flow") => flow::cli(&args[1..]),
        Some("content") => content::cli(&args[1..]),
        // For a container HEALTHCHECK without curl: GET /healthz on HOST:PORT.
        Some("healthcheck") => healthcheck::cli(),
        Some("-V" | "--version") => {
            println!("{}", version::line());
            ExitCode::SUCCESS
        }
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
    if let Err(error) = telemetry::init() {
        eprintln!("residence-card-guide: {error}");
        return ExitCode::from(startup::EX_CONFIG);
    }
    match startup::serve().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("the server did not start or stopped: {error}");
            eprintln!("residence-card-guide: {error}");
            error.exit_code()
        }
    }
}
