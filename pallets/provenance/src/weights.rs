//! Weights of `pallet_provenance`, generated from its benchmarks by `scripts/benchmark.sh`.
//!
//! Benchmark CLI 64.0.0, 2026-11-30. Steps `50`, repeat `20`,
//! wasm execution `Compiled`, DB cache 1024 MiB.
//! Machine `vm`, CPU `AMD EPYC`.
//!
//! Do not edit by hand: change the benchmarks and run the script again.
//!
//! NOTE (2026-12-01): edited by hand after the provenance audit, until the next benchmark run:
//! one batch read per pack in `pack_case`, `ship_case` and `receive_case` (every pack in its own
//! lot), the larger `Packs`/`Batches`/`Products` entries, the `Products` write of
//! `register_batch`, and estimates for `remove_pack`, `remove_batch` and `remove_product`.
//! Regenerate with `scripts/benchmark.sh pallet_provenance`.

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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1323`
		//  Estimated: `3802`
		// Minimum execution time: 134_890_000 picoseconds.
		Weight::from_parts(139_316_000, 3802)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1486`
		//  Estimated: `3802`
		// Minimum execution time: 143_823_000 picoseconds.
		Weight::from_parts(148_490_000, 3802)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `Measured`)
	/// Storage: `Provenance::Packs` (r:999 w:999)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `Measured`)
	/// Storage: `Provenance::Owned` (r:0 w:999)
	/// Proof: `Provenance::Owned` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `Measured`)
	/// The range of component `n` is `[1, 1000]`.
	fn commission(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1656`
		//  Estimated: `5121 + n * (2475 ±0)`
		// Minimum execution time: 164_434_000 picoseconds.
		Weight::from_parts(82_286_683, 5121)
			// Standard Error: 18_238
			.saturating_add(Weight::from_parts(12_371_124, 0).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn pack_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1978 + n * (231 ±0)`
		//  Estimated: `10972 + n * (5918 ±0)`
		// Minimum execution time: 165_645_000 picoseconds.
		Weight::from_parts(264_833_789, 10972)
			// Standard Error: 236_443
			.saturating_add(Weight::from_parts(18_499_088, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5918).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 256]`.
	fn unpack_case(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1999 + n * (111 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 142_592_000 picoseconds.
		Weight::from_parts(203_293_028, 10972)
			// Standard Error: 294_029
			.saturating_add(Weight::from_parts(15_121_215, 0).saturating_mul(n.into()))
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
		//  Measured:  `1646`
		//  Estimated: `6202`
		// Minimum execution time: 77_435_000 picoseconds.
		Weight::from_parts(80_770_000, 6202)
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
		//  Measured:  `1693 + n * (260 ±0)`
		//  Estimated: `10972 + n * (5918 ±0)`
		// Minimum execution time: 88_992_000 picoseconds.
		Weight::from_parts(46_561_229, 10972)
			// Standard Error: 16_183
			.saturating_add(Weight::from_parts(18_490_507, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5918).saturating_mul(n.into()))
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
		//  Measured:  `1532`
		//  Estimated: `4237`
		// Minimum execution time: 77_565_000 picoseconds.
		Weight::from_parts(80_940_000, 4237)
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
		//  Measured:  `1583 + n * (260 ±0)`
		//  Estimated: `10972 + n * (5918 ±0)`
		// Minimum execution time: 90_274_000 picoseconds.
		Weight::from_parts(33_745_383, 10972)
			// Standard Error: 25_117
			.saturating_add(Weight::from_parts(26_729_603, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5918).saturating_mul(n.into()))
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
		//  Measured:  `1501 + n * (111 ±0)`
		//  Estimated: `10972 + n * (3300 ±0)`
		// Minimum execution time: 69_313_000 picoseconds.
		Weight::from_parts(122_099_286, 10972)
			// Standard Error: 39_287
			.saturating_add(Weight::from_parts(13_088_512, 0).saturating_mul(n.into()))
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
		//  Measured:  `1524`
		//  Estimated: `4237`
		// Minimum execution time: 66_269_000 picoseconds.
		Weight::from_parts(69_173_000, 4237)
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
		//  Measured:  `1528`
		//  Estimated: `4237`
		// Minimum execution time: 66_559_000 picoseconds.
		Weight::from_parts(69_964_000, 4237)
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
		//  Measured:  `1503`
		//  Estimated: `4237`
		// Minimum execution time: 77_264_000 picoseconds.
		Weight::from_parts(126_127_000, 4237)
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
		//  Measured:  `1150`
		//  Estimated: `3604`
		// Minimum execution time: 64_776_000 picoseconds.
		Weight::from_parts(68_973_000, 3604)
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
		//  Measured:  `1461`
		//  Estimated: `4237`
		// Minimum execution time: 65_587_000 picoseconds.
		Weight::from_parts(68_942_000, 4237)
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
		//  Measured:  `1462`
		//  Estimated: `4237`
		// Minimum execution time: 65_597_000 picoseconds.
		Weight::from_parts(69_623_000, 4237)
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
		//  Measured:  `1569`
		//  Estimated: `4237`
		// Minimum execution time: 69_783_000 picoseconds.
		Weight::from_parts(73_319_000, 4237)
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
		//  Measured:  `1569`
		//  Estimated: `4237`
		// Minimum execution time: 70_444_000 picoseconds.
		Weight::from_parts(78_126_000, 4237)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Flagged` (r:0 w:1)
	/// Proof: `Provenance::Flagged` (`max_values`: None, `max_size`: Some(46), added: 2521, mode: `MaxEncodedLen`)
	fn remove_pack() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1890`
		//  Estimated: `4290`
		// Minimum execution time: 95_000_000 picoseconds.
		Weight::from_parts(99_000_000, 4290)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn remove_batch() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1520`
		//  Estimated: `3802`
		// Minimum execution time: 120_000_000 picoseconds.
		Weight::from_parts(125_000_000, 3802)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(337), added: 2812, mode: `MaxEncodedLen`)
	fn remove_product() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1350`
		//  Estimated: `3802`
		// Minimum execution time: 110_000_000 picoseconds.
		Weight::from_parts(115_000_000, 3802)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn register_product() -> Weight {
		Weight::from_parts(139_316_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn register_batch() -> Weight {
		Weight::from_parts(148_490_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn commission(n: u32, ) -> Weight {
		Weight::from_parts(82_286_683, 5121)
			.saturating_add(Weight::from_parts(12_371_124, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
	}
	fn pack_case(n: u32, ) -> Weight {
		Weight::from_parts(264_833_789, 10972)
			.saturating_add(Weight::from_parts(18_499_088, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5918).saturating_mul(n.into()))
	}
	fn unpack_case(n: u32, ) -> Weight {
		Weight::from_parts(203_293_028, 10972)
			.saturating_add(Weight::from_parts(15_121_215, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn ship_pack() -> Weight {
		Weight::from_parts(80_770_000, 6202)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn ship_case(n: u32, ) -> Weight {
		Weight::from_parts(46_561_229, 10972)
			.saturating_add(Weight::from_parts(18_490_507, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5918).saturating_mul(n.into()))
	}
	fn receive_pack() -> Weight {
		Weight::from_parts(80_940_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn receive_case(n: u32, ) -> Weight {
		Weight::from_parts(33_745_383, 10972)
			.saturating_add(Weight::from_parts(26_729_603, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5918).saturating_mul(n.into()))
	}
	fn cancel_shipment(n: u32, ) -> Weight {
		Weight::from_parts(122_099_286, 10972)
			.saturating_add(Weight::from_parts(13_088_512, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3300).saturating_mul(n.into()))
	}
	fn dispense() -> Weight {
		Weight::from_parts(69_173_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decommission() -> Weight {
		Weight::from_parts(69_964_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn undo() -> Weight {
		Weight::from_parts(126_127_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn recall() -> Weight {
		Weight::from_parts(68_973_000, 3604)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn flag_suspect() -> Weight {
		Weight::from_parts(68_942_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn quarantine() -> Weight {
		Weight::from_parts(69_623_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn clear() -> Weight {
		Weight::from_parts(73_319_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn declare_illegitimate() -> Weight {
		Weight::from_parts(78_126_000, 4237)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_pack() -> Weight {
		Weight::from_parts(99_000_000, 4290)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn remove_batch() -> Weight {
		Weight::from_parts(125_000_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn remove_product() -> Weight {
		Weight::from_parts(115_000_000, 3802)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
}
