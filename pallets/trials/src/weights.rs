//! Weights of `pallet_trials`, generated from its benchmarks by `scripts/benchmark.sh`.
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
// pallet_trials
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// scripts/frame-weight-template.hbs
// --output
// pallets/trials/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_trials`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `register`.
	fn register() -> Weight;
	/// The weight of `approve`.
	fn approve() -> Weight;
	/// The weight of `set_status`.
	fn set_status() -> Weight;
	/// The weight of `amend`.
	fn amend() -> Weight;
	/// The weight of `enroll`.
	fn enroll() -> Weight;
	/// The weight of `reconsent`.
	fn reconsent() -> Weight;
	/// The weight of `withdraw`.
	fn withdraw() -> Weight;
	/// The weight of `consent_ended`.
	fn consent_ended(n: u32, ) -> Weight;
	/// The weight of `release_enrolment`.
	fn release_enrolment() -> Weight;
	/// The weight of `submit_results`.
	fn submit_results() -> Weight;
	/// The weight of `check_flags`.
	fn check_flags() -> Weight;
}

/// Weights measured on the project's machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Trials::NextTrialId` (r:1 w:1)
	/// Proof: `Trials::NextTrialId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Trials` (r:0 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1490`
		//  Estimated: `17662` (the CLI's largest item: `3892`)
		// Minimum execution time: 161_211_000 picoseconds.
		Weight::from_parts(171_386_000, 17662)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	fn approve() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2846`
		//  Estimated: `13998` (the CLI's largest item: `5310`)
		// Minimum execution time: 67_423_000 picoseconds.
		Weight::from_parts(71_784_000, 13998)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_status() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2932`
		//  Estimated: `13998` (the CLI's largest item: `5310`)
		// Minimum execution time: 71_135_000 picoseconds.
		Weight::from_parts(76_316_000, 13998)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Amendments` (r:0 w:1)
	/// Proof: `Trials::Amendments` (`max_values`: None, `max_size`: Some(1123), added: 3598, mode: `MaxEncodedLen`)
	fn amend() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3496`
		//  Estimated: `21483` (the CLI's largest item: `5310`)
		// Minimum execution time: 188_257_000 picoseconds.
		Weight::from_parts(196_747_000, 21483)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Enrolments` (r:1 w:1)
	/// Proof: `Trials::Enrolments` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:0)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Participations` (r:1 w:1)
	/// Proof: `Trials::Participations` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn enroll() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3637`
		//  Estimated: `36937` (the CLI's largest item: `8315`)
		// Minimum execution time: 195_040_000 picoseconds.
		Weight::from_parts(207_002_000, 36937)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Enrolments` (r:1 w:1)
	/// Proof: `Trials::Enrolments` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:0)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	fn reconsent() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3339`
		//  Estimated: `25906` (the CLI's largest item: `8315`)
		// Minimum execution time: 101_600_000 picoseconds.
		Weight::from_parts(113_275_000, 25906)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Enrolments` (r:1 w:1)
	/// Proof: `Trials::Enrolments` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Proxies` (r:1 w:0)
	/// Proof: `Consent::Proxies` (`max_values`: None, `max_size`: Some(409), added: 2884, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Participations` (r:1 w:1)
	/// Proof: `Trials::Participations` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4211`
		//  Estimated: `36097` (the CLI's largest item: `5310`)
		// Minimum execution time: 200_669_000 picoseconds.
		Weight::from_parts(224_705_000, 36097)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Participations` (r:1 w:1)
	/// Proof: `Trials::Participations` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Enrolments` (r:8 w:8)
	/// Proof: `Trials::Enrolments` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Trials` (r:8 w:8)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Consents` (r:1 w:0)
	/// Proof: `Consent::Consents` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:8 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:8 w:8)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:8 w:8)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 8]`.
	fn consent_ended(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1368 + n * (2271 ±0)`
		//  Estimated: `29376 + n * (13104 ±0)` (the CLI's largest item: `3691 + n * (4320 ±0)`)
		// Minimum execution time: 175_232_000 picoseconds.
		Weight::from_parts(58_213_315, 29376)
			// Standard Error: 956_091
			.saturating_add(Weight::from_parts(140_850_111, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 13104).saturating_mul(n.into()))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Enrolments` (r:1 w:1)
	/// Proof: `Trials::Enrolments` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Participations` (r:1 w:1)
	/// Proof: `Trials::Participations` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	fn release_enrolment() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2991`
		//  Estimated: `19934` (the CLI's largest item: `5310`)
		// Minimum execution time: 150_304_000 picoseconds.
		Weight::from_parts(161_461_000, 19934)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn submit_results() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2933`
		//  Estimated: `13998` (the CLI's largest item: `5310`)
		// Minimum execution time: 80_209_000 picoseconds.
		Weight::from_parts(86_193_000, 13998)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Trials::Trials` (r:1 w:1)
	/// Proof: `Trials::Trials` (`max_values`: None, `max_size`: Some(1845), added: 4320, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn check_flags() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1927`
		//  Estimated: `6803` (the CLI's largest item: `5310`)
		// Minimum execution time: 48_661_000 picoseconds.
		Weight::from_parts(53_346_000, 6803)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(171_386_000, 17662)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn approve() -> Weight {
		Weight::from_parts(71_784_000, 13998)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_status() -> Weight {
		Weight::from_parts(76_316_000, 13998)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn amend() -> Weight {
		Weight::from_parts(196_747_000, 21483)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn enroll() -> Weight {
		Weight::from_parts(207_002_000, 36937)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn reconsent() -> Weight {
		Weight::from_parts(113_275_000, 25906)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(224_705_000, 36097)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn consent_ended(n: u32, ) -> Weight {
		Weight::from_parts(58_213_315, 29376)
			.saturating_add(Weight::from_parts(140_850_111, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 13104).saturating_mul(n.into()))
	}
	fn release_enrolment() -> Weight {
		Weight::from_parts(161_461_000, 19934)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn submit_results() -> Weight {
		Weight::from_parts(86_193_000, 13998)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn check_flags() -> Weight {
		Weight::from_parts(53_346_000, 6803)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
