//! Reads of the database, measured on this machine by `benchmark storage`
//! (`scripts/benchmark-storage.sh`) on a state of a consortium's size (`scripts/storage-state.py`).
//!
//! DATE: 2026-12-02 (Y/M/D), CPU: `AMD EPYC`, benchmark CLI 64.0.0
//! DATABASE: `ParityDb`, STATE: `HealthChain Development (storage benchmark state)`, BLOCK: `Number(0)`, STATE-VERSION: `V1`
//! WARMUPS: `1`, PROOF RECORDER: `on`, 5,011,126 keys read once each
//! WEIGHT: the `Average` × `1.1` + `0` ns
//!
//! The read half of one run that measured reads and writes (its writes, rewriting empty values
//! and in batches of 100,000, were replaced by `paritydb_write.rs`); this file was written from
//! that run's output in the layout `scripts/storage-weight-template.hbs` gives. Executed command:
//!   /root/.cache/healthchain/storage-bench/healthchain-node
//!   benchmark
//!   storage
//!   --chain
//!   /root/.cache/healthchain/storage-bench/state.json
//!   --base-path
//!   /root/.cache/healthchain/storage-bench/db-import-block
//!   --database
//!   paritydb
//!   --state-version
//!   1
//!   --mode
//!   import-block
//!   --mul
//!   1.1
//!   --random-seed
//!   18
//!   --template-path
//!   scripts/storage-weight-template.hbs
//!   --weight-path
//!   runtime/src/weights/
//!   --json-read-path
//!   /root/.cache/healthchain/storage-bench/
//!   --json-write-path
//!   /root/.cache/healthchain/storage-bench/

use frame_support::weights::constants::WEIGHT_REF_TIME_PER_NANOS;

/// One read of a storage item from `ParityDb`, as a collator building or a node importing a block
/// pays it. Per key: min, max 1_412, 24_217_761 ns; average
/// 15_509, median 13_730, std-dev 81484.07; 75th, 95th, 99th percentiles
/// 15_913, 20_140, 27_922 ns.
pub const READ: u64 = 17_060 * WEIGHT_REF_TIME_PER_NANOS;
