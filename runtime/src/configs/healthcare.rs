//! The healthcare pallets: the consortium registry, consent, records, trials, provenance and
//! claims.
//!
//! Deposits follow [`deposit`]: a fixed part per storage item plus a part per stored byte, so
//! that what a user creates pays for the state it occupies and is returned when removed.

use frame_support::{parameter_types, traits::ConstU32};
use healthchain_primitives::{time::MILLISECS_PER_DAY, Moment, Role};

use super::governance::GovernanceOrigin;
use crate::{
	Balance, Balances, BlockNumber, Consent, Organizations, Runtime, RuntimeCall,
	RuntimeHoldReason, Sponsorship, Timestamp, Trials, DAYS, MILLIUNIT, UNIT,
};

/// The deposit for `items` storage items holding `bytes` bytes in all.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * UNIT / 10 + bytes as Balance * MILLIUNIT
}

/// Most member accounts (staff systems, devices, admins) one organisation can have.
pub const MAX_ORGANIZATION_MEMBERS: u32 = 128;

parameter_types! {
	/// An organisation: its record (roles, credentials, counters, depositor: ~160 bytes), its
	/// first admin's membership and member-list entry. Large enough that admission is not
	/// requested lightly; governance decides anyway.
	pub const OrganizationDeposit: Balance = deposit(3, 256) + 10 * UNIT;
	/// A member account: its membership (~90 bytes) and its member-list entry.
	pub const OrganizationMemberDeposit: Balance = deposit(2, 128);
}

impl pallet_organizations::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = GovernanceOrigin;
	type OrganizationDeposit = OrganizationDeposit;
	type MemberDeposit = OrganizationMemberDeposit;
	/// Every role of the vocabulary.
	type MaxRoles = ConstU32<{ Role::ALL.len() as u32 }>;
	type MaxMembers = ConstU32<MAX_ORGANIZATION_MEMBERS>;
	/// GS1 Company Prefixes per organisation: a maker licensed several (by market, by
	/// acquisition) still fits.
	type MaxCompanyPrefixes = ConstU32<8>;
	/// One seat in the governing body per organisation.
	type Seats = super::governance::RegistrySeats;
	/// Governance, or the emergency track against a compromised organisation.
	type SuspendOrigin = super::governance::SuspendOrigin;
	/// The chain's timestamp (ms), for when roles became active.
	type Time = Timestamp;
	type WeightInfo = pallet_organizations::weights::SubstrateWeight<Runtime>;
}

/// An hour in milliseconds (consent periods and deadlines run on the chain's timestamp).
pub const HOUR_MS: Moment = 60 * 60 * 1000;

/// Most consents a patient keeps stored (in force or not); bounds a decision's cost.
pub const MAX_CONSENTS_PER_PATIENT: u32 = 64;

parameter_types! {
	/// A consent (~200 bytes) and its entry in the patient's list.
	pub const ConsentDeposit: Balance = deposit(2, 232);
	/// A proxy appointment (~60 bytes).
	pub const ConsentProxyDeposit: Balance = deposit(1, 64);
	/// A break-glass session (~150 bytes), its entry in the patient's history and, while its
	/// access is open, in the patient's open list.
	pub const BreakGlassDeposit: Balance = deposit(3, 232);
	/// Emergency access lasts at most 12 hours.
	pub const MaxBreakGlassDuration: Moment = 12 * HOUR_MS;
	/// The justification of a break-glass session is due 72 hours after opening.
	pub const JustificationPeriod: Moment = 72 * HOUR_MS;
}

impl pallet_consent::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Organizations;
	type Time = Timestamp;
	type ConsentDeposit = ConsentDeposit;
	type ProxyDeposit = ConsentProxyDeposit;
	type BreakGlassDeposit = BreakGlassDeposit;
	type MaxConsentsPerSubject = ConstU32<MAX_CONSENTS_PER_PATIENT>;
	/// Two guardians and two legal representatives, say.
	type MaxProxies = ConstU32<4>;
	/// Sixteen organisations holding emergency access to one patient at the same moment.
	type MaxOpenSessions = ConstU32<16>;
	type MaxBreakGlassDuration = MaxBreakGlassDuration;
	type JustificationPeriod = JustificationPeriod;
	type GovernanceOrigin = GovernanceOrigin;
	/// Trials withdraw the enrolments that rested on a revoked (or narrowed) research consent.
	type OnConsentEnded = Trials;
	/// Sponsors pay the deposits of patients who hold no tokens.
	type Sponsors = Sponsorship;
	type WeightInfo = pallet_consent::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarkHelper;
}

parameter_types! {
	/// A record version (~110 bytes) in state; a record's header (~50 bytes) rides on its first.
	pub const RecordVersionDeposit: Balance = deposit(1, 160);
	/// A batch (~130 bytes).
	pub const RecordBatchDeposit: Balance = deposit(1, 130);
	/// An access-log entry (~110 bytes with its depositor), returned when it is pruned.
	pub const RecordAccessLogDeposit: Balance = deposit(1, 112);
	/// Access-log entries are kept six years (HIPAA's accounting of disclosures) before anyone
	/// may prune them; a governance choice.
	pub const RecordAccessLogRetention: Moment = 6 * 365 * MILLISECS_PER_DAY;
}

impl pallet_records::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Organizations;
	type Consent = Consent;
	type Time = Timestamp;
	type VersionDeposit = RecordVersionDeposit;
	type BatchDeposit = RecordBatchDeposit;
	type AccessLogDeposit = RecordAccessLogDeposit;
	type AccessLogRetention = RecordAccessLogRetention;
	/// Entries pruned per call at most.
	type MaxPrunePerCall = ConstU32<64>;
	/// Enough for a long-lived document's amendments.
	type MaxVersions = ConstU32<64>;
	/// A proof over a full batch has at most 20 siblings.
	type MaxBatchLeaves = ConstU32<1_048_576>;
	type WeightInfo = pallet_records::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarkHelper;
}

parameter_types! {
	/// A trial (with up to 16 + 16 outcome commitments at registration and in force: ~1.7 kB).
	pub const TrialDeposit: Balance = deposit(1, 1_700);
	/// An enrolment (~90 bytes) and its entry in the participant's list of trials.
	pub const EnrolmentDeposit: Balance = deposit(2, 100);
	/// An amendment (protocol, SAP and up to 16 + 16 outcome commitments: ~1.1 kB), kept for
	/// good.
	pub const AmendmentDeposit: Balance = deposit(1, 1_100);
}

impl pallet_trials::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Organizations;
	type Consent = Consent;
	type Time = Timestamp;
	type TrialDeposit = TrialDeposit;
	type EnrolmentDeposit = EnrolmentDeposit;
	type AmendmentDeposit = AmendmentDeposit;
	/// A research pseudonym in eight trials at once.
	type MaxTrialsPerParticipant = ConstU32<8>;
	type MaxOutcomes = ConstU32<16>;
	type MaxResults = ConstU32<32>;
	type MaxAmendments = ConstU32<32>;
	/// A sponsored participant's withdrawal is paid by their sponsor.
	type Sponsors = Sponsorship;
	type WeightInfo = pallet_trials::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarkHelper;
}

parameter_types! {
	/// A product (~80 bytes).
	pub const ProductDeposit: Balance = deposit(1, 96);
	/// A batch (~80 bytes, and its lot number in the key).
	pub const BatchDeposit: Balance = deposit(1, 112);
	/// A pack: its record with a typical history, depositor and investigation record (~310
	/// bytes) and its stock-index entry; returned when the pack is removed after retention.
	pub const PackDeposit: Balance = deposit(2, 320);
	/// A case with up to [`MAX_CASE_SIZE`] pack keys, returned on unpacking.
	pub const CaseDeposit: Balance = deposit(1, 64 + 34 * MAX_CASE_SIZE);
	/// Dispenses and decommissions may be undone for 10 days (EU FMD).
	pub const UndoWindow: Moment = 10 * MILLISECS_PER_DAY;
	/// Supply-chain records are kept six years (DSCSA), leap days included, after the later of
	/// the batch's expiry and the record's last event, before their deposits come back.
	pub const RecordRetention: Moment = (6 * 365 + 2) * MILLISECS_PER_DAY;
}

/// Most packs in a case (a shipper case of 200 packs is common; pallets are cases of cases
/// and are modelled as several cases).
pub const MAX_CASE_SIZE: u32 = 256;

impl pallet_provenance::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Organizations;
	/// The registry assigns GS1 Company Prefixes (governance).
	type CompanyPrefixes = Organizations;
	type Time = Timestamp;
	type ProductDeposit = ProductDeposit;
	type BatchDeposit = BatchDeposit;
	type PackDeposit = PackDeposit;
	type CaseDeposit = CaseDeposit;
	/// A production line's batch is commissioned in runs of up to 1,000 serials per call.
	type MaxCommission = ConstU32<1_000>;
	type MaxCaseSize = ConstU32<MAX_CASE_SIZE>;
	/// Commission, case moves and a long distribution chain fit well within 24 custody events
	/// (8 more are kept for investigations).
	type MaxHistory = ConstU32<32>;
	type UndoWindow = UndoWindow;
	type RecordRetention = RecordRetention;
	type WeightInfo = pallet_provenance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarkHelper;
}

/// The patient operations a sponsorship pays for (`pallet-sponsorship`): what a patient signs
/// about their own consents, proxies, emergency access and trial participation, and declining
/// the sponsorship itself. Calls inside `utility`-style wrappers are not listed: there are none
/// in this runtime, and a wrapper would let a patient spend the allowance on anything.
///
/// Every call listed must add `Sponsors::sponsored_call_weight` to its weight: it charges the
/// payer's account, which the fee extension's own weight does not (`benchmarks.rs`). A call
/// added here goes into `tests::every_call_a_sponsor_pays_for_is_charged_the_payers_account`
/// (`lib.rs`) too.
pub struct PatientOperations;
impl frame_support::traits::Contains<RuntimeCall> for PatientOperations {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_consent::Call as ConsentCall;
		matches!(
			call,
			RuntimeCall::Consent(
				ConsentCall::grant { .. }
					| ConsentCall::revoke { .. }
					| ConsentCall::replace { .. }
					| ConsentCall::remove { .. }
					| ConsentCall::appoint_proxy { .. }
					| ConsentCall::remove_proxy { .. }
					| ConsentCall::end_break_glass { .. }
			) | RuntimeCall::Trials(pallet_trials::Call::withdraw { .. })
				| RuntimeCall::Sponsorship(pallet_sponsorship::Call::end_sponsorship { .. })
		)
	}
}

parameter_types! {
	/// A sponsorship (~90 bytes) and the sponsored account's record in `frame_system`
	/// (~80 bytes).
	pub const SponsorshipDeposit: Balance = deposit(2, 176);
	/// Allowances run per day.
	pub const SponsorshipPeriod: BlockNumber = DAYS;
	/// A sponsor pays at most 1 UNIT of fees per patient per day — several hundred patient
	/// operations at this runtime's fees (docs/pallets/sponsorship.md).
	pub const MaxSponsorshipAllowance: Balance = UNIT;
}

impl pallet_sponsorship::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Organizations;
	type SponsoredCalls = PatientOperations;
	/// A `business` referendum (or root) may end any sponsorship.
	type GovernanceOrigin = GovernanceOrigin;
	type SponsorshipDeposit = SponsorshipDeposit;
	type Period = SponsorshipPeriod;
	type MaxAllowance = MaxSponsorshipAllowance;
	type WeightInfo = pallet_sponsorship::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarkHelper;
}

/// Admits organisations for the benchmarks of pallets that ask the registry.
#[cfg(feature = "runtime-benchmarks")]
pub struct RegistryBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consent::BenchmarkHelper<crate::AccountId> for RegistryBenchmarkHelper {
	fn organization_with_role(
		role: Role,
	) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		admitted_with_role(role, 0)
	}

	/// The organisation holding every role whose funded admin is the benchmark account
	/// `every-role-admin`, admitted by root the first time it is asked for.
	fn organization_with_every_role() -> (healthchain_primitives::OrganizationId, crate::AccountId)
	{
		admitted(frame_benchmarking::account("every-role-admin", 0, 0), &Role::ALL)
	}
}

/// The organisation, holding `role` alone, whose funded admin is the benchmark account
/// `org-admin` number `index` of that role, admitted by root the first time it is asked for
/// (asked again within a benchmark, the same one).
#[cfg(feature = "runtime-benchmarks")]
fn admitted_with_role(
	role: Role,
	index: u32,
) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
	admitted(frame_benchmarking::account("org-admin", role as u32, index), &[role])
}

/// The organisation holding `roles` whose admin is `admin`, funded, admitted by root the first
/// time it is asked for (asked again within a benchmark, the same one).
#[cfg(feature = "runtime-benchmarks")]
fn admitted(
	admin: crate::AccountId,
	roles: &[Role],
) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
	use frame_support::traits::fungible::Mutate;
	use healthchain_primitives::OrganizationRegistry;
	Balances::set_balance(&admin, 1_000 * UNIT);
	if let Some(id) = Organizations::organization_of(&admin) {
		return (id, admin);
	}
	let id = pallet_organizations::NextOrganizationId::<Runtime>::get();
	Organizations::admit(
		crate::RuntimeOrigin::root(),
		admin.clone(),
		frame_support::BoundedVec::truncate_from(roles.to_vec()),
		Default::default(),
	)
	.expect("root admits a fresh, funded admin");
	(id, admin)
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_records::BenchmarkHelper<crate::AccountId> for RegistryBenchmarkHelper {
	fn organization_with_role(
		role: Role,
	) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		<Self as pallet_consent::BenchmarkHelper<crate::AccountId>>::organization_with_role(role)
	}

	/// One consent that permits the access: the decision over a full list of consents is
	/// charged separately, as `ConsentVerifier::decision_weight`.
	fn permit(
		subject: &crate::AccountId,
		accessor: healthchain_primitives::OrganizationId,
		class: healthchain_primitives::DataClass,
		purpose: healthchain_primitives::Purpose,
	) -> healthchain_primitives::ConsentId {
		use frame_support::{traits::fungible::Mutate, BoundedVec};
		use healthchain_primitives::{
			consent::{Grantee, Provision},
			Action,
		};
		Balances::set_balance(subject, 1_000 * UNIT);
		let terms = |grantee, purpose| pallet_consent::ConsentTerms {
			grantee,
			provision: Provision::Permit,
			classes: BoundedVec::truncate_from(alloc::vec![class]),
			purposes: BoundedVec::truncate_from(alloc::vec![purpose]),
			actions: BoundedVec::truncate_from(alloc::vec![Action::Access]),
			valid_from: None,
			valid_until: None,
		};
		let id = pallet_consent::NextConsentId::<Runtime>::get();
		Consent::grant(
			crate::RuntimeOrigin::signed(subject.clone()),
			subject.clone(),
			terms(Grantee::Organization(accessor), purpose),
		)
		.expect("permitting consent granted");
		id
	}

	fn set_time(now: Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_trials::BenchmarkHelper<crate::AccountId> for RegistryBenchmarkHelper {
	fn organization_with_role(
		role: Role,
	) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		<Self as pallet_consent::BenchmarkHelper<crate::AccountId>>::organization_with_role(role)
	}

	fn other_organization_with_role(
		role: Role,
		index: u32,
	) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		// `organization_with_role`'s admin is number 0.
		admitted_with_role(role, index.saturating_add(1))
	}

	/// One research consent covering the data use: the decision over a full list of consents
	/// is charged separately, as `ConsentVerifier::decision_weight`.
	fn research_consent(
		subject: &crate::AccountId,
		grantee: healthchain_primitives::consent::Grantee,
		data_use: &healthchain_primitives::trials::DataUse,
	) -> healthchain_primitives::ConsentId {
		use frame_support::{traits::fungible::Mutate, BoundedVec};
		use healthchain_primitives::{consent::Provision, Purpose};
		Balances::set_balance(subject, 1_000 * UNIT);
		let id = pallet_consent::NextConsentId::<Runtime>::get();
		Consent::grant(
			crate::RuntimeOrigin::signed(subject.clone()),
			subject.clone(),
			pallet_consent::ConsentTerms {
				grantee,
				provision: Provision::Permit,
				classes: BoundedVec::truncate_from(data_use.classes.to_vec()),
				purposes: BoundedVec::truncate_from(alloc::vec![Purpose::Research]),
				actions: BoundedVec::truncate_from(data_use.actions.to_vec()),
				valid_from: None,
				valid_until: None,
			},
		)
		.expect("research consent granted");
		id
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_provenance::BenchmarkHelper<crate::AccountId> for RegistryBenchmarkHelper {
	fn organization_with_role(
		role: Role,
	) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		<Self as pallet_consent::BenchmarkHelper<crate::AccountId>>::organization_with_role(role)
	}

	fn set_time(now: Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}

	/// Assigned by root, unless the organisation holds it already (asked again within a
	/// benchmark).
	fn assign_company_prefix(
		organization: healthchain_primitives::OrganizationId,
		prefix: healthchain_primitives::provenance::CompanyPrefix,
	) {
		let holder = pallet_organizations::CompanyPrefixes::<Runtime>::get(prefix)
			.and_then(|entry| entry.holder);
		if holder != Some(organization) {
			Organizations::assign_company_prefix(
				crate::RuntimeOrigin::root(),
				organization,
				prefix,
			)
			.expect("root assigns a prefix no other organisation's overlaps");
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_sponsorship::BenchmarkHelper<crate::AccountId, RuntimeCall>
	for RegistryBenchmarkHelper
{
	fn sponsoring_member() -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		<Self as pallet_consent::BenchmarkHelper<crate::AccountId>>::organization_with_role(
			Role::Hospital,
		)
	}

	fn another_sponsoring_member() -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		<Self as pallet_consent::BenchmarkHelper<crate::AccountId>>::organization_with_role(
			Role::Clinic,
		)
	}

	/// A revocation: a patient operation, decoded and matched like any other.
	fn sponsored_call() -> RuntimeCall {
		RuntimeCall::Consent(pallet_consent::Call::revoke { consent: 0 })
	}
}

parameter_types! {
	/// A policy version: document commitment, period, up to 64 rules of ~40 bytes (~2.7 kB),
	/// kept for good (claims cite it).
	pub const PolicyDeposit: Balance = deposit(1, 2_700);
	/// A coverage (~110 bytes) and its entry in the patient's list.
	pub const CoverageDeposit: Balance = deposit(2, 120);
	/// A claim of up to 16 lines (~100 bytes each, ~1.9 kB), its two index entries and its flag, and per
	/// line a fingerprint and a claimed pack.
	pub const ClaimDeposit: Balance = deposit(4 + 2 * 16, 1_900 + 16 * 120);
	/// Whether a claim needs the patient's consent to the payer for purpose `Payment`: HIPAA
	/// lets a provider disclose for payment without it; this consortium asks for it, so that
	/// what a payer learns about a patient is what the patient allowed.
	pub const RequirePaymentConsent: bool = true;
	/// Seven years, the usual retention of claims records.
	pub const ClaimRetention: Moment = 7 * 365 * MILLISECS_PER_DAY;
}

impl pallet_claims::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Organizations;
	type Consent = Consent;
	type Records = crate::Records;
	type Packs = crate::Provenance;
	type Time = Timestamp;
	type RequirePaymentConsent = RequirePaymentConsent;
	/// Timely filing: a year after the service.
	type ClaimWindow = ConstU32<365>;
	type ClaimRetention = ClaimRetention;
	type PolicyDeposit = PolicyDeposit;
	type CoverageDeposit = CoverageDeposit;
	type ClaimDeposit = ClaimDeposit;
	type MaxRules = ConstU32<64>;
	type MaxLines = ConstU32<16>;
	type MaxCoveragesPerPatient = ConstU32<8>;
	type WeightInfo = pallet_claims::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegistryBenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_claims::BenchmarkHelper<crate::AccountId> for RegistryBenchmarkHelper {
	fn set_now(at: Moment) {
		pallet_timestamp::Now::<Runtime>::put(at);
	}

	fn organization_with_role(
		role: Role,
	) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		<Self as pallet_consent::BenchmarkHelper<crate::AccountId>>::organization_with_role(role)
	}

	/// An organisation holding every provider role, all but the last (`Pharmacy`) active only
	/// since the day after `after`: the check of the provider's role on a service date at
	/// `after` reads all four.
	fn provider_of_every_kind(
		after: Moment,
	) -> (healthchain_primitives::OrganizationId, crate::AccountId) {
		use frame_support::traits::fungible::Mutate;
		let admin: crate::AccountId = frame_benchmarking::account("provider-admin", 0, 0);
		Balances::set_balance(&admin, 1_000 * UNIT);
		let id = pallet_organizations::NextOrganizationId::<Runtime>::get();
		Organizations::admit(
			crate::RuntimeOrigin::root(),
			admin.clone(),
			frame_support::BoundedVec::truncate_from(pallet_claims::PROVIDER_ROLES.to_vec()),
			Default::default(),
		)
		.expect("root admits a fresh, funded admin");
		let later = after + MILLISECS_PER_DAY;
		for role in &pallet_claims::PROVIDER_ROLES[..3] {
			pallet_organizations::RoleActiveSince::<Runtime>::insert(id, role, later);
		}
		(id, admin)
	}

	/// One consent permitting the payer access to encounters and medications for payment: the
	/// decisions over a full list of consents are charged separately.
	fn payment_consent(patient: &crate::AccountId, payer: healthchain_primitives::OrganizationId) {
		use frame_support::{traits::fungible::Mutate, BoundedVec};
		use healthchain_primitives::{
			consent::{Grantee, Provision},
			Action, DataClass, Purpose,
		};
		Balances::set_balance(patient, 1_000 * UNIT);
		Consent::grant(
			crate::RuntimeOrigin::signed(patient.clone()),
			patient.clone(),
			pallet_consent::ConsentTerms {
				grantee: Grantee::Organization(payer),
				provision: Provision::Permit,
				classes: BoundedVec::truncate_from(alloc::vec![
					DataClass::Encounters,
					DataClass::Medications
				]),
				purposes: BoundedVec::truncate_from(alloc::vec![Purpose::Payment]),
				actions: BoundedVec::truncate_from(alloc::vec![Action::Access]),
				valid_from: None,
				valid_until: None,
			},
		)
		.expect("payment consent granted");
	}

	/// An encounter record and its current version, written as anchoring writes them (the
	/// benchmark measures the claim's reads of them, not the anchoring).
	fn encounter(
		provider: healthchain_primitives::OrganizationId,
		patient: &crate::AccountId,
	) -> healthchain_primitives::records::RecordId {
		use healthchain_primitives::{records::VersionStatus, DataClass};
		let n = pallet_records::Records::<Runtime>::iter_keys().count() as u64;
		let mut local = [0u8; 32];
		local[24..].copy_from_slice(&(n + 1).to_be_bytes());
		let id = healthchain_primitives::records::record_id(provider, &sp_core::H256(local));
		pallet_records::Records::<Runtime>::insert(
			id,
			pallet_records::Record {
				subject: Some(patient.clone()),
				custodian: provider,
				class: Some(DataClass::Encounters),
				versions: 1,
				erased: false,
				tombstone_deposit: None,
			},
		);
		pallet_records::Versions::<Runtime>::insert(
			id,
			1,
			pallet_records::Version {
				commitment: sp_core::H256::repeat_byte(7),
				status: VersionStatus::Current,
				anchored_at: 0,
				anchored_at_ms: pallet_timestamp::Now::<Runtime>::get(),
				depositor: patient.clone(),
				deposit: 0,
			},
		);
		id
	}

	/// A pack of `gtin` dispensed by `pharmacy` now, at its largest for what a claim's look-up
	/// decodes: the longest lot and a history of `MaxHistory` events of the longest kinds. Its
	/// custody budget (`MaxHistory - HISTORY_RESERVE`) holds the commissioning, moves in and
	/// out of a case and the dispensing, its investigation reserve suspicions raised and
	/// cleared in pairs. Who did each is a placeholder (`pharmacy`): an organisation id is
	/// fixed-width, so the decoding costs the same whoever it names.
	fn dispensed_pack(
		pharmacy: healthchain_primitives::OrganizationId,
		gtin: healthchain_primitives::provenance::Gtin,
		n: u32,
	) -> healthchain_primitives::provenance::PackKey {
		use frame_support::{traits::Get, BoundedVec};
		use healthchain_primitives::provenance::{
			Custody, PackEvent, PackEventKind, PackKey, Sscc,
		};
		let serial = BoundedVec::truncate_from(alloc::format!("BENCH{n:015}").into_bytes());
		let key = PackKey { gtin, serial };
		let (admin, _) = (pharmacy, ());
		let depositor: crate::AccountId = frame_benchmarking::account("dispenser", admin, 0);
		let now = pallet_timestamp::Now::<Runtime>::get();
		let event = |kind| PackEvent { kind, by: pharmacy, at: now };
		// A valid SSCC (check digit 7), the provenance benchmarks' case.
		let case = Sscc(106_141_411_234_567_897);
		let max: u32 = <Runtime as pallet_provenance::Config>::MaxHistory::get();
		let max = max as usize;
		let custody = max.saturating_sub(pallet_provenance::HISTORY_RESERVE as usize).max(2);
		let mut history = alloc::vec![event(PackEventKind::Commissioned)];
		while history.len() + 1 < custody {
			history.push(event(if history.len() % 2 == 1 {
				PackEventKind::Packed(case)
			} else {
				PackEventKind::Unpacked(case)
			}));
		}
		history.push(event(PackEventKind::Dispensed));
		while history.len() + 2 <= max {
			history.push(event(PackEventKind::FlaggedSuspect));
			history.push(event(PackEventKind::Cleared));
		}
		pallet_provenance::Packs::<Runtime>::insert(
			&key,
			pallet_provenance::Pack {
				lot: BoundedVec::truncate_from(alloc::format!("LOT{n:017}").into_bytes()),
				owner: pharmacy,
				custody: Custody::Dispensed,
				investigation: None,
				case: None,
				ended: Some((pharmacy, now)),
				history: BoundedVec::truncate_from(history),
				depositor,
				deposit: 0,
			},
		);
		key
	}
}
