//! The runtime APIs: everything a collator, a `--dev` node and standard clients (polkadot.js,
//! subxt, polkadot-api) call. A missing collator API leaves a node stuck at genesis; the list
//! follows the polkadot-sdk parachain template of the same release.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::Get,
	weights::Weight,
};
use healthchain_primitives::{
	claims::{ClaimId, ClaimInfo, CoverageInfo, Day, Party, PolicyId, PolicyInfo},
	consent::{
		Actor, BreakGlassInfo, ConsentId, ConsentInfo, Decision, Moment, ProxyKind, SessionId,
	},
	merkle::MerkleProof,
	organizations::OrganizationInfo,
	provenance::{
		BatchInfo as DrugBatchInfo, CaseInfo, Expiry, Gtin, Investigation, PackInfo, PackKey,
		ProductInfo, Sscc, Verification as PackVerification,
	},
	records::{
		AccessEntry, BatchId, BatchInfo, BatchOutcome, RecordHistory, RecordId, Verification,
	},
	trials::{AmendmentInfo, TrialId, TrialInfo, TrialStatus},
	Action, Commitment, DataClass, OrganizationId, OrganizationRegistry, Purpose, Role,
};
use pallet_aura::Authorities;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use crate::{
	configs::consensus::{ConsensusHook, BLOCK_PROCESSING_VELOCITY},
	genesis_config_presets, AccountId, Balance, Block, BlockNumber, Claims, Consent, Executive,
	InherentDataExt, Nonce, Organizations, ParachainSystem, Provenance, Records, Runtime,
	RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment, Trials,
	SLOT_DURATION, VERSION,
};

impl_runtime_apis! {
	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
		}

		fn authorities() -> Vec<AuraId> {
			Authorities::<Runtime>::get().into_inner()
		}
	}

	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as BlockT>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(
			header: &<Block as BlockT>::Header,
		) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> cumulus_primitives_core::ParaId {
			parachain_info::Pallet::<Runtime>::parachain_id()
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			<Runtime as cumulus_pallet_parachain_system::Config>::RelayParentOffset::get()
		}

		fn max_claim_queue_offset() -> u8 {
			ParachainSystem::max_claim_queue_offset()
		}
	}

	impl cumulus_primitives_core::TargetBlockRate<Block> for Runtime {
		fn target_block_rate() -> u32 {
			BLOCK_PROCESSING_VELOCITY
		}
	}

	impl cumulus_primitives_core::KeyToIncludeInRelayProof<Block> for Runtime {
		fn keys_to_prove() -> cumulus_primitives_core::RelayProofRequest {
			// The runtime reads nothing from the relay chain beyond what parachain-system proves.
			Default::default()
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	impl healthchain_primitives::organizations::OrganizationsApi<Block, AccountId, BlockNumber>
		for Runtime
	{
		fn organization(id: OrganizationId) -> Option<OrganizationInfo<AccountId, BlockNumber>> {
			Organizations::organization_info(id)
		}

		fn organizations_of(who: AccountId) -> Vec<OrganizationId> {
			Organizations::organizations_of(&who)
		}

		fn may_act(who: AccountId, role: Role) -> Option<OrganizationId> {
			Organizations::acting_with_role(&who, role)
		}
	}

	impl healthchain_primitives::consent::ConsentApi<Block, AccountId> for Runtime {
		fn decide(
			subject: AccountId,
			actor: Actor<AccountId>,
			action: Action,
			data_class: DataClass,
			purpose: Purpose,
			at: Option<Moment>,
		) -> Decision {
			Consent::decide(&subject, actor, action, data_class, purpose, at)
		}

		fn consent(id: ConsentId) -> Option<ConsentInfo<AccountId>> {
			Consent::consent_info(id)
		}

		fn consents_of(subject: AccountId) -> Vec<ConsentInfo<AccountId>> {
			Consent::consents_of(&subject)
		}

		fn proxies_of(subject: AccountId) -> Vec<(AccountId, ProxyKind, Option<Moment>)> {
			Consent::proxies_of(&subject)
		}

		fn break_glass_sessions(
			subject: Option<AccountId>,
			after: Option<SessionId>,
			limit: u32,
		) -> Vec<BreakGlassInfo<AccountId>> {
			Consent::break_glass_sessions(subject.as_ref(), after, limit)
		}
	}

	#[api_version(2)]
	impl healthchain_primitives::records::RecordsApi<Block, AccountId> for Runtime {
		fn verify(id: RecordId, commitment: Commitment) -> Verification {
			Records::verify(id, commitment)
		}

		fn history(id: RecordId) -> Option<RecordHistory<AccountId>> {
			Records::history(id)
		}

		fn batch(id: BatchId) -> Option<BatchInfo> {
			Records::batch_info(id)
		}

		fn verify_batch(id: BatchId, commitment: Commitment, proof: MerkleProof) -> BatchOutcome {
			Records::verify_batch(id, commitment, &proof)
		}

		fn access_log(subject: AccountId, from: u32, limit: u32) -> (u32, Vec<(u32, AccessEntry)>) {
			Records::access_log(&subject, from, limit)
		}
	}

	impl healthchain_primitives::provenance::ProvenanceApi<Block> for Runtime {
		fn verify(gtin: Gtin, serial: Vec<u8>, lot: Option<Vec<u8>>, expiry: Option<Expiry>) -> PackVerification {
			Provenance::verify(gtin, &serial, lot.as_deref(), expiry, pallet_timestamp::Now::<Runtime>::get())
		}

		fn pack(gtin: Gtin, serial: Vec<u8>) -> Option<PackInfo> {
			let serial = serial.try_into().ok()?;
			Provenance::pack_info(&PackKey { gtin, serial }, pallet_timestamp::Now::<Runtime>::get())
		}

		fn product(gtin: Gtin) -> Option<ProductInfo> {
			Provenance::product_info(gtin)
		}

		fn batch(gtin: Gtin, lot: Vec<u8>) -> Option<DrugBatchInfo> {
			Provenance::batch_info(gtin, &lot, pallet_timestamp::Now::<Runtime>::get())
		}

		fn case(sscc: Sscc) -> Option<CaseInfo> {
			Provenance::case_info(sscc)
		}

		fn owned_by(org: OrganizationId, after: Option<PackKey>, limit: u32) -> Vec<PackKey> {
			Provenance::owned_by(org, after, limit)
		}

		fn flagged(after: Option<PackKey>, limit: u32) -> Vec<(PackKey, Investigation)> {
			Provenance::flagged(after, limit)
		}
	}

	impl healthchain_primitives::trials::TrialsApi<Block> for Runtime {
		fn trial(id: TrialId) -> Option<TrialInfo> {
			Trials::trial_info(id)
		}

		fn amendments(id: TrialId) -> Vec<AmendmentInfo> {
			Trials::amendments(id)
		}

		fn trials(
			sponsor: Option<OrganizationId>,
			status: Option<TrialStatus>,
			from: TrialId,
			limit: u32,
		) -> Vec<TrialInfo> {
			Trials::trials(sponsor, status, from, limit)
		}
	}

	impl healthchain_primitives::claims::ClaimsApi<Block, AccountId> for Runtime {
		fn claim(id: ClaimId) -> Option<ClaimInfo<AccountId>> {
			Claims::claim_info(id)
		}

		fn claims_of(party: Party, after: Option<ClaimId>, limit: u32) -> Vec<ClaimInfo<AccountId>> {
			Claims::claims_of(party, after, limit)
		}

		fn eligibility(patient: AccountId, day: Day) -> Vec<CoverageInfo<AccountId>> {
			Claims::eligibility(&patient, day)
		}

		fn policy(id: PolicyId, version: Option<u32>) -> Option<PolicyInfo> {
			Claims::policy_info(id, version)
		}

		fn flagged(after: Option<ClaimId>, limit: u32) -> Vec<ClaimInfo<AccountId>> {
			Claims::flagged(after, limit)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			#[allow(unused_imports)]
			use crate::benchmarks::*;
			#[allow(unused_imports)]
			use crate::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			#[allow(unused_imports)]
			use crate::benchmarks::*;
			#[allow(unused_imports)]
			use crate::*;

			let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}
}
