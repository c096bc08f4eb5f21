//! Database weights measured on this machine by `benchmark storage` (`scripts/benchmark-storage.sh`),
//! on a state of a consortium's size (`scripts/storage-state.py`: 1M accounts, 1M records, 1M packs).
//!
//! DATE: 2026-12-02 (Y/M/D), CPU: `AMD EPYC`, benchmark CLI 64.0.0
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

use frame_support::{
	parameter_types,
	weights::{constants, RuntimeDbWeight},
};

parameter_types! {
	/// One read and one write of a storage item, `ParityDb` (a
	/// collator building or a node importing a block).
	pub const ParityDbWeight: RuntimeDbWeight = RuntimeDbWeight {
		// Read: min, max 1_412, 24_217_761 ns; average 15_509,
		// median 13_730, std-dev 81484.07; 75th, 95th, 99th percentiles
		// 15_913, 20_140, 27_922 ns.
		read: 17_060 * constants::WEIGHT_REF_TIME_PER_NANOS,
		// Write (per key, with its share of the storage root): min, max 20_967, 34_637 ns;
		// average 27_275, median 26_861, std-dev 2784.24; 75th, 95th,
		// 99th percentiles 28_933, 31_813, 34_637 ns.
		write: 30_003 * constants::WEIGHT_REF_TIME_PER_NANOS,
	};
}
