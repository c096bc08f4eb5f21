//! Pallet configurations, one file per concern.
//!
//! - [`system`]: `frame_system`, timestamp, parachain info, block weights and lengths.
//! - [`monetary`]: balances and transaction payment.
//! - [`consensus`]: parachain system, Aura, session, collator selection, authorship.
//! - [`governance`]: seats, referenda and their tracks, the scheduler, preimages, sudo.
//! - [`healthcare`]: the healthcare pallets (indices 50..59).

pub mod consensus;
pub mod governance;
pub mod healthcare;
pub mod monetary;
pub mod system;
