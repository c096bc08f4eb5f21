//! Weights of `pallet_provenance`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-01. Steps `50`, repeat `20`,
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
// --pallet
// pallet_provenance
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1341`
		//  Estimated: `3838`
		// Minimum execution time: 111_843_000 picoseconds.
		Weight::from_parts(199_424_000, 3838)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1508`
		//  Estimated: `3838`
		// Minimum execution time: 117_129_000 picoseconds.
		Weight::from_parts(208_677_000, 3838)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `Measured`)
	/// Storage: `Provenance::Packs` (r:999 w:999)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `Measured`)
	/// Storage: `Provenance::Owned` (r:0 w:999)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `Measured`)
	/// The range of component `n` is `[1, 1000]`.
	fn commission(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1682`
		//  Estimated: `5147 + n * (2475 ±0)`
		// Minimum execution time: 196_246_000 picoseconds.
		Weight::from_parts(222_197_000, 5147)
			// Standard Error: 34_412
			.saturating_add(Weight::from_parts(14_435_190, 0).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn pack_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1658 + n * (663 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 231_268_000 picoseconds.
		Weight::from_parts(248_486_000, 10972)
			// Standard Error: 461_172
			.saturating_add(Weight::from_parts(35_610_576, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn unpack_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1733 + n * (646 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 204_419_000 picoseconds.
		Weight::from_parts(328_436_472, 10972)
			// Standard Error: 92_728
			.saturating_add(Weight::from_parts(17_710_595, 0).saturating_mul(n.into()))
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
		//  Measured:  `1930`
		//  Estimated: `6266`
		// Minimum execution time: 76_790_000 picoseconds.
		Weight::from_parts(131_597_000, 6266)
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
		//  Measured:  `1381 + n * (687 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 87_735_000 picoseconds.
		Weight::from_parts(91_335_000, 10972)
			// Standard Error: 176_600
			.saturating_add(Weight::from_parts(29_808_515, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
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
	/// Storage: `Provenance::Owned` (r:0 w:2)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn receive_pack() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1797`
		//  Estimated: `4290`
		// Minimum execution time: 81_124_000 picoseconds.
		Weight::from_parts(141_577_000, 4290)
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
		//  Measured:  `1231 + n * (708 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 113_682_000 picoseconds.
		Weight::from_parts(430_340_619, 10972)
			// Standard Error: 734_207
			.saturating_add(Weight::from_parts(42_638_118, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
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
		//  Measured:  `1219 + n * (633 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 132_083_000 picoseconds.
		Weight::from_parts(496_482_976, 10972)
			// Standard Error: 288_806
			.saturating_add(Weight::from_parts(15_702_113, 0).saturating_mul(n.into()))
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
		//  Measured:  `1847`
		//  Estimated: `4290`
		// Minimum execution time: 62_952_000 picoseconds.
		Weight::from_parts(109_186_000, 4290)
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
		//  Measured:  `1847`
		//  Estimated: `4290`
		// Minimum execution time: 96_917_000 picoseconds.
		Weight::from_parts(133_486_000, 4290)
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
		//  Measured:  `1805`
		//  Estimated: `4290`
		// Minimum execution time: 100_575_000 picoseconds.
		Weight::from_parts(132_013_000, 4290)
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
		//  Measured:  `1219`
		//  Estimated: `3628`
		// Minimum execution time: 82_438_000 picoseconds.
		Weight::from_parts(111_132_000, 3628)
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
		//  Measured:  `1724`
		//  Estimated: `4290`
		// Minimum execution time: 93_344_000 picoseconds.
		Weight::from_parts(127_142_000, 4290)
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
		//  Measured:  `1763`
		//  Estimated: `4290`
		// Minimum execution time: 94_741_000 picoseconds.
		Weight::from_parts(130_154_000, 4290)
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
		//  Measured:  `1804`
		//  Estimated: `4290`
		// Minimum execution time: 86_240_000 picoseconds.
		Weight::from_parts(120_261_000, 4290)
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
		//  Measured:  `1941`
		//  Estimated: `4290`
		// Minimum execution time: 99_857_000 picoseconds.
		Weight::from_parts(131_110_000, 4290)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn remove_pack() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1562`
		//  Estimated: `4290`
		// Minimum execution time: 156_854_000 picoseconds.
		Weight::from_parts(195_591_000, 4290)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn remove_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1682`
		//  Estimated: `3838`
		// Minimum execution time: 187_778_000 picoseconds.
		Weight::from_parts(214_601_000, 3838)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn remove_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1432`
		//  Estimated: `3838`
		// Minimum execution time: 138_664_000 picoseconds.
		Weight::from_parts(182_920_000, 3838)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn register_product() -> Weight {
		Weight::from_parts(199_424_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_batch() -> Weight {
		Weight::from_parts(208_677_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn commission(n: u32, ) -> Weight {
		Weight::from_parts(222_197_000, 5147)
			.saturating_add(Weight::from_parts(14_435_190, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	fn pack_case(n: u32, ) -> Weight {
		Weight::from_parts(248_486_000, 10972)
			.saturating_add(Weight::from_parts(35_610_576, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn unpack_case(n: u32, ) -> Weight {
		Weight::from_parts(328_436_472, 10972)
			.saturating_add(Weight::from_parts(17_710_595, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn ship_pack() -> Weight {
		Weight::from_parts(131_597_000, 6266)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn ship_case(n: u32, ) -> Weight {
		Weight::from_parts(91_335_000, 10972)
			.saturating_add(Weight::from_parts(29_808_515, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn receive_pack() -> Weight {
		Weight::from_parts(141_577_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn receive_case(n: u32, ) -> Weight {
		Weight::from_parts(430_340_619, 10972)
			.saturating_add(Weight::from_parts(42_638_118, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn cancel_shipment(n: u32, ) -> Weight {
		Weight::from_parts(496_482_976, 10972)
			.saturating_add(Weight::from_parts(15_702_113, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn dispense() -> Weight {
		Weight::from_parts(109_186_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decommission() -> Weight {
		Weight::from_parts(133_486_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn undo() -> Weight {
		Weight::from_parts(132_013_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn recall() -> Weight {
		Weight::from_parts(111_132_000, 3628)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn flag_suspect() -> Weight {
		Weight::from_parts(127_142_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn quarantine() -> Weight {
		Weight::from_parts(130_154_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn clear() -> Weight {
		Weight::from_parts(120_261_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn declare_illegitimate() -> Weight {
		Weight::from_parts(131_110_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_pack() -> Weight {
		Weight::from_parts(195_591_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn remove_batch() -> Weight {
		Weight::from_parts(214_601_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn remove_product() -> Weight {
		Weight::from_parts(182_920_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
