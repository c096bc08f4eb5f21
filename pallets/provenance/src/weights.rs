//! Weights of `pallet_provenance`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-07. Steps `50`, repeat `20`,
//! wasm execution `Compiled`, DB cache 1024 MiB.
//! Machine `vm`, CPU `AMD EPYC`.
//!
//! Do not edit by hand: change the benchmarks and run the script again.

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
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --pallet
// pallet_provenance
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// scripts/frame-weight-template.hbs
// --output
// pallets/provenance/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_provenance`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `register_product`.
	fn register_product() -> Weight;
	/// The weight of `register_batch`.
	fn register_batch() -> Weight;
	/// The weight of `commission`.
	fn commission(n: u32, ) -> Weight;
	/// The weight of `pack_case`.
	fn pack_case(n: u32, ) -> Weight;
	/// The weight of `unpack_case`.
	fn unpack_case(n: u32, ) -> Weight;
	/// The weight of `ship_pack`.
	fn ship_pack() -> Weight;
	/// The weight of `ship_case`.
	fn ship_case(n: u32, ) -> Weight;
	/// The weight of `receive_pack`.
	fn receive_pack() -> Weight;
	/// The weight of `receive_case`.
	fn receive_case(n: u32, ) -> Weight;
	/// The weight of `cancel_shipment`.
	fn cancel_shipment(n: u32, ) -> Weight;
	/// The weight of `dispense`.
	fn dispense() -> Weight;
	/// The weight of `decommission`.
	fn decommission() -> Weight;
	/// The weight of `undo`.
	fn undo() -> Weight;
	/// The weight of `recall`.
	fn recall() -> Weight;
	/// The weight of `flag_suspect`.
	fn flag_suspect() -> Weight;
	/// The weight of `quarantine`.
	fn quarantine() -> Weight;
	/// The weight of `clear`.
	fn clear() -> Weight;
	/// The weight of `declare_illegitimate`.
	fn declare_illegitimate() -> Weight;
	/// The weight of `remove_pack`.
	fn remove_pack() -> Weight;
	/// The weight of `remove_batch`.
	fn remove_batch() -> Weight;
	/// The weight of `remove_product`.
	fn remove_product() -> Weight;
}

/// Weights measured on the project's machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:1)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1374`
		//  Estimated: `19758` (the CLI's largest item: `3892`)
		// Minimum execution time: 132_197_000 picoseconds.
		Weight::from_parts(136_944_000, 19758)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:1)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:1)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1541`
		//  Estimated: `23366` (the CLI's largest item: `3892`)
		// Minimum execution time: 144_845_000 picoseconds.
		Weight::from_parts(149_312_000, 23366)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `Measured`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Provenance::Products` (r:1 w:0)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `Measured`)
	/// Storage: `Provenance::Batches` (r:1 w:1)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `Measured`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `Measured`)
	/// Storage: `Provenance::Packs` (r:999 w:999)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `Measured`)
	/// Storage: `Provenance::Owned` (r:0 w:999)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `Measured`)
	/// The range of component `n` is `[1, 1000]`.
	fn commission(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1715`
		//  Estimated: `26961 + n * (2475 ±0)` (the CLI's largest item: `5180 + n * (2475 ±0)`)
		// Minimum execution time: 161_410_000 picoseconds.
		// Raised from 97_964_043 ps: the line reaches the mean measured at n = 1, 163.7 µs (scripts/weights-floor.py).
		Weight::from_parts(151_283_040, 26961)
			// Standard Error: 23_173
			.saturating_add(Weight::from_parts(12_416_960, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Cases` (r:1 w:1)
	/// Proof: `Provenance::Cases` (`max_values`: None, `max_size`: Some(7507), added: 9982, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:256 w:256)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:256 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn pack_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1691 + n * (663 ±0)`
		//  Estimated: `35107 + n * (5895 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 174_971_000 picoseconds.
		Weight::from_parts(198_056_833, 35107)
			// Standard Error: 72_977
			.saturating_add(Weight::from_parts(23_068_365, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5895).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Cases` (r:1 w:1)
	/// Proof: `Provenance::Cases` (`max_values`: None, `max_size`: Some(7507), added: 9982, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:256 w:256)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn unpack_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1766 + n * (646 ±0)`
		//  Estimated: `33432 + n * (3300 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 154_550_000 picoseconds.
		Weight::from_parts(178_292_113, 33432)
			// Standard Error: 89_753
			.saturating_add(Weight::from_parts(15_608_914, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:2 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	fn ship_pack() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1963`
		//  Estimated: `19224` (the CLI's largest item: `6266`)
		// Minimum execution time: 95_542_000 picoseconds.
		Weight::from_parts(100_049_000, 19224)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:2 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Cases` (r:1 w:1)
	/// Proof: `Provenance::Cases` (`max_values`: None, `max_size`: Some(7507), added: 9982, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:256 w:256)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:256 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn ship_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1414 + n * (687 ±0)`
		//  Estimated: `29825 + n * (5897 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 106_999_000 picoseconds.
		// Raised from 12_463_209 ps: the line reaches the mean measured at n = 1, 109.7 µs (scripts/weights-floor.py).
		Weight::from_parts(85_010_206, 29825)
			// Standard Error: 139_813
			.saturating_add(Weight::from_parts(24_689_794, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5897).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Owned` (r:0 w:2)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn receive_pack() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1830`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 84_656_000 picoseconds.
		Weight::from_parts(90_565_000, 16586)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Cases` (r:1 w:1)
	/// Proof: `Provenance::Cases` (`max_values`: None, `max_size`: Some(7507), added: 9982, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:256 w:256)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:256 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Owned` (r:0 w:512)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn receive_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1264 + n * (708 ±0)`
		//  Estimated: `26523 + n * (5899 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 97_886_000 picoseconds.
		Weight::from_parts(169_307_262, 26523)
			// Standard Error: 249_120
			.saturating_add(Weight::from_parts(32_183_968, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5899).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Cases` (r:1 w:1)
	/// Proof: `Provenance::Cases` (`max_values`: None, `max_size`: Some(7507), added: 9982, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:256 w:256)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn cancel_shipment(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1252 + n * (633 ±0)`
		//  Estimated: `24848 + n * (3300 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 82_403_000 picoseconds.
		Weight::from_parts(74_524_989, 24848)
			// Standard Error: 25_547
			.saturating_add(Weight::from_parts(15_277_505, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Owned` (r:0 w:1)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn dispense() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1880`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 69_904_000 picoseconds.
		Weight::from_parts(73_169_000, 16586)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Owned` (r:0 w:1)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn decommission() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1880`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 81_692_000 picoseconds.
		Weight::from_parts(85_667_000, 16586)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Owned` (r:0 w:1)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn undo() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1838`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 80_980_000 picoseconds.
		Weight::from_parts(87_040_000, 16586)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:0)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:1)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn recall() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1252`
		//  Estimated: `15881` (the CLI's largest item: `3628`)
		// Minimum execution time: 66_069_000 picoseconds.
		Weight::from_parts(69_905_000, 15881)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn flag_suspect() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1757`
		//  Estimated: `12978` (the CLI's largest item: `4290`)
		// Minimum execution time: 80_159_000 picoseconds.
		Weight::from_parts(83_815_000, 12978)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn quarantine() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1796`
		//  Estimated: `12978` (the CLI's largest item: `4290`)
		// Minimum execution time: 80_580_000 picoseconds.
		Weight::from_parts(84_926_000, 12978)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:0)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn clear() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1837`
		//  Estimated: `16563` (the CLI's largest item: `4290`)
		// Minimum execution time: 72_639_000 picoseconds.
		Weight::from_parts(75_662_000, 16563)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:0)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn declare_illegitimate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1974`
		//  Estimated: `16563` (the CLI's largest item: `4290`)
		// Minimum execution time: 75_373_000 picoseconds.
		Weight::from_parts(78_216_000, 16563)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:1)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn remove_pack() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1562`
		//  Estimated: `16876` (the CLI's largest item: `4290`)
		// Minimum execution time: 121_131_000 picoseconds.
		Weight::from_parts(124_586_000, 16876)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Provenance::Batches` (r:1 w:1)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:1)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn remove_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1715`
		//  Estimated: `23366` (the CLI's largest item: `3892`)
		// Minimum execution time: 132_808_000 picoseconds.
		Weight::from_parts(137_325_000, 23366)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Provenance::Products` (r:1 w:1)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn remove_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1465`
		//  Estimated: `18265` (the CLI's largest item: `3892`)
		// Minimum execution time: 116_984_000 picoseconds.
		Weight::from_parts(121_491_000, 18265)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn register_product() -> Weight {
		Weight::from_parts(136_944_000, 19758)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_batch() -> Weight {
		Weight::from_parts(149_312_000, 23366)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn commission(n: u32, ) -> Weight {
		Weight::from_parts(151_283_040, 26961)
			.saturating_add(Weight::from_parts(12_416_960, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	fn pack_case(n: u32, ) -> Weight {
		Weight::from_parts(198_056_833, 35107)
			.saturating_add(Weight::from_parts(23_068_365, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5895).saturating_mul(n.into()))
	}
	fn unpack_case(n: u32, ) -> Weight {
		Weight::from_parts(178_292_113, 33432)
			.saturating_add(Weight::from_parts(15_608_914, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn ship_pack() -> Weight {
		Weight::from_parts(100_049_000, 19224)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn ship_case(n: u32, ) -> Weight {
		Weight::from_parts(85_010_206, 29825)
			.saturating_add(Weight::from_parts(24_689_794, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5897).saturating_mul(n.into()))
	}
	fn receive_pack() -> Weight {
		Weight::from_parts(90_565_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn receive_case(n: u32, ) -> Weight {
		Weight::from_parts(169_307_262, 26523)
			.saturating_add(Weight::from_parts(32_183_968, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5899).saturating_mul(n.into()))
	}
	fn cancel_shipment(n: u32, ) -> Weight {
		Weight::from_parts(74_524_989, 24848)
			.saturating_add(Weight::from_parts(15_277_505, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn dispense() -> Weight {
		Weight::from_parts(73_169_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decommission() -> Weight {
		Weight::from_parts(85_667_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn undo() -> Weight {
		Weight::from_parts(87_040_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn recall() -> Weight {
		Weight::from_parts(69_905_000, 15881)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn flag_suspect() -> Weight {
		Weight::from_parts(83_815_000, 12978)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn quarantine() -> Weight {
		Weight::from_parts(84_926_000, 12978)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn clear() -> Weight {
		Weight::from_parts(75_662_000, 16563)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn declare_illegitimate() -> Weight {
		Weight::from_parts(78_216_000, 16563)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_pack() -> Weight {
		Weight::from_parts(124_586_000, 16876)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn remove_batch() -> Weight {
		Weight::from_parts(137_325_000, 23366)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn remove_product() -> Weight {
		Weight::from_parts(121_491_000, 18265)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
