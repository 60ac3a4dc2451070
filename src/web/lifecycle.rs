//! Draining: after SIGTERM an instance keeps serving for a while, but says it
//! is not ready (`/healthz` answers 503) and closes every connection after its
//! response, so that a load balancer stops sending it requests and holds no
//! kept-alive connection to it when it stops. See `startup::Running::serve`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::ConnectionType;
use actix_web::middleware::Next;
use actix_web::{Error, web};

/// Whether this instance is draining. Shared by every worker.
#[derive(Debug, Clone, Default)]
pub struct Lifecycle(Arc<AtomicBool>);

impl Lifecycle {
    /// From now on: not ready, and every response closes its connection.
    pub fn start_draining(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_draining(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Middleware: while draining, every response closes its connection.
pub async fn close_when_draining(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let draining = req
        .app_data::<web::Data<Lifecycle>>()
        .is_some_and(|lifecycle| lifecycle.is_draining());
    let mut response = next.call(req).await?;
    if draining {
        response
            .response_mut()
            .head_mut()
            .set_connection_type(ConnectionType::Close);
    }
    Ok(response)
}
