//! Weights of `pallet_records`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-11-30. Steps `50`, repeat `20`,
//! wasm execution `Compiled`, DB cache 1024 MiB.
//! Machine `vm`, CPU `AMD EPYC`.
//!
//! Do not edit by hand: change the benchmarks and run the script again.
//!
//! NOTE (2026-12): `erase`, `log_access` and the new `prune_access_log` were edited by hand after
//! the access-log deposit, version removal on erasure and per-version depositors changed the
//! benchmarks; the figures are estimates until `scripts/benchmark.sh pallet_records` runs again.

// Executed command:
// /root/.cache/healthchain/target/testnet/healthchain-node
// benchmark
// pallet
// --runtime
// /root/.cache/healthchain/target/bench-wasm/wasm32v1-none/release/healthchain_runtime.wasm
// --genesis-builder
// runtime
// --genesis-builder-preset
// development
// --pallet
// pallet_records
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --template
// scripts/frame-weight-template.hbs
// --output
// pallets/records/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_records`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `anchor`.
	fn anchor() -> Weight;
	/// The weight of `anchor_version`.
	fn anchor_version() -> Weight;
	/// The weight of `mark_entered_in_error`.
	fn mark_entered_in_error() -> Weight;
	/// The weight of `erase`.
	fn erase(v: u32, ) -> Weight;
	/// The weight of `anchor_batch`.
	fn anchor_batch() -> Weight;
	/// The weight of `log_access`.
	fn log_access() -> Weight;
	/// The weight of `prune_access_log`, removing `n` entries.
	fn prune_access_log(n: u32, ) -> Weight;
}

/// Weights measured on the project's machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Records::Records` (r:1 w:1)
	/// Proof: `Records::Records` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Records::Versions` (r:0 w:1)
	/// Proof: `Records::Versions` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	fn anchor() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1325`
		//  Estimated: `3802`
		// Minimum execution time: 155_020_000 picoseconds.
		Weight::from_parts(160_147_000, 3802)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Records::Records` (r:1 w:1)
	/// Proof: `Records::Records` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Records::Versions` (r:1 w:2)
	/// Proof: `Records::Versions` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	fn anchor_version() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2374`
		//  Estimated: `3802`
		// Minimum execution time: 166_387_000 picoseconds.
		Weight::from_parts(175_720_000, 3802)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Records::Records` (r:1 w:0)
	/// Proof: `Records::Records` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Records::Versions` (r:1 w:1)
	/// Proof: `Records::Versions` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	fn mark_entered_in_error() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1106`
		//  Estimated: `3619`
		// Minimum execution time: 50_936_000 picoseconds.
		Weight::from_parts(53_619_000, 3619)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Records::Records` (r:1 w:1)
	/// Proof: `Records::Records` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Records::Versions` (r:64 w:64)
	/// Proof: `Records::Versions` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:64 w:64)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[1, 64]`.
	fn erase(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1481 + v * (330 ±0)`
		//  Estimated: `3606 + v * (8043 ±0)`
		// Estimated by hand (every version from a distinct depositor): regenerate.
		Weight::from_parts(30_000_000, 3606)
			.saturating_add(Weight::from_parts(90_000_000, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(v.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 8043).saturating_mul(v.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Records::Batches` (r:1 w:1)
	/// Proof: `Records::Batches` (`max_values`: None, `max_size`: Some(149), added: 2624, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn anchor_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1325`
		//  Estimated: `3802`
		// Minimum execution time: 152_045_000 picoseconds.
		Weight::from_parts(157_063_000, 3802)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Records::Records` (r:1 w:0)
	/// Proof: `Records::Records` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:2 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:0)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Consents` (r:64 w:0)
	/// Proof: `Consent::Consents` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Records::AccessLogLength` (r:1 w:1)
	/// Proof: `Records::AccessLogLength` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Records::AccessLog` (r:0 w:1)
	/// Proof: `Records::AccessLog` (`max_values`: None, `max_size`: Some(170), added: 2645, mode: `MaxEncodedLen`)
	fn log_access() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5540`
		//  Estimated: `179269`
		// Estimated by hand (the measured figure plus a hold): regenerate.
		Weight::from_parts(790_000_000, 179269)
			.saturating_add(T::DbWeight::get().reads(73_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Records::AccessLogStart` (r:1 w:1)
	/// Proof: `Records::AccessLogStart` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Records::AccessLogLength` (r:1 w:0)
	/// Proof: `Records::AccessLogLength` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Records::AccessLog` (r:64 w:64)
	/// Proof: `Records::AccessLog` (`max_values`: None, `max_size`: Some(170), added: 2645, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:64 w:64)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn prune_access_log(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300 + n * (400 ±0)`
		//  Estimated: `3517 + n * (8060 ±0)`
		// Estimated by hand (every entry from a distinct depositor): regenerate.
		Weight::from_parts(40_000_000, 3517)
			.saturating_add(Weight::from_parts(85_000_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 8060).saturating_mul(n.into()))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn anchor() -> Weight {
		Weight::from_parts(160_147_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn anchor_version() -> Weight {
		Weight::from_parts(175_720_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn mark_entered_in_error() -> Weight {
		Weight::from_parts(53_619_000, 3619)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn erase(v: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 3606)
			.saturating_add(Weight::from_parts(90_000_000, 0).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(v.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 8043).saturating_mul(v.into()))
	}
	fn anchor_batch() -> Weight {
		Weight::from_parts(157_063_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn log_access() -> Weight {
		Weight::from_parts(790_000_000, 179269)
			.saturating_add(RocksDbWeight::get().reads(73_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn prune_access_log(n: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 3517)
			.saturating_add(Weight::from_parts(85_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 8060).saturating_mul(n.into()))
	}
}
