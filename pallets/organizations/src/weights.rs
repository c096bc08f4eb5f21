//! Weights of `pallet_organizations`, generated from its benchmarks by `scripts/benchmark.sh`.
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
// pallet_organizations
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// scripts/frame-weight-template.hbs
// --output
// pallets/organizations/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_organizations`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `admit`.
	fn admit(r: u32, ) -> Weight;
	/// The weight of `remove`.
	fn remove(m: u32, ) -> Weight;
	/// The weight of `assign_company_prefix`.
	fn assign_company_prefix() -> Weight;
	/// The weight of `withdraw_company_prefix`.
	fn withdraw_company_prefix() -> Weight;
	/// The weight of `grant_role`.
	fn grant_role() -> Weight;
	/// The weight of `suspend_role`.
	fn suspend_role() -> Weight;
	/// The weight of `reinstate_role`.
	fn reinstate_role() -> Weight;
	/// The weight of `revoke_role`.
	fn revoke_role() -> Weight;
	/// The weight of `add_member`.
	fn add_member() -> Weight;
	/// The weight of `remove_member`.
	fn remove_member() -> Weight;
	/// The weight of `set_credentials`.
	fn set_credentials() -> Weight;
	/// The weight of `set_voter`.
	fn set_voter() -> Weight;
	/// The weight of `vote`.
	fn vote() -> Weight;
}

/// Weights measured on the project's machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:1)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::NextOrganizationId` (r:1 w:1)
	/// Proof: `Organizations::NextOrganizationId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::Members` (r:1 w:1)
	/// Proof: `Consortium::Members` (`max_values`: None, `max_size`: Some(42), added: 2517, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::MemberCount` (r:1 w:1)
	/// Proof: `Consortium::MemberCount` (`max_values`: None, `max_size`: Some(14), added: 2489, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::IndexToId` (r:0 w:1)
	/// Proof: `Consortium::IndexToId` (`max_values`: None, `max_size`: Some(54), added: 2529, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::IdToIndex` (r:0 w:1)
	/// Proof: `Consortium::IdToIndex` (`max_values`: None, `max_size`: Some(54), added: 2529, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::OrganizationMembers` (r:0 w:1)
	/// Proof: `Organizations::OrganizationMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:0 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::RoleActiveSince` (r:0 w:11)
	/// Proof: `Organizations::RoleActiveSince` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 11]`.
	fn admit(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1285`
		//  Estimated: `21020` (the CLI's largest item: `3892`)
		// Minimum execution time: 155_644_000 picoseconds.
		Weight::from_parts(161_163_180, 21020)
			// Standard Error: 10_810
			.saturating_add(Weight::from_parts(6_550_071, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::OrganizationMembers` (r:129 w:128)
	/// Proof: `Organizations::OrganizationMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:128 w:128)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:129 w:129)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:129 w:129)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::MemberCount` (r:1 w:1)
	/// Proof: `Consortium::MemberCount` (`max_values`: None, `max_size`: Some(14), added: 2489, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::IdToIndex` (r:1 w:2)
	/// Proof: `Consortium::IdToIndex` (`max_values`: None, `max_size`: Some(54), added: 2529, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::IndexToId` (r:1 w:2)
	/// Proof: `Consortium::IndexToId` (`max_values`: None, `max_size`: Some(54), added: 2529, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::PrefixesOf` (r:1 w:1)
	/// Proof: `Organizations::PrefixesOf` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::CompanyPrefixes` (r:64 w:72)
	/// Proof: `Organizations::CompanyPrefixes` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::Members` (r:0 w:1)
	/// Proof: `Consortium::Members` (`max_values`: None, `max_size`: Some(42), added: 2517, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::RoleActiveSince` (r:0 w:11)
	/// Proof: `Organizations::RoleActiveSince` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 128]`.
	fn remove(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `5329 + m * (321 ±0)`
		//  Estimated: `220059 + m * (10393 ±0)` (the CLI's largest item: `161566 + m * (2902 ±0)`)
		// Minimum execution time: 749_856_000 picoseconds.
		// Raised from 581_857_143 ps: the line reaches the mean measured at m = 1, 769.8 µs (scripts/weights-floor.py).
		Weight::from_parts(678_547_128, 220059)
			// Standard Error: 379_118
			.saturating_add(Weight::from_parts(91_252_872, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(72_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(93_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 10393).saturating_mul(m.into()))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::CompanyPrefixes` (r:9 w:9)
	/// Proof: `Organizations::CompanyPrefixes` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::PrefixesOf` (r:1 w:1)
	/// Proof: `Organizations::PrefixesOf` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn assign_company_prefix() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1305`
		//  Estimated: `30749` (the CLI's largest item: `23571`)
		// Minimum execution time: 119_970_000 picoseconds.
		Weight::from_parts(127_142_000, 30749)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Organizations::CompanyPrefixes` (r:9 w:9)
	/// Proof: `Organizations::CompanyPrefixes` (`max_values`: None, `max_size`: Some(34), added: 2509, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::PrefixesOf` (r:1 w:1)
	/// Proof: `Organizations::PrefixesOf` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn withdraw_company_prefix() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1055`
		//  Estimated: `27121` (the CLI's largest item: `23571`)
		// Minimum execution time: 87_000_000 picoseconds.
		Weight::from_parts(94_323_000, 27121)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::RoleActiveSince` (r:0 w:1)
	/// Proof: `Organizations::RoleActiveSince` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn grant_role() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `682`
		//  Estimated: `5121` (the CLI's largest item: `3628`)
		// Minimum execution time: 32_453_000 picoseconds.
		Weight::from_parts(36_582_000, 5121)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::RoleActiveSince` (r:0 w:1)
	/// Proof: `Organizations::RoleActiveSince` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn suspend_role() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `606`
		//  Estimated: `3628`
		// Minimum execution time: 28_390_000 picoseconds.
		Weight::from_parts(32_746_000, 3628)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::RoleActiveSince` (r:0 w:1)
	/// Proof: `Organizations::RoleActiveSince` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn reinstate_role() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `649`
		//  Estimated: `5121` (the CLI's largest item: `3628`)
		// Minimum execution time: 30_890_000 picoseconds.
		Weight::from_parts(35_319_000, 5121)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::RoleActiveSince` (r:0 w:1)
	/// Proof: `Organizations::RoleActiveSince` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn revoke_role() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `606`
		//  Estimated: `3628`
		// Minimum execution time: 28_769_000 picoseconds.
		Weight::from_parts(31_620_000, 3628)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Organizations::Members` (r:2 w:1)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::OrganizationMembers` (r:0 w:1)
	/// Proof: `Organizations::OrganizationMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn add_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1363`
		//  Estimated: `17257` (the CLI's largest item: `6144`)
		// Minimum execution time: 127_674_000 picoseconds.
		Weight::from_parts(139_316_000, 17257)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Organizations::Members` (r:2 w:1)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::OrganizationMembers` (r:0 w:1)
	/// Proof: `Organizations::OrganizationMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn remove_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1491`
		//  Estimated: `17257` (the CLI's largest item: `6144`)
		// Minimum execution time: 116_334_000 picoseconds.
		Weight::from_parts(128_250_000, 17257)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn set_credentials() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `935`
		//  Estimated: `7195` (the CLI's largest item: `3628`)
		// Minimum execution time: 32_776_000 picoseconds.
		Weight::from_parts(36_808_000, 7195)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Organizations::Organizations` (r:1 w:1)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	fn set_voter() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1005`
		//  Estimated: `7195` (the CLI's largest item: `3628`)
		// Minimum execution time: 33_978_000 picoseconds.
		Weight::from_parts(40_211_000, 7195)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn vote() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `935`
		//  Estimated: `7195` (the CLI's largest item: `3628`)
		// Minimum execution time: 21_751_000 picoseconds.
		Weight::from_parts(24_125_000, 7195)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn admit(r: u32, ) -> Weight {
		Weight::from_parts(161_163_180, 21020)
			.saturating_add(Weight::from_parts(6_550_071, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
	}
	fn remove(m: u32, ) -> Weight {
		Weight::from_parts(678_547_128, 220059)
			.saturating_add(Weight::from_parts(91_252_872, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(72_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(93_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 10393).saturating_mul(m.into()))
	}
	fn assign_company_prefix() -> Weight {
		Weight::from_parts(127_142_000, 30749)
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn withdraw_company_prefix() -> Weight {
		Weight::from_parts(94_323_000, 27121)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn grant_role() -> Weight {
		Weight::from_parts(36_582_000, 5121)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn suspend_role() -> Weight {
		Weight::from_parts(32_746_000, 3628)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn reinstate_role() -> Weight {
		Weight::from_parts(35_319_000, 5121)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn revoke_role() -> Weight {
		Weight::from_parts(31_620_000, 3628)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn add_member() -> Weight {
		Weight::from_parts(139_316_000, 17257)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn remove_member() -> Weight {
		Weight::from_parts(128_250_000, 17257)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn set_credentials() -> Weight {
		Weight::from_parts(36_808_000, 7195)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_voter() -> Weight {
		Weight::from_parts(40_211_000, 7195)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn vote() -> Weight {
		Weight::from_parts(24_125_000, 7195)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
	}
}
