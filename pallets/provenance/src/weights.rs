//! Weights of `pallet_provenance`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-07. Steps `50`, repeat `20`,
//! wasm execution `Compiled`, DB cache 1024 MiB.
//! Machine `vm`, CPU `Intel(R) Xeon(R) Processor`.
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
	/// Storage: `Organizations::CompanyPrefixes` (r:9 w:0)
	/// Proof: `Organizations::CompanyPrefixes` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
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
		//  Measured:  `1950`
		//  Estimated: `43329` (the CLI's largest item: `23571`)
		// Minimum execution time: 181_824_000 picoseconds.
		Weight::from_parts(199_571_000, 43329)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:1)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::CompanyPrefixes` (r:9 w:0)
	/// Proof: `Organizations::CompanyPrefixes` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
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
		//  Measured:  `2117`
		//  Estimated: `46937` (the CLI's largest item: `23571`)
		// Minimum execution time: 200_753_000 picoseconds.
		Weight::from_parts(212_350_000, 46937)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `Measured`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `Measured`)
	/// Storage: `Provenance::Products` (r:1 w:0)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `Measured`)
	/// Storage: `Organizations::CompanyPrefixes` (r:9 w:0)
	/// Proof: `Organizations::CompanyPrefixes` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `Measured`)
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
		//  Measured:  `2291`
		//  Estimated: `50802 + n * (2475 ±0)` (the CLI's largest item: `25556 + n * (2475 ±0)`)
		// Minimum execution time: 218_596_000 picoseconds.
		Weight::from_parts(253_298_977, 50802)
			// Standard Error: 28_067
			.saturating_add(Weight::from_parts(11_406_013, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::CompanyPrefixes` (r:9 w:0)
	/// Proof: `Organizations::CompanyPrefixes` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
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
		//  Measured:  `2524 + n * (663 ±0)`
		//  Estimated: `65825 + n * (5867 ±0)` (the CLI's largest item: `23571 + n * (3300 ±0)`)
		// Minimum execution time: 242_723_000 picoseconds.
		// Raised from 226_297_101 ps: the line reaches the mean measured at n = 1, 268.9 µs (scripts/weights-floor.py).
		Weight::from_parts(244_825_678, 65825)
			// Standard Error: 60_750
			.saturating_add(Weight::from_parts(24_074_322, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5867).saturating_mul(n.into()))
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
		//  Measured:  `1829 + n * (646 ±0)`
		//  Estimated: `33432 + n * (3300 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 161_762_000 picoseconds.
		// Raised from 106_870_298 ps: the line reaches the mean measured at n = 1, 166.6 µs (scripts/weights-floor.py).
		Weight::from_parts(149_787_982, 33432)
			// Standard Error: 136_916
			.saturating_add(Weight::from_parts(16_812_018, 0).saturating_mul(n.into()))
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
		//  Measured:  `2029`
		//  Estimated: `19224` (the CLI's largest item: `6266`)
		// Minimum execution time: 100_526_000 picoseconds.
		Weight::from_parts(109_257_000, 19224)
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
		//  Measured:  `1475 + n * (687 ±0)`
		//  Estimated: `29825 + n * (5897 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 114_086_000 picoseconds.
		// Raised from 60_087_126 ps: the line reaches the mean measured at n = 1, 119 µs (scripts/weights-floor.py).
		Weight::from_parts(94_927_477, 29825)
			// Standard Error: 36_224
			.saturating_add(Weight::from_parts(24_072_523, 0).saturating_mul(n.into()))
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
		//  Measured:  `1896`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 89_561_000 picoseconds.
		Weight::from_parts(96_758_000, 16586)
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
		//  Measured:  `1325 + n * (708 ±0)`
		//  Estimated: `26523 + n * (5899 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 103_758_000 picoseconds.
		// Raised from 10_605_211 ps: the line reaches the mean measured at n = 1, 108.4 µs (scripts/weights-floor.py).
		Weight::from_parts(76_364_246, 26523)
			// Standard Error: 48_725
			.saturating_add(Weight::from_parts(32_035_754, 0).saturating_mul(n.into()))
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
		//  Measured:  `1315 + n * (633 ±0)`
		//  Estimated: `24848 + n * (3300 ±0)` (the CLI's largest item: `10972 + n * (3300 ±0)`)
		// Minimum execution time: 88_294_000 picoseconds.
		// Raised from 23_197_564 ps: the line reaches the mean measured at n = 1, 95.58 µs (scripts/weights-floor.py).
		Weight::from_parts(78_689_021, 24848)
			// Standard Error: 126_929
			.saturating_add(Weight::from_parts(16_890_979, 0).saturating_mul(n.into()))
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
		//  Measured:  `1946`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 75_465_000 picoseconds.
		Weight::from_parts(86_814_000, 16586)
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
		//  Measured:  `1946`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 86_976_000 picoseconds.
		Weight::from_parts(103_160_000, 16586)
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
		//  Measured:  `1904`
		//  Estimated: `16586` (the CLI's largest item: `4290`)
		// Minimum execution time: 85_757_000 picoseconds.
		Weight::from_parts(106_101_000, 16586)
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
		//  Measured:  `1318`
		//  Estimated: `15881` (the CLI's largest item: `3628`)
		// Minimum execution time: 70_448_000 picoseconds.
		Weight::from_parts(88_053_000, 15881)
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
		//  Measured:  `1823`
		//  Estimated: `12978` (the CLI's largest item: `4290`)
		// Minimum execution time: 83_679_000 picoseconds.
		Weight::from_parts(97_949_000, 12978)
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
		//  Measured:  `1862`
		//  Estimated: `12978` (the CLI's largest item: `4290`)
		// Minimum execution time: 85_554_000 picoseconds.
		Weight::from_parts(91_886_000, 12978)
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
		//  Measured:  `1903`
		//  Estimated: `16563` (the CLI's largest item: `4290`)
		// Minimum execution time: 77_725_000 picoseconds.
		Weight::from_parts(84_824_000, 16563)
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
		//  Measured:  `2040`
		//  Estimated: `16563` (the CLI's largest item: `4290`)
		// Minimum execution time: 81_005_000 picoseconds.
		Weight::from_parts(91_126_000, 16563)
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
		// Minimum execution time: 127_018_000 picoseconds.
		Weight::from_parts(135_942_000, 16876)
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
		//  Measured:  `1781`
		//  Estimated: `23366` (the CLI's largest item: `3892`)
		// Minimum execution time: 139_226_000 picoseconds.
		Weight::from_parts(148_214_000, 23366)
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
		//  Measured:  `1531`
		//  Estimated: `18265` (the CLI's largest item: `3892`)
		// Minimum execution time: 121_761_000 picoseconds.
		Weight::from_parts(128_946_000, 18265)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn register_product() -> Weight {
		Weight::from_parts(199_571_000, 43329)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_batch() -> Weight {
		Weight::from_parts(212_350_000, 46937)
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn commission(n: u32, ) -> Weight {
		Weight::from_parts(253_298_977, 50802)
			.saturating_add(Weight::from_parts(11_406_013, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	fn pack_case(n: u32, ) -> Weight {
		Weight::from_parts(244_825_678, 65825)
			.saturating_add(Weight::from_parts(24_074_322, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5867).saturating_mul(n.into()))
	}
	fn unpack_case(n: u32, ) -> Weight {
		Weight::from_parts(149_787_982, 33432)
			.saturating_add(Weight::from_parts(16_812_018, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn ship_pack() -> Weight {
		Weight::from_parts(109_257_000, 19224)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn ship_case(n: u32, ) -> Weight {
		Weight::from_parts(94_927_477, 29825)
			.saturating_add(Weight::from_parts(24_072_523, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5897).saturating_mul(n.into()))
	}
	fn receive_pack() -> Weight {
		Weight::from_parts(96_758_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn receive_case(n: u32, ) -> Weight {
		Weight::from_parts(76_364_246, 26523)
			.saturating_add(Weight::from_parts(32_035_754, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5899).saturating_mul(n.into()))
	}
	fn cancel_shipment(n: u32, ) -> Weight {
		Weight::from_parts(78_689_021, 24848)
			.saturating_add(Weight::from_parts(16_890_979, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn dispense() -> Weight {
		Weight::from_parts(86_814_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decommission() -> Weight {
		Weight::from_parts(103_160_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn undo() -> Weight {
		Weight::from_parts(106_101_000, 16586)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn recall() -> Weight {
		Weight::from_parts(88_053_000, 15881)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn flag_suspect() -> Weight {
		Weight::from_parts(97_949_000, 12978)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn quarantine() -> Weight {
		Weight::from_parts(91_886_000, 12978)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn clear() -> Weight {
		Weight::from_parts(84_824_000, 16563)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn declare_illegitimate() -> Weight {
		Weight::from_parts(91_126_000, 16563)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_pack() -> Weight {
		Weight::from_parts(135_942_000, 16876)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn remove_batch() -> Weight {
		Weight::from_parts(148_214_000, 23366)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn remove_product() -> Weight {
		Weight::from_parts(128_946_000, 18265)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
