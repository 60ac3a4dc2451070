//! Building and starting the server. Tests call [`run`] with a listener on
//! port 0; `main` calls [`serve`], and [`StartError::exit_code`] is the one
//! place a failed start becomes an exit code.

use std::future::ready;
use std::net::TcpListener;
use std::num::NonZeroUsize;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use actix_http::error::DispatchError;
use actix_http::{HttpService, Request, Response};
use actix_service::{
    IntoServiceFactory, ServiceFactory, ServiceFactoryExt, fn_service, map_config,
};
use actix_web::body::MessageBody;
use actix_web::dev::{AppConfig, Server};
use actix_web::http::header::CONTENT_TYPE;
use actix_web::{App, HttpResponse, HttpServer, web};
use tokio::net::TcpStream;
use tokio::signal::unix::{SignalKind, signal};

use crate::config::{Address, AppEnv, ConfigError, KeySource, Settings};
use crate::connection::{
    ConnectionLimits, Guarded, HEAD_TIMEOUT, KEEP_ALIVE, MAX_CONNECTIONS, WRITE_BUFFER, report,
};
use crate::metrics::{ConnectionCounts, Metrics};
use crate::web::cache::{PageStore, Pages};
use crate::web::href::route_patterns;
use crate::web::lifecycle::Lifecycle;
use crate::web::routes;
use crate::web::security::ResponseHeaders;

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

/// Reads the settings, listens, and serves until SIGTERM (after draining) or
/// SIGINT.
pub async fn serve() -> Result<(), StartError> {
    let settings = Settings::from_env()?;
    log_mode(&settings);
    let public = bind(&settings.address)?;
    let metrics = settings.metrics.as_ref().map(bind).transpose()?;
    if let Ok(local) = public.local_addr() {
        tracing::info!("listening on http://{local}/");
        let origin = settings.public_origin.resolve(local);
        tracing::info!("same-origin form posts must come from {origin} (PUBLIC_ORIGIN)");
    }
    if let Some(Ok(local)) = metrics.as_ref().map(TcpListener::local_addr) {
        tracing::info!("metrics on http://{local}/metrics");
    }
    run(Listeners { public, metrics }, &settings)
        .map_err(StartError::Server)?
        .serve()
        .await
        .map_err(StartError::Server)
}

/// Says at start which mode runs, and warns when the settings look meant for
/// another: a key set in development (a production key on an instance whose
/// cookies are not `Secure`), or no key at all.
fn log_mode(settings: &Settings) {
    let env = settings.env.name();
    tracing::info!(app_env = env, "starting in {env} mode (APP_ENV)");
    match (settings.env, settings.key_source) {
        (AppEnv::Development, KeySource::Configured) => tracing::warn!(
            "COOKIE_KEY is set but APP_ENV is not production, so this instance runs in \
             development mode: its answer cookie is not Secure, goes over plain HTTP, and \
             production instances do not read it. Set APP_ENV=production \
             when the guide is served over HTTPS."
        ),
        (AppEnv::Development, KeySource::Generated) => tracing::warn!(
            "COOKIE_KEY is not set: using a random key. Saved answers will not survive \
             a restart and other instances cannot read them. Set COOKIE_KEY in production."
        ),
        (AppEnv::Production, _) => {}
    }
}

fn bind(address: &Address) -> Result<TcpListener, StartError> {
    TcpListener::bind((address.host.as_str(), address.port)).map_err(|source| StartError::Listen {
        address: format!("{}:{}", address.host, address.port),
        source,
    })
}

/// Where the server listens: the guide, and its metrics (none when off).
pub struct Listeners {
    pub public: TcpListener,
    pub metrics: Option<TcpListener>,
}

/// A started server: the guide's, and the metrics' when on.
pub struct Running {
    public: Server,
    metrics: Option<Server>,
    lifecycle: Lifecycle,
    drain: Duration,
}

/// Starts the servers on `listeners`. Call [`Running::serve`] to run them.
pub fn run(listeners: Listeners, settings: &Settings) -> std::io::Result<Running> {
    crate::i18n::init().map_err(std::io::Error::other)?;
    crate::operator::install(settings.operator.clone()).map_err(std::io::Error::other)?;
    let cookie = settings.answer_cookie();
    let origin = web::Data::new(
        settings
            .public_origin
            .resolve(listeners.public.local_addr()?),
    );
    // The pages of this origin, rendered once each.
    let pages = Pages(PageStore::of(&origin));
    let metrics = web::Data::new(match listeners.metrics {
        Some(_) => Metrics::on(route_patterns(), settings.keys.ids()),
        None => Metrics::off(),
    });
    let lifecycle = Lifecycle::default();
    let env = settings.env;
    let public = {
        let connections = metrics.connections();
        let (metrics, lifecycle) = (metrics.clone(), lifecycle.clone());
        let app = move || {
            App::new()
                // Each worker its own copy: no reference count shared by the
                // workers' threads is touched for every request.
                .app_data(web::Data::new(cookie.clone()))
                .app_data(origin.clone())
                .app_data(pages)
                // Each worker counts into its own counts (see `Metrics`).
                .app_data(web::Data::new(metrics.counts()))
                .app_data(web::Data::new(lifecycle.clone()))
                .wrap(ConnectionLimits)
                .wrap(ResponseHeaders::new(env, lifecycle.clone()))
                .wrap(crate::telemetry::request_logger())
                .configure(routes)
        };
        serve_guarded(listeners.public, app, connections)?
    };
    let metrics = match listeners.metrics {
        None => None,
        Some(listener) => Some(
            HttpServer::new(move || {
                App::new()
                    .app_data(metrics.clone())
                    .route("/metrics", web::get().to(scrape))
            })
            .workers(1)
            .disable_signals()
            .shutdown_timeout(1)
            .listen(listener)?
            .run(),
        ),
    };
    Ok(Running {
        public,
        metrics,
        lifecycle,
        drain: settings.drain,
    })
}

/// Serves `app` on `listener` as actix-web's `HttpServer` would (HTTP/1.1,
/// a worker per core, graceful shutdown), but with each accepted stream
/// wrapped in [`Guarded`] and at most [`MAX_CONNECTIONS`] open at once:
/// the limits of `crate::connection`. Signals are ours: see `Running::serve`.
fn serve_guarded<F, I, S, B>(
    listener: TcpListener,
    app: F,
    counts: Arc<ConnectionCounts>,
) -> std::io::Result<Server>
where
    F: Fn() -> I + Send + Clone + 'static,
    I: IntoServiceFactory<S, Request>,
    S: ServiceFactory<Request, Config = AppConfig, Error = actix_web::Error, InitError = ()>
        + 'static,
    S::Response: Into<Response<B>> + 'static,
    B: MessageBody + 'static,
{
    let workers = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let local = listener.local_addr()?;
    let builder = actix_server::Server::build()
        .workers(workers)
        // Per worker; a new connection goes to a worker with room.
        .max_concurrent_connections(MAX_CONNECTIONS.div_ceil(workers))
        .disable_signals()
        .shutdown_timeout(10);
    let shutdown = builder.graceful_shutdown_signal();
    let builder = builder.listen("guide", listener, move || {
        let counts = Arc::clone(&counts);
        let accepted = Arc::clone(&counts);
        let shutdown = shutdown.clone();
        let http = HttpService::<Guarded, _, B>::build()
            .graceful_shutdown_signal(move || {
                let shutdown = shutdown.clone();
                async move { shutdown.notified().await }
            })
            .keep_alive(KEEP_ALIVE)
            // `Guarded` answers a late head at HEAD_TIMEOUT; actix's own
            // timer, on the first head only, is a backstop behind it.
            .client_request_timeout(HEAD_TIMEOUT + Duration::from_secs(2))
            .client_disconnect_timeout(Duration::from_secs(1))
            .h1_write_buffer_size(WRITE_BUFFER)
            .local_addr(local)
            .on_connect_ext(|io: &Guarded, data| {
                data.insert(io.connection());
            })
            .h1(map_config(app(), |_| AppConfig::default()));
        fn_service(move |stream: TcpStream| {
            let guarded = Guarded::new(stream, Arc::clone(&accepted));
            ready(Ok::<_, DispatchError>((guarded, None)))
        })
        .and_then(http)
        .map_err(move |error| report(error, &counts))
    })?;
    Ok(builder.run())
}

/// `GET /metrics` on the metrics listener.
async fn scrape(metrics: web::Data<Metrics>) -> HttpResponse {
    match metrics.encode() {
        Some(text) => HttpResponse::Ok()
            .insert_header((CONTENT_TYPE, crate::metrics::CONTENT_TYPE))
            .body(text),
        None => HttpResponse::NotFound().finish(),
    }
}

impl Running {
    /// Serves until a signal. SIGTERM (a rolling restart): `/healthz` answers
    /// 503 and every response closes its connection for the drain period, so
    /// that a balancer that checks `/healthz` (Kubernetes readiness) takes the
    /// instance out, and none holds an idle connection to it when it stops;
    /// then it stops accepting, lets requests in flight finish (10 s at most)
    /// and returns. A balancer that does not check must retry a request whose
    /// connection fails at that moment (nginx: docs/operations.md, "Rolling
    /// restarts"). SIGINT (Ctrl-C): the same without the drain.
    pub async fn serve(self) -> std::io::Result<()> {
        let public = self.public.handle();
        let metrics = self.metrics.as_ref().map(Server::handle);
        let (lifecycle, drain) = (self.lifecycle, self.drain);
        let signals = async move {
            let mut terminate = signal(SignalKind::terminate())?;
            tokio::select! {
                _ = terminate.recv() => {
                    tracing::info!(drain_seconds = drain.as_secs(), "SIGTERM: draining, then stopping");
                    lifecycle.start_draining();
                    tokio::time::sleep(drain).await;
                }
                _ = tokio::signal::ctrl_c() => tracing::info!("SIGINT: stopping"),
            }
            tracing::info!("stopping: no new connections; finishing requests in flight");
            public.stop(true).await;
            if let Some(metrics) = metrics {
                metrics.stop(true).await;
            }
            Ok::<(), std::io::Error>(())
        };
        let servers = async move {
            match self.metrics {
                Some(metrics) => tokio::try_join!(self.public, metrics).map(|_| ()),
                None => self.public.await,
            }
        };
        tokio::select! {
            stopped = servers => stopped,
            signalled = signals => {
                signalled?;
                Ok(())
            }
        }
    }
}
