//! # HealthChain runtime
//!
//! The state-transition function of the HealthChain parachain: Cumulus parachain support (async
//! backing, Aura collators chosen by `collator-selection`), balances and fees, the consortium's
//! governance (one organisation, one vote: `configs::governance`), and — at the fixed indices
//! documented in
//! `docs/runtime.md` — the healthcare pallets.
//!
//! Configuration lives under [`configs`], split by concern; the runtime APIs a collator and
//! standard clients need are in [`apis`]; genesis presets (`development`, `local_testnet`) in
//! [`genesis_config_presets`] (`development`, `local_testnet`, `production`).

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands to deeply nested types.
#![recursion_limit = "256"]

extern crate alloc;

use alloc::vec::Vec;

// The wasm blob built by `build.rs`, available to the node as `WASM_BINARY`.
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

// Before `apis`: its `list_benchmarks!`/`add_benchmarks!` macros are used there.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(feature = "std")]
pub mod privacy;
pub mod weights;
pub mod write_budget;

use sp_runtime::{generic, impl_opaque_keys};
use sp_version::RuntimeVersion;

pub use healthchain_primitives::{
	currency::*, time::*, AccountId, Address, Balance, BlockNumber, Hash, Header, Nonce, Signature,
};
pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;

/// The block type of this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The transaction extensions every signed transaction carries, in this order. Clients (polkadot.js,
/// subxt, polkadot-api, the end-to-end tests) sign over their explicit and implicit parts.
///
/// `StorageWeightReclaim` wraps them all: after each extrinsic it replaces the benchmarked
/// worst-case proof size with the proof the block's storage recorder actually grew by, so that
/// blocks are filled by real proof (docs/performance.md). It adds no data to sign (its entry in
/// the metadata has the unit type). `CheckMetadataHash` lets hardware and offline signers verify
/// what they sign (RFC 78): with mode 1 the signature also covers the metadata digest the
/// runtime was built with.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		write_budget::CheckBlockResources,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// The transaction extensions every wallet sends for `nonce`: immortal, no tip, with or without
/// the metadata hash (`CheckMetadataHash` mode 1 or 0). The one constructor for the project's own
/// signers: the load generator, the node's end-to-end tests and the runtime's own tests.
pub fn wallet_tx_extension(nonce: Nonce, with_metadata_hash: bool) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(generic::Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		write_budget::CheckBlockResources::default(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(with_metadata_hash),
	)
		.into()
}

/// An extrinsic as it travels over the network and into blocks.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload a sender signs: call, extension data, and the extensions' implicit data.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Dispatches extrinsics to the pallets and runs their hooks.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Storage migrations run on the next runtime upgrade, each guarded by its pallet's storage
/// version (a no-op on chains already at the version it leads to, such as every chain started
/// from this runtime's genesis).
pub type Migrations = (
	pallet_consent::migrations::v1::MigrateToV1<Runtime>,
	pallet_consent::migrations::v2::MigrateToV2<Runtime>,
	pallet_records::migrations::v1::MigrateToV1<Runtime>,
);

/// Types the node uses without knowing the runtime's extrinsic format.
pub mod opaque {
	pub use healthchain_primitives::{Hash, Header, OpaqueBlock as Block};
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;
}

impl_opaque_keys! {
	/// The session keys of a collator: only its Aura block-authoring key.
	pub struct SessionKeys {
		/// Aura (block authoring) key.
		pub aura: Aura,
	}
}

/// Declares [`VERSION`] with the given `spec_version` literal (`sp_version::runtime_version`
/// reads the literal itself, to embed the version in the wasm).
macro_rules! runtime_version {
	($spec_version:tt) => {
		/// The runtime's version. Bump `spec_version` for every runtime upgrade,
		/// `transaction_version` whenever a call's index or arguments or the transaction
		/// extensions change (2: `StorageWeightReclaim` and `CheckMetadataHash` added).
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("healthchain"),
			impl_name: alloc::borrow::Cow::Borrowed("healthchain"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 0,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 2,
			system_version: 1,
		};
	};
}

#[cfg(not(feature = "upgrade-rehearsal"))]
runtime_version!(1);
// The same runtime one `spec_version` higher, for rehearsing a runtime upgrade on a local network
// (`scripts/upgrade-runtime.sh`, the zombienet upgrade test). Never a release build.
#[cfg(feature = "upgrade-rehearsal")]
runtime_version!(2);

#[frame_support::runtime]
mod runtime {
	/// The HealthChain runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// ---- system support: 0..9
	/// Accounts, blocks, events.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	/// Parachain validation data from the relay chain, runtime upgrades.
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	/// The block timestamp (milliseconds since the Unix epoch).
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	/// This chain's parachain id.
	#[runtime::pallet_index(3)]
	pub type ParachainInfo = parachain_info;
	/// Calls scheduled for later blocks: enactments of approved referenda, referendum alarms.
	#[runtime::pallet_index(4)]
	pub type Scheduler = pallet_scheduler;
	/// Stored call data of proposals too long to go inline (a deposit per byte).
	#[runtime::pallet_index(5)]
	pub type Preimage = pallet_preimage;
	/// Weight information and benchmark of the `StorageWeightReclaim` transaction extension.
	#[runtime::pallet_index(6)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;

	// ---- money: 10..14
	/// Balances of the fee token, holds for deposits.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	/// Transaction fees.
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;

	// ---- governance: 15..19 (docs/governance.md)
	/// A super-user key: Alice on the development chain only; no key in the `local_testnet`
	/// and `production` presets.
	#[runtime::pallet_index(15)]
	pub type Sudo = pallet_sudo;
	/// The governing body: one seat per organisation, one vote per seat.
	#[runtime::pallet_index(16)]
	pub type Consortium = pallet_ranked_collective;
	/// Referenda on the `root`, `business` and `emergency` tracks, decided by the seats.
	#[runtime::pallet_index(17)]
	pub type Referenda = pallet_referenda;
	/// The `business` and `emergency` origins and the pace of referenda.
	#[runtime::pallet_index(18)]
	pub type GovernanceOrigins = crate::configs::governance::origins::pallet_governance_origins;

	// ---- collators: 20..29. Their order matters: authorship, collator selection and session
	// hooks run in this order.
	/// Records the author of each block.
	#[runtime::pallet_index(20)]
	pub type Authorship = pallet_authorship;
	/// The set of collators (invulnerables set by governance).
	#[runtime::pallet_index(21)]
	pub type CollatorSelection = pallet_collator_selection;
	/// Session keys and session rotation.
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;
	/// Aura block authoring.
	#[runtime::pallet_index(23)]
	pub type Aura = pallet_aura;
	/// Aura extensions for parachains (async backing velocity).
	#[runtime::pallet_index(24)]
	pub type AuraExt = cumulus_pallet_aura_ext;

	// ---- healthcare: 50..59 (docs/runtime.md). Every pallet here is in
	// `privacy::HEALTHCARE_PALLETS`.
	/// The consortium registry: organisations, their roles and member accounts.
	#[runtime::pallet_index(50)]
	pub type Organizations = pallet_organizations;
	/// Patient consent: grants, denials, proxies, break-glass; the decision API.
	#[runtime::pallet_index(51)]
	pub type Consent = pallet_consent;
	/// Medical-records anchoring: commitments, versions, batches, the access log.
	#[runtime::pallet_index(52)]
	pub type Records = pallet_records;
	/// The clinical-trial registry: pre-registration, amendments, enrolment, results, flags.
	#[runtime::pallet_index(53)]
	pub type Trials = pallet_trials;
	/// Drug provenance: GS1 serialised packs, custody, dispense, recalls, investigations.
	#[runtime::pallet_index(54)]
	pub type Provenance = pallet_provenance;
	/// Insurance claims: policies, coverage, claims checked against the chain's facts,
	/// auto-adjudication, settlement, fraud signals.
	#[runtime::pallet_index(55)]
	pub type Claims = pallet_claims;
	/// Sponsorship: organisations pay the fees and deposits of patients who hold no tokens.
	#[runtime::pallet_index(56)]
	pub type Sponsorship = pallet_sponsorship;
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn pallet_indices_are_fixed() {
		use frame_support::traits::PalletInfoAccess;
		assert_eq!(System::index(), 0);
		assert_eq!(ParachainSystem::index(), 1);
		assert_eq!(Timestamp::index(), 2);
		assert_eq!(ParachainInfo::index(), 3);
		assert_eq!(Scheduler::index(), 4);
		assert_eq!(Preimage::index(), 5);
		assert_eq!(WeightReclaim::index(), 6);
		assert_eq!(Balances::index(), 10);
		assert_eq!(TransactionPayment::index(), 11);
		assert_eq!(Sudo::index(), 15);
		assert_eq!(Consortium::index(), 16);
		assert_eq!(Referenda::index(), 17);
		assert_eq!(GovernanceOrigins::index(), 18);
		assert_eq!(Authorship::index(), 20);
		assert_eq!(CollatorSelection::index(), 21);
		assert_eq!(Session::index(), 22);
		assert_eq!(Aura::index(), 23);
		assert_eq!(AuraExt::index(), 24);
		assert_eq!(Organizations::index(), 50);
		assert_eq!(Consent::index(), 51);
		assert_eq!(Records::index(), 52);
		assert_eq!(Trials::index(), 53);
		assert_eq!(Provenance::index(), 54);
		assert_eq!(Claims::index(), 55);
		assert_eq!(Sponsorship::index(), 56);
	}

	/// A grant appends its rule to the patient's stored list (the state's append, then the bound
	/// checked on the length it left, undone with the call if past it) without decoding it: the
	/// state's append must give the list `BoundedVec::try_push` would, rule by rule, through the
	/// length prefix's growth from one byte to two at 64 rules (the runtime's
	/// `MAX_CONSENTS_PER_PATIENT`, which the pallet's mock, with 5, never reaches), and refuse
	/// the one beyond.
	#[test]
	fn a_patients_full_list_of_appended_grants_decodes_rule_by_rule() {
		use codec::{Compact, Decode, Encode};
		use frame_support::{assert_noop, assert_ok};
		use healthchain_primitives::{Action, DataClass, Purpose};
		let dev = sp_genesis_builder::PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET);
		let mut ext: sp_io::TestExternalities =
			genesis_config_presets::tests::preset_storage(&dev).into();
		ext.execute_with(|| {
			System::set_block_number(1);
			let patient = sp_keyring::Sr25519Keyring::Ferdie.to_account_id();
			let max = configs::healthcare::MAX_CONSENTS_PER_PATIENT;
			assert_eq!(max, 64, "the prefix grows at 64 rules: the test crosses it");
			let terms = crate::write_budget::tests::permit(
				0,
				Purpose::Treatment,
				&[DataClass::LabResults],
				&[Action::Access],
			);
			let mut expected = Vec::new();
			for listed in 0..max {
				let id = pallet_consent::NextConsentId::<Runtime>::get();
				assert_ok!(Consent::grant(
					RuntimeOrigin::signed(patient.clone()),
					patient.clone(),
					terms.clone()
				));
				let stored = pallet_consent::Consents::<Runtime>::get(id).expect("stored");
				expected.push(pallet_consent::ConsentRule::of(id, &stored));
				let key = pallet_consent::SubjectConsents::<Runtime>::hashed_key_for(&patient);
				let raw = sp_io::storage::get(&key).expect("the list is stored");
				assert_eq!(
					raw.to_vec(),
					expected.encode(),
					"after {} grants the stored bytes are the list's encoding",
					listed + 1
				);
				let prefix = Compact::<u32>(listed + 1).encode().len();
				assert_eq!(prefix, if listed + 1 < 64 { 1 } else { 2 });
				assert_eq!(
					pallet_consent::SubjectConsents::<Runtime>::get(&patient).into_inner(),
					Vec::<pallet_consent::ConsentRule>::decode(&mut &raw[..]).unwrap()
				);
			}
			assert_noop!(
				Consent::grant(RuntimeOrigin::signed(patient.clone()), patient.clone(), terms),
				pallet_consent::Error::<Runtime>::TooManyConsents
			);
		});
	}

	/// `ChargeTransactionPayment`'s weight leaves out the payer's account (`benchmarks.rs`,
	/// `pallet_transaction_payment::BenchmarkConfig`) because `CheckNonce` reads and writes the
	/// signer's and is charged for it: a signer who pays its own fee has the fee touch that same
	/// key, in the block's overlay, whichever of the two runs first. That holds while both are in
	/// the extension list, `CheckNonce`'s weight still holds a read, a write and the account's
	/// proof, and balances keep their accounts in `System::Account`.
	#[test]
	fn the_signers_account_is_charged_once_by_the_nonce_check() {
		use codec::MaxEncodedLen;
		use frame_system::ExtensionsWeightInfo;
		use sp_runtime::traits::TransactionExtension;
		let ids: Vec<&str> = <TxExtension as TransactionExtension<RuntimeCall>>::metadata()
			.iter()
			.map(|m| m.identifier)
			.collect();
		assert!(ids.contains(&"CheckNonce"), "CheckNonce is in the extension list: {ids:?}");
		assert!(ids.contains(&"ChargeTransactionPayment"), "and the fee: {ids:?}");

		let db = <Runtime as frame_system::Config>::DbWeight::get();
		let nonce = <Runtime as frame_system::Config>::ExtensionsWeightInfo::check_nonce();
		assert!(
			nonce.ref_time() >= db.reads_writes(1, 1).ref_time(),
			"CheckNonce is charged the account's read and write: {nonce:?}"
		);
		let account =
			frame_system::AccountInfo::<Nonce, pallet_balances::AccountData<Balance>>::max_encoded_len();
		assert!(nonce.proof_size() >= account as u64, "and its proof: {nonce:?}");

		assert_eq!(
			core::any::TypeId::of::<<Runtime as pallet_balances::Config>::AccountStore>(),
			core::any::TypeId::of::<System>(),
			"the fee withdraws from the account CheckNonce reads"
		);
	}

	/// The other half of that bargain: a sponsored fee is paid from the payer's account, not the
	/// signer's, so `CheckNonce` has not read it; every call a sponsor may pay for
	/// ([`configs::healthcare::PatientOperations`]) is charged `Sponsors::sponsored_call_weight`
	/// before it runs, whose `charge_sponsored` holds that account's read and write. Each call's
	/// charge is at least its own benchmarked weight plus that.
	#[test]
	fn every_call_a_sponsor_pays_for_is_charged_the_payers_account() {
		use crate::write_budget::tests::{alice, permit};
		use frame_support::{
			dispatch::GetDispatchInfo,
			traits::{Contains, Get},
			weights::Weight,
		};
		use healthchain_primitives::{
			consent::{OnConsentEnded, ProxyKind},
			Purpose, Sponsors,
		};
		use pallet_consent::{Call as C, WeightInfo as _};
		use pallet_sponsorship::WeightInfo as _;
		use pallet_trials::WeightInfo as _;
		type ConsentWeights = <Runtime as pallet_consent::Config>::WeightInfo;
		let who = alice();
		let terms = permit(1, Purpose::Treatment, &[], &[]);
		let listed = <Runtime as pallet_consent::Config>::MaxConsentsPerSubject::get();
		let ended = <Runtime as pallet_consent::Config>::OnConsentEnded::weight();
		let calls: Vec<(RuntimeCall, Weight)> = vec![
			(
				C::grant { subject: who.clone(), terms: terms.clone() }.into(),
				ConsentWeights::grant(listed - 1),
			),
			(C::revoke { consent: 0 }.into(), ConsentWeights::revoke(listed).saturating_add(ended)),
			(
				C::replace { consent: 0, terms }.into(),
				ConsentWeights::replace(listed - 1).saturating_add(ended),
			),
			(C::remove { consent: 0 }.into(), ConsentWeights::remove(listed)),
			(
				C::appoint_proxy { proxy: who.clone(), kind: ProxyKind::Guardian, until: None }
					.into(),
				ConsentWeights::appoint_proxy(),
			),
			(
				C::remove_proxy { subject: who.clone(), proxy: who.clone() }.into(),
				ConsentWeights::remove_proxy(),
			),
			(C::end_break_glass { session: 0 }.into(), ConsentWeights::end_break_glass()),
			(
				pallet_trials::Call::withdraw { trial: 0, participant: who.clone() }.into(),
				<Runtime as pallet_trials::Config>::WeightInfo::withdraw(),
			),
			(
				pallet_sponsorship::Call::end_sponsorship { account: who }.into(),
				<Runtime as pallet_sponsorship::Config>::WeightInfo::end_sponsorship(),
			),
		];
		let payer = <Sponsorship as Sponsors<AccountId>>::sponsored_call_weight();
		assert!(payer.ref_time() > 0 && payer.proof_size() > 0);
		sp_io::TestExternalities::default().execute_with(|| {
			for (call, own) in calls {
				assert!(
					configs::healthcare::PatientOperations::contains(&call),
					"{call:?} is sponsored"
				);
				let charged = call.get_dispatch_info().call_weight;
				assert!(
					charged.all_gte(own.saturating_add(payer)),
					"{call:?} is charged {charged:?}, less than its own {own:?} plus the payer's {payer:?}"
				);
			}
		});
	}

	#[test]
	fn version_names_the_chain() {
		assert_eq!(VERSION.spec_name, "healthchain");
		assert_eq!(VERSION.impl_name, "healthchain");
	}

	#[test]
	fn runtime_version_lists_the_apis_collators_and_clients_call() {
		use sp_api::RuntimeApiInfo;
		let has = |id: [u8; 8]| VERSION.apis.iter().any(|(api, _)| *api == id);
		assert!(has(<dyn sp_api::Core<Block>>::ID));
		assert!(has(<dyn sp_api::Metadata<Block>>::ID));
		assert!(has(<dyn sp_block_builder::BlockBuilder<Block>>::ID));
		assert!(has(<dyn sp_consensus_aura::AuraApi<Block, AuraId>>::ID));
		assert!(has(<dyn cumulus_primitives_aura::AuraUnincludedSegmentApi<Block>>::ID));
		assert!(has(<dyn cumulus_primitives_core::CollectCollationInfo<Block>>::ID));
		assert!(has(<dyn cumulus_primitives_core::KeyToIncludeInRelayProof<Block>>::ID));
		assert!(has(<dyn cumulus_primitives_core::GetParachainInfo<Block>>::ID));
		assert!(has(<dyn sp_genesis_builder::GenesisBuilder<Block>>::ID));
		assert!(has(<dyn sp_session::SessionKeys<Block>>::ID));
		assert!(has(<dyn sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block>>::ID));
		assert!(has(
			<dyn frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce>>::ID
		));
		assert!(has(<dyn pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<
			Block,
			Balance,
		>>::ID));
	}
}
