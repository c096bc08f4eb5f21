//! Weights of `pallet_provenance`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-12-01. Steps `50`, repeat `20`,
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
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1276`
		//  Estimated: `3838`
		// Minimum execution time: 177_512_000 picoseconds.
		Weight::from_parts(308_666_000, 3838)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1443`
		//  Estimated: `3838`
		// Minimum execution time: 192_839_000 picoseconds.
		Weight::from_parts(332_851_000, 3838)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `Measured`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `Measured`)
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
		//  Measured:  `1617`
		//  Estimated: `5082 + n * (2475 ±0)`
		// Minimum execution time: 214_880_000 picoseconds.
		Weight::from_parts(26_894_371, 5082)
			// Standard Error: 289_543
			.saturating_add(Weight::from_parts(27_169_357, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1593 + n * (663 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 370_591_000 picoseconds.
		Weight::from_parts(338_063_730, 10972)
			// Standard Error: 769_513
			.saturating_add(Weight::from_parts(47_197_199, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1668 + n * (646 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 317_733_000 picoseconds.
		Weight::from_parts(611_950_218, 10972)
			// Standard Error: 584_901
			.saturating_add(Weight::from_parts(24_436_445, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:2 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:0)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	fn ship_pack() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1833`
		//  Estimated: `6202`
		// Minimum execution time: 126_335_000 picoseconds.
		Weight::from_parts(137_627_000, 6202)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:2 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1284 + n * (687 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 142_906_000 picoseconds.
		Weight::from_parts(157_003_000, 10972)
			// Standard Error: 367_615
			.saturating_add(Weight::from_parts(48_848_636, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1732`
		//  Estimated: `4290`
		// Minimum execution time: 114_313_000 picoseconds.
		Weight::from_parts(203_770_000, 4290)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1166 + n * (708 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 129_242_000 picoseconds.
		Weight::from_parts(139_040_000, 10972)
			// Standard Error: 524_072
			.saturating_add(Weight::from_parts(64_199_939, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Cases` (r:1 w:1)
	/// Proof: `Provenance::Cases` (`max_values`: None, `max_size`: Some(7507), added: 9982, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:256 w:256)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn cancel_shipment(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1154 + n * (633 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 114_674_000 picoseconds.
		Weight::from_parts(530_885_023, 10972)
			// Standard Error: 480_655
			.saturating_add(Weight::from_parts(28_793_747, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1782`
		//  Estimated: `4290`
		// Minimum execution time: 99_686_000 picoseconds.
		Weight::from_parts(178_443_000, 4290)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1782`
		//  Estimated: `4290`
		// Minimum execution time: 112_390_000 picoseconds.
		Weight::from_parts(196_967_000, 4290)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1740`
		//  Estimated: `4290`
		// Minimum execution time: 110_486_000 picoseconds.
		Weight::from_parts(196_306_000, 4290)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:0)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Batches` (r:1 w:1)
	/// Proof: `Provenance::Batches` (`max_values`: None, `max_size`: Some(143), added: 2618, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn recall() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1154`
		//  Estimated: `3608`
		// Minimum execution time: 92_773_000 picoseconds.
		Weight::from_parts(130_092_000, 3608)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn flag_suspect() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1659`
		//  Estimated: `4290`
		// Minimum execution time: 108_352_000 picoseconds.
		Weight::from_parts(114_374_000, 4290)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn quarantine() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1698`
		//  Estimated: `4290`
		// Minimum execution time: 108_753_000 picoseconds.
		Weight::from_parts(161_121_000, 4290)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
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
		//  Measured:  `1739`
		//  Estimated: `4290`
		// Minimum execution time: 99_916_000 picoseconds.
		Weight::from_parts(166_891_000, 4290)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Provenance::Packs` (r:1 w:1)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Products` (r:1 w:0)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn declare_illegitimate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1876`
		//  Estimated: `4290`
		// Minimum execution time: 103_193_000 picoseconds.
		Weight::from_parts(166_952_000, 4290)
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
		//  Measured:  `1529`
		//  Estimated: `4290`
		// Minimum execution time: 159_748_000 picoseconds.
		Weight::from_parts(190_445_000, 4290)
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
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn remove_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1617`
		//  Estimated: `3838`
		// Minimum execution time: 176_229_000 picoseconds.
		Weight::from_parts(229_999_000, 3838)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Provenance::Products` (r:1 w:1)
	/// Proof: `Provenance::Products` (`max_values`: None, `max_size`: Some(120), added: 2595, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(131), added: 2606, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(373), added: 2848, mode: `MaxEncodedLen`)
	fn remove_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1401`
		//  Estimated: `3838`
		// Minimum execution time: 155_911_000 picoseconds.
		Weight::from_parts(271_537_000, 3838)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn register_product() -> Weight {
		Weight::from_parts(308_666_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_batch() -> Weight {
		Weight::from_parts(332_851_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn commission(n: u32, ) -> Weight {
		Weight::from_parts(26_894_371, 5082)
			.saturating_add(Weight::from_parts(27_169_357, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	fn pack_case(n: u32, ) -> Weight {
		Weight::from_parts(338_063_730, 10972)
			.saturating_add(Weight::from_parts(47_197_199, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn unpack_case(n: u32, ) -> Weight {
		Weight::from_parts(611_950_218, 10972)
			.saturating_add(Weight::from_parts(24_436_445, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn ship_pack() -> Weight {
		Weight::from_parts(137_627_000, 6202)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn ship_case(n: u32, ) -> Weight {
		Weight::from_parts(157_003_000, 10972)
			.saturating_add(Weight::from_parts(48_848_636, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn receive_pack() -> Weight {
		Weight::from_parts(203_770_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn receive_case(n: u32, ) -> Weight {
		Weight::from_parts(139_040_000, 10972)
			.saturating_add(Weight::from_parts(64_199_939, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn cancel_shipment(n: u32, ) -> Weight {
		Weight::from_parts(530_885_023, 10972)
			.saturating_add(Weight::from_parts(28_793_747, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn dispense() -> Weight {
		Weight::from_parts(178_443_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decommission() -> Weight {
		Weight::from_parts(196_967_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn undo() -> Weight {
		Weight::from_parts(196_306_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn recall() -> Weight {
		Weight::from_parts(130_092_000, 3608)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn flag_suspect() -> Weight {
		Weight::from_parts(114_374_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn quarantine() -> Weight {
		Weight::from_parts(161_121_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn clear() -> Weight {
		Weight::from_parts(166_891_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn declare_illegitimate() -> Weight {
		Weight::from_parts(166_952_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_pack() -> Weight {
		Weight::from_parts(190_445_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn remove_batch() -> Weight {
		Weight::from_parts(229_999_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn remove_product() -> Weight {
		Weight::from_parts(271_537_000, 3838)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
