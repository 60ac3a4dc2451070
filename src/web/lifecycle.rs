//! Draining: after SIGTERM an instance keeps serving for a while, but says it
//! is not ready (`/healthz` answers 503) and closes every connection after its
//! response, so that a load balancer stops sending it requests and holds no
//! kept-alive connection to it when it stops. See `startup::Running::serve`;
//! the connection is closed by `security::ResponseHeaders`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

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
