//! Weights of `pallet_consent`, generated from its benchmarks by `scripts/benchmark.sh`.
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
// pallet_consent
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --template
// scripts/frame-weight-template.hbs
// --output
// pallets/consent/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_consent`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `grant`.
	fn grant(n: u32, ) -> Weight;
	/// The weight of `revoke`.
	fn revoke(n: u32, ) -> Weight;
	/// The weight of `replace`.
	fn replace(n: u32, ) -> Weight;
	/// The weight of `remove`.
	fn remove(n: u32, ) -> Weight;
	/// The weight of `appoint_proxy`.
	fn appoint_proxy() -> Weight;
	/// The weight of `remove_proxy`.
	fn remove_proxy() -> Weight;
	/// The weight of `open_break_glass`.
	fn open_break_glass() -> Weight;
	/// The weight of `justify`.
	fn justify() -> Weight;
	/// The weight of `flag_overdue`.
	fn flag_overdue() -> Weight;
	/// The weight of `close_break_glass`.
	fn close_break_glass() -> Weight;
	/// The weight of `end_break_glass`.
	fn end_break_glass() -> Weight;
	/// The weight of `decide`.
	fn decide() -> Weight;
	/// The weight of `consent_covering`.
	fn consent_covering() -> Weight;
}

/// Weights measured on the project's machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Proxies` (r:1 w:0)
	/// Proof: `Consent::Proxies` (`max_values`: None, `max_size`: Some(409), added: 2884, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Consent::NextConsentId` (r:1 w:1)
	/// Proof: `Consent::NextConsentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:1)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Consents` (r:0 w:1)
	/// Proof: `Consent::Consents` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 63]`.
	fn grant(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1628 + n * (65 ±0)`
		//  Estimated: `29889` (the CLI's largest item: `8315`)
		// Minimum execution time: 148_752_000 picoseconds.
		// Raised from 173_002_873 ps: the line reaches the mean measured at n = 0, 196.7 µs (scripts/weights-floor.py).
		Weight::from_parts(196_700_000, 29889)
			// Standard Error: 16_846
			.saturating_add(Weight::from_parts(187_572, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Consent::Consents` (r:1 w:1)
	/// Proof: `Consent::Consents` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Proxies` (r:1 w:0)
	/// Proof: `Consent::Proxies` (`max_values`: None, `max_size`: Some(409), added: 2884, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:1)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Participations` (r:1 w:0)
	/// Proof: `Trials::Participations` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn revoke(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1021 + n * (72 ±0)`
		//  Estimated: `24520` (the CLI's largest item: `8315`)
		// Minimum execution time: 60_101_000 picoseconds.
		Weight::from_parts(67_945_068, 24520)
			// Standard Error: 5_821
			.saturating_add(Weight::from_parts(1_559_072, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consent::Consents` (r:1 w:2)
	/// Proof: `Consent::Consents` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Proxies` (r:1 w:0)
	/// Proof: `Consent::Proxies` (`max_values`: None, `max_size`: Some(409), added: 2884, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:1)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Consent::NextConsentId` (r:1 w:1)
	/// Proof: `Consent::NextConsentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Trials::Participations` (r:1 w:0)
	/// Proof: `Trials::Participations` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 63]`.
	fn replace(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2009 + n * (72 ±0)`
		//  Estimated: `37126` (the CLI's largest item: `8315`)
		// Minimum execution time: 177_986_000 picoseconds.
		Weight::from_parts(186_134_460, 37126)
			// Standard Error: 8_935
			.saturating_add(Weight::from_parts(1_823_959, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Consent::Consents` (r:1 w:1)
	/// Proof: `Consent::Consents` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Proxies` (r:1 w:0)
	/// Proof: `Consent::Proxies` (`max_values`: None, `max_size`: Some(409), added: 2884, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectConsents` (r:1 w:1)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 64]`.
	fn remove(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1502 + n * (72 ±0)`
		//  Estimated: `28459` (the CLI's largest item: `8315`)
		// Minimum execution time: 126_507_000 picoseconds.
		Weight::from_parts(143_511_840, 28459)
			// Standard Error: 16_689
			.saturating_add(Weight::from_parts(1_672_463, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Proxies` (r:1 w:1)
	/// Proof: `Consent::Proxies` (`max_values`: None, `max_size`: Some(409), added: 2884, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	fn appoint_proxy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `834`
		//  Estimated: `16453` (the CLI's largest item: `3892`)
		// Minimum execution time: 111_956_000 picoseconds.
		Weight::from_parts(118_277_000, 16453)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Consent::Proxies` (r:1 w:1)
	/// Proof: `Consent::Proxies` (`max_values`: None, `max_size`: Some(409), added: 2884, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	fn remove_proxy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `998`
		//  Estimated: `16453` (the CLI's largest item: `3892`)
		// Minimum execution time: 102_735_000 picoseconds.
		Weight::from_parts(109_131_000, 16453)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::OpenSessions` (r:1 w:1)
	/// Proof: `Consent::OpenSessions` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Consent::Sessions` (r:16 w:1)
	/// Proof: `Consent::Sessions` (`max_values`: None, `max_size`: Some(158), added: 2633, mode: `MaxEncodedLen`)
	/// Storage: `Consent::NextSessionId` (r:1 w:1)
	/// Proof: `Consent::NextSessionId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectSessions` (r:0 w:1)
	/// Proof: `Consent::SubjectSessions` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn open_break_glass() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3914`
		//  Estimated: `64426` (the CLI's largest item: `43118`)
		// Minimum execution time: 238_636_000 picoseconds.
		Weight::from_parts(252_775_000, 64426)
			.saturating_add(T::DbWeight::get().reads(23_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Consent::Sessions` (r:1 w:1)
	/// Proof: `Consent::Sessions` (`max_values`: None, `max_size`: Some(158), added: 2633, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn justify() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `850`
		//  Estimated: `8683` (the CLI's largest item: `3623`)
		// Minimum execution time: 35_782_000 picoseconds.
		Weight::from_parts(40_723_000, 8683)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Consent::Sessions` (r:1 w:1)
	/// Proof: `Consent::Sessions` (`max_values`: None, `max_size`: Some(158), added: 2633, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn flag_overdue() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `315`
		//  Estimated: `5116` (the CLI's largest item: `3623`)
		// Minimum execution time: 22_466_000 picoseconds.
		Weight::from_parts(25_075_000, 5116)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Consent::Sessions` (r:1 w:1)
	/// Proof: `Consent::Sessions` (`max_values`: None, `max_size`: Some(158), added: 2633, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Members` (r:1 w:0)
	/// Proof: `Organizations::Members` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(427), added: 2902, mode: `MaxEncodedLen`)
	/// Storage: `Consent::OpenSessions` (r:1 w:1)
	/// Proof: `Consent::OpenSessions` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Consent::SubjectSessions` (r:0 w:1)
	/// Proof: `Consent::SubjectSessions` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn close_break_glass() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1855`
		//  Estimated: `19810` (the CLI's largest item: `3892`)
		// Minimum execution time: 124_390_000 picoseconds.
		Weight::from_parts(133_119_000, 19810)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Consent::Sessions` (r:1 w:1)
	/// Proof: `Consent::Sessions` (`max_values`: None, `max_size`: Some(158), added: 2633, mode: `MaxEncodedLen`)
	/// Storage: `Sponsorship::Sponsorships` (r:1 w:0)
	/// Proof: `Sponsorship::Sponsorships` (`max_values`: None, `max_size`: Some(136), added: 2611, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Consent::OpenSessions` (r:1 w:1)
	/// Proof: `Consent::OpenSessions` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	fn end_break_glass() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `789`
		//  Estimated: `12359` (the CLI's largest item: `3642`)
		// Minimum execution time: 40_866_000 picoseconds.
		Weight::from_parts(48_418_000, 12359)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consent::SubjectConsents` (r:1 w:0)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn decide() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4278`
		//  Estimated: `11943` (the CLI's largest item: `8315`)
		// Minimum execution time: 143_857_000 picoseconds.
		Weight::from_parts(149_615_000, 11943)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Consent::SubjectConsents` (r:1 w:0)
	/// Proof: `Consent::SubjectConsents` (`max_values`: None, `max_size`: Some(4850), added: 7325, mode: `MaxEncodedLen`)
	/// Storage: `Organizations::Organizations` (r:1 w:0)
	/// Proof: `Organizations::Organizations` (`max_values`: None, `max_size`: Some(163), added: 2638, mode: `MaxEncodedLen`)
	fn consent_covering() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4249`
		//  Estimated: `11943` (the CLI's largest item: `8315`)
		// Minimum execution time: 166_795_000 picoseconds.
		Weight::from_parts(171_812_000, 11943)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
}

/// The same measurements with RocksDB's database weights, for unit tests and mocks.
impl WeightInfo for () {
	fn grant(n: u32, ) -> Weight {
		Weight::from_parts(196_700_000, 29889)
			.saturating_add(Weight::from_parts(187_572, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn revoke(n: u32, ) -> Weight {
		Weight::from_parts(67_945_068, 24520)
			.saturating_add(Weight::from_parts(1_559_072, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn replace(n: u32, ) -> Weight {
		Weight::from_parts(186_134_460, 37126)
			.saturating_add(Weight::from_parts(1_823_959, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn remove(n: u32, ) -> Weight {
		Weight::from_parts(143_511_840, 28459)
			.saturating_add(Weight::from_parts(1_672_463, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn appoint_proxy() -> Weight {
		Weight::from_parts(118_277_000, 16453)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn remove_proxy() -> Weight {
		Weight::from_parts(109_131_000, 16453)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn open_break_glass() -> Weight {
		Weight::from_parts(252_775_000, 64426)
			.saturating_add(RocksDbWeight::get().reads(23_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn justify() -> Weight {
		Weight::from_parts(40_723_000, 8683)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn flag_overdue() -> Weight {
		Weight::from_parts(25_075_000, 5116)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn close_break_glass() -> Weight {
		Weight::from_parts(133_119_000, 19810)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn end_break_glass() -> Weight {
		Weight::from_parts(48_418_000, 12359)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn decide() -> Weight {
		Weight::from_parts(149_615_000, 11943)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
	}
	fn consent_covering() -> Weight {
		Weight::from_parts(171_812_000, 11943)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
	}
}
