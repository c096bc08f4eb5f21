//! Weights of `pallet_sponsorship`, generated from its benchmarks by `scripts/benchmark.sh`.
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
// pallet_sponsorship
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// scripts/frame-weight-template.hbs
// --output
// pallets/sponsorship/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_sponsorship`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `sponsor`.
	fn sponsor() -> Weight;
	/// The weight of `accept_sponsorship`.
	fn accept_sponsorship() -> Weight;
	/// The weight of `withdraw_offer`.
	fn withdraw_offer() -> Weight;
	/// The weight of `set_allowance`.
	fn set_allowance() -> Weight;
	/// The weight of `end_sponsorship`.
	fn end_sponsorship() -> Weight;
	/// The weight of `charge_sponsored`.
	fn charge_sponsored() -> Weight;
	/// The weight of `deposit_payer`.
	fn deposit_payer() -> Weight;
}

/// Weights measured on the project's machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Offers` (r:1 w:1)
	/// Proof: `Sponsorship::Offers` (`max_values`: None, `max_size`: Some(132), added: 2607, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn sponsor() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1404`
		//  Estimated: `24481` (the CLI's largest item: `6196`)
		// Minimum execution time: 142_597_000 picoseconds.
		Weight::from_parts(155_476_000, 24481)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Sponsorship::Offers` (r:1 w:1)
	/// Proof: `Sponsorship::Offers` (`max_values`: None, `max_size`: Some(132), added: 2607, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:1)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn accept_sponsorship() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1844`
		//  Estimated: `21878` (the CLI's largest item: `3892`)
		// Minimum execution time: 137_784_000 picoseconds.
		Weight::from_parts(145_849_000, 21878)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Sponsorship::Offers` (r:1 w:1)
	/// Proof: `Sponsorship::Offers` (`max_values`: None, `max_size`: Some(132), added: 2607, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn withdraw_offer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1183`
		//  Estimated: `14649` (the CLI's largest item: `3892`)
		// Minimum execution time: 111_458_000 picoseconds.
		Weight::from_parts(121_591_000, 14649)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:1)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn set_allowance() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `168`
		//  Estimated: `3601`
		// Minimum execution time: 21_953_000 picoseconds.
		Weight::from_parts(24_417_000, 3601)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Sponsorship::Sponsorships` (r:2 w:1)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn end_sponsorship() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1188`
		//  Estimated: `17264` (the CLI's largest item: `6212`)
		// Minimum execution time: 112_055_000 picoseconds.
		Weight::from_parts(122_883_000, 17264)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:1)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: UNKNOWN KEY `0x2948d05b939ccf00651f8433af7ff2a1dd5fbd66f5bdb735f122277554479535` (r:1 w:1)
	/// Proof: UNKNOWN KEY `0x2948d05b939ccf00651f8433af7ff2a1dd5fbd66f5bdb735f122277554479535` (r:1 w:1)
	fn charge_sponsored() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1244`
		//  Estimated: `19098` (the CLI's largest item: `4709`)
		// Minimum execution time: 142_569_000 picoseconds.
		Weight::from_parts(149_495_000, 19098)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn deposit_payer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1103`
		//  Estimated: `10796` (the CLI's largest item: `3628`)
		// Minimum execution time: 30_951_000 picoseconds.
		Weight::from_parts(33_291_000, 10796)
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn sponsor() -> Weight {
		Weight::from_parts(155_476_000, 24481)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn accept_sponsorship() -> Weight {
		Weight::from_parts(145_849_000, 21878)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn withdraw_offer() -> Weight {
		Weight::from_parts(121_591_000, 14649)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_allowance() -> Weight {
		Weight::from_parts(24_417_000, 3601)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn end_sponsorship() -> Weight {
		Weight::from_parts(122_883_000, 17264)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn charge_sponsored() -> Weight {
		Weight::from_parts(149_495_000, 19098)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn deposit_payer() -> Weight {
		Weight::from_parts(33_291_000, 10796)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
	}
}
