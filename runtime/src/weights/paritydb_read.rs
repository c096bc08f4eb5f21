//! Reads of the database, measured on this machine by `benchmark storage`
//! (`scripts/benchmark-storage.sh`) on a state of a consortium's size (`scripts/storage-state.py`).
//!
//! DATE: 2026-12-07 (Y/M/D), CPU: `Intel(R) Xeon(R) Processor`, benchmark CLI 64.0.0
//! DATABASE: `ParityDb`, STATE: `HealthChain Development (storage benchmark state)`, BLOCK: `Number(0)`, STATE-VERSION: `V1`
//! BATCH-SIZE: `100000`, WARMUPS: `1`, PROOF RECORDER: `on`
//! WEIGHT: the `Average` × `1.1` + `0` ns
//!
//! Executed command:
//!   /root/.cache/healthchain/storage-bench/healthchain-node
//!   benchmark
//!   storage
//!   --chain
//!   /root/.cache/healthchain/storage-bench/state.json
//!   --base-path
//!   /root/.cache/healthchain/storage-bench/db
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
//!   runtime/src/weights/paritydb_read.rs
//!   --skip-write
//!   --json-read-path
//!   /root/.cache/healthchain/storage-bench/

use frame_support::weights::constants::WEIGHT_REF_TIME_PER_NANOS;

/// One read of a storage item from `ParityDb`, as a collator building or a node importing a block
/// pays it. Per key: min, max 2_411, 24_786_612 ns; average
/// 16_593, median 14_895, std-dev 83443.85; 75th, 95th, 99th percentiles
/// 17_015, 22_505, 33_354 ns.
pub const READ: u64 = 18_253 * WEIGHT_REF_TIME_PER_NANOS;
