//! Weights of `pallet_claims`, generated from its benchmarks by `scripts/benchmark.sh`.
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
// pallet_claims
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// scripts/frame-weight-template.hbs
// --output
// pallets/claims/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_claims`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `publish_new_policy`.
	fn publish_new_policy(r: u32, ) -> Weight;
	/// The weight of `publish_policy`.
	fn publish_policy(r: u32, ) -> Weight;
	/// The weight of `record_coverage`.
	fn record_coverage() -> Weight;
	/// The weight of `end_coverage`.
	fn end_coverage() -> Weight;
	/// The weight of `remove_coverage`.
	fn remove_coverage() -> Weight;
	/// The weight of `submit_claim`.
	fn submit_claim(l: u32, ) -> Weight;
	/// The weight of `adjudicate`.
	fn adjudicate(l: u32, ) -> Weight;
	/// The weight of `appeal`.
	fn appeal() -> Weight;
	/// The weight of `cancel`.
	fn cancel(l: u32, ) -> Weight;
	/// The weight of `instruct_payment`.
	fn instruct_payment() -> Weight;
	/// The weight of `confirm_payment`.
	fn confirm_payment() -> Weight;
	/// The weight of `dispute_payment`.
	fn dispute_payment() -> Weight;
	/// The weight of `remove_claim`.
	fn remove_claim(l: u32, ) -> Weight;
}

/// Weights measured on the project's machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Claims::NextPolicyId` (r:1 w:1)
	/// Proof: `Claims::NextPolicyId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Policies` (r:0 w:1)
	/// Proof: `Claims::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Claims::PolicyVersions` (r:0 w:1)
	/// Proof: `Claims::PolicyVersions` (`max_values`: None, `max_size`: Some(2034), added: 4509, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 64]`.
	fn publish_new_policy(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1369`
		//  Estimated: `16169` (the CLI's largest item: `3892`)
		// Minimum execution time: 132_646_000 picoseconds.
		Weight::from_parts(145_747_978, 16169)
			// Standard Error: 7_298
			.saturating_add(Weight::from_parts(170_476, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Policies` (r:1 w:1)
	/// Proof: `Claims::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Claims::PolicyVersions` (r:0 w:1)
	/// Proof: `Claims::PolicyVersions` (`max_values`: None, `max_size`: Some(2034), added: 4509, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 64]`.
	fn publish_policy(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1488`
		//  Estimated: `18165` (the CLI's largest item: `3892`)
		// Minimum execution time: 136_728_000 picoseconds.
		Weight::from_parts(145_881_182, 18165)
			// Standard Error: 4_082
			.saturating_add(Weight::from_parts(206_370, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Policies` (r:1 w:0)
	/// Proof: `Claims::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Claims::NextCoverageId` (r:1 w:1)
	/// Proof: `Claims::NextCoverageId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Claims::PatientCoverages` (r:1 w:1)
	/// Proof: `Claims::PatientCoverages` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Coverages` (r:0 w:1)
	/// Proof: `Claims::Coverages` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	fn record_coverage() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1970`
		//  Estimated: `23248` (the CLI's largest item: `3892`)
		// Minimum execution time: 153_297_000 picoseconds.
		Weight::from_parts(163_541_000, 23248)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Coverages` (r:1 w:1)
	/// Proof: `Claims::Coverages` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	fn end_coverage() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1497`
		//  Estimated: `12265` (the CLI's largest item: `3628`)
		// Minimum execution time: 54_240_000 picoseconds.
		Weight::from_parts(59_246_000, 12265)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Claims::Coverages` (r:1 w:1)
	/// Proof: `Claims::Coverages` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Claims::PatientCoverages` (r:1 w:1)
	/// Proof: `Claims::PatientCoverages` (`max_values`: None, `max_size`: Some(125), added: 2600, mode: `MaxEncodedLen`)
	fn remove_coverage() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1384`
		//  Estimated: `16145` (the CLI's largest item: `3892`)
		// Minimum execution time: 119_720_000 picoseconds.
		Weight::from_parts(127_920_000, 16145)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:2 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Coverages` (r:1 w:0)
	/// Proof: `Claims::Coverages` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Policies` (r:1 w:0)
	/// Proof: `Claims::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Claims::PolicyVersions` (r:3 w:0)
	/// Proof: `Claims::PolicyVersions` (`max_values`: None, `max_size`: Some(2034), added: 4509, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:0)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Claims` (r:1 w:2)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Claims::NextClaimId` (r:1 w:1)
	/// Proof: `Claims::NextClaimId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::RoleActiveSince` (r:4 w:0)
	/// Proof: `Organizations::RoleActiveSince` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Records::Records` (r:1 w:0)
	/// Proof: `Records::Records` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Records::Versions` (r:1 w:0)
	/// Proof: `Records::Versions` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `Claims::ClaimedPacks` (r:16 w:16)
	/// Proof: `Claims::ClaimedPacks` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Packs` (r:16 w:0)
	/// Proof: `Provenance::Packs` (`max_values`: None, `max_size`: Some(825), added: 3300, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Fingerprints` (r:16 w:16)
	/// Proof: `Claims::Fingerprints` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Claims::PayerClaims` (r:0 w:1)
	/// Proof: `Claims::PayerClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Claims::ProviderClaims` (r:0 w:1)
	/// Proof: `Claims::ProviderClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 16]`.
	fn submit_claim(l: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `9858 + l * (735 ±0)`
		//  Estimated: `93184 + l * (7316 ±0)` (the CLI's largest item: `14517 + l * (3300 ±0)`)
		// Minimum execution time: 336_157_000 picoseconds.
		Weight::from_parts(331_963_804, 93184)
			// Standard Error: 34_342
			.saturating_add(Weight::from_parts(24_606_837, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 7316).saturating_mul(l.into()))
	}
	/// Storage: `Claims::Claims` (r:2 w:2)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 16]`.
	fn adjudicate(l: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3206 + l * (107 ±0)`
		//  Estimated: `18634` (the CLI's largest item: `9946`)
		// Minimum execution time: 80_220_000 picoseconds.
		Weight::from_parts(88_615_613, 18634)
			// Standard Error: 12_835
			.saturating_add(Weight::from_parts(934_860, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Claims::Claims` (r:2 w:2)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn appeal() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4919`
		//  Estimated: `18634` (the CLI's largest item: `9946`)
		// Minimum execution time: 97_314_000 picoseconds.
		Weight::from_parts(105_886_000, 18634)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Claims::Claims` (r:2 w:2)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Fingerprints` (r:16 w:16)
	/// Proof: `Claims::Fingerprints` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Claims::ClaimedPacks` (r:16 w:16)
	/// Proof: `Claims::ClaimedPacks` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 16]`.
	fn cancel(l: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3181 + l * (203 ±0)`
		//  Estimated: `22783 + l * (4900 ±0)` (the CLI's largest item: `9946 + l * (2524 ±0)`)
		// Minimum execution time: 96_692_000 picoseconds.
		// Raised from 88_264_617 ps: the line reaches the mean measured at l = 1, 105.7 µs (scripts/weights-floor.py).
		Weight::from_parts(89_742_423, 22783)
			// Standard Error: 42_816
			.saturating_add(Weight::from_parts(15_957_577, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 4900).saturating_mul(l.into()))
	}
	/// Storage: `Claims::Claims` (r:1 w:1)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn instruct_payment() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3394`
		//  Estimated: `14156` (the CLI's largest item: `5468`)
		// Minimum execution time: 79_384_000 picoseconds.
		Weight::from_parts(89_679_000, 14156)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Claims::Claims` (r:1 w:1)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn confirm_payment() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3395`
		//  Estimated: `14156` (the CLI's largest item: `5468`)
		// Minimum execution time: 76_260_000 picoseconds.
		Weight::from_parts(88_116_000, 14156)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Claims::Claims` (r:1 w:1)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn dispute_payment() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3395`
		//  Estimated: `14156` (the CLI's largest item: `5468`)
		// Minimum execution time: 76_183_000 picoseconds.
		Weight::from_parts(85_973_000, 14156)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Claims::Claims` (r:2 w:2)
	/// Proof: `Claims::Claims` (`max_values`: None, `max_size`: Some(2003), added: 4478, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Fingerprints` (r:16 w:16)
	/// Proof: `Claims::Fingerprints` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Claims::ClaimedPacks` (r:16 w:16)
	/// Proof: `Claims::ClaimedPacks` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Claims::Flagged` (r:0 w:1)
	/// Proof: `Claims::Flagged` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Claims::PayerClaims` (r:0 w:1)
	/// Proof: `Claims::PayerClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Claims::ProviderClaims` (r:0 w:1)
	/// Proof: `Claims::ProviderClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 16]`.
	fn remove_claim(l: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2724 + l * (203 ±0)`
		//  Estimated: `23073 + l * (4900 ±0)` (the CLI's largest item: `9946 + l * (2524 ±0)`)
		// Minimum execution time: 156_678_000 picoseconds.
		Weight::from_parts(153_785_736, 23073)
			// Standard Error: 57_422
			.saturating_add(Weight::from_parts(15_757_070, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 4900).saturating_mul(l.into()))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn publish_new_policy(r: u32, ) -> Weight {
		Weight::from_parts(145_747_978, 16169)
			.saturating_add(Weight::from_parts(170_476, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn publish_policy(r: u32, ) -> Weight {
		Weight::from_parts(145_881_182, 18165)
			.saturating_add(Weight::from_parts(206_370, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn record_coverage() -> Weight {
		Weight::from_parts(163_541_000, 23248)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn end_coverage() -> Weight {
		Weight::from_parts(59_246_000, 12265)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_coverage() -> Weight {
		Weight::from_parts(127_920_000, 16145)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn submit_claim(l: u32, ) -> Weight {
		Weight::from_parts(331_963_804, 93184)
			.saturating_add(Weight::from_parts(24_606_837, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(20_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 7316).saturating_mul(l.into()))
	}
	fn adjudicate(l: u32, ) -> Weight {
		Weight::from_parts(88_615_613, 18634)
			.saturating_add(Weight::from_parts(934_860, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn appeal() -> Weight {
		Weight::from_parts(105_886_000, 18634)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn cancel(l: u32, ) -> Weight {
		Weight::from_parts(89_742_423, 22783)
			.saturating_add(Weight::from_parts(15_957_577, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 4900).saturating_mul(l.into()))
	}
	fn instruct_payment() -> Weight {
		Weight::from_parts(89_679_000, 14156)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn confirm_payment() -> Weight {
		Weight::from_parts(88_116_000, 14156)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn dispute_payment() -> Weight {
		Weight::from_parts(85_973_000, 14156)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn remove_claim(l: u32, ) -> Weight {
		Weight::from_parts(153_785_736, 23073)
			.saturating_add(Weight::from_parts(15_757_070, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(l.into())))
			.saturating_add(Weight::from_parts(0, 4900).saturating_mul(l.into()))
	}
}
