//! Writes of the database, measured on this machine by `benchmark storage`
//! (`scripts/benchmark-storage.sh`) on a state of a consortium's size (`scripts/storage-state.py`).
//!
//! DATE: 2026-12-07 (Y/M/D), CPU: `Intel(R) Xeon(R) Processor`, benchmark CLI 64.0.0
//! DATABASE: `ParityDb`, STATE: `HealthChain Development (storage benchmark state)`, BLOCK: `Number(0)`, STATE-VERSION: `V1`
//! BATCH-SIZE: `5000`, WARMUPS: `1`, PROOF RECORDER: `on`
//! WEIGHT: the `Average` × `1.1` + `0` ns
//!
//! Executed command:
//!   /root/.cache/healthchain/storage-bench/healthchain-node
//!   benchmark
//!   storage
//!   --chain
//!   /root/.cache/healthchain/storage-bench/state-writes.json
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
//!   runtime/src/weights/paritydb_write.rs
//!   --skip-read
//!   --batch-size
//!   5000
//!   --json-write-path
//!   /root/.cache/healthchain/storage-bench/

use frame_support::weights::constants::WEIGHT_REF_TIME_PER_NANOS;

/// One write of a storage item to `ParityDb`, with its share of the new storage root and of the
/// commit, as a collator building or a node importing a block pays it. Statistics over the
/// batches' per-key averages: min, max 25_494, 204_663 ns;
/// average 38_366, median 31_312, std-dev 22526.92; 75th, 95th, 99th
/// percentiles 38_119, 95_613, 140_098 ns.
pub const WRITE: u64 = 42_203 * WEIGHT_REF_TIME_PER_NANOS;
