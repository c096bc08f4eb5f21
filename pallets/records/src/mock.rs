//! A minimal runtime for the records pallet's unit tests, with a mocked registry, consent and
//! clock. The consent double follows `pallet-consent`'s documented decision rule.

use core::cell::RefCell;

use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use healthchain_primitives::{
	consent::{ConsentId, Grantee, Moment, Provision, SessionId},
	Action, ConsentVerifier, DataClass, Decision, OrganizationId, OrganizationRegistry, Purpose,
	Role,
};
use sp_runtime::BuildStorage;

pub use healthchain_primitives::testing::{
	self, advance, suspend, MockClock, MockRegistry, DAY, HOUR, START,
};

use crate as pallet_records;

type Block = frame_system::mocking::MockBlock<Test>;

/// The patient.
pub const PATIENT: u64 = 1;
/// Someone the patient may appoint as proxy.
pub const GUARDIAN: u64 = 2;
/// Another patient.
pub const OTHER_PATIENT: u64 = 3;
/// An account with too little balance for any deposit.
pub const POOR: u64 = 99;
/// Staff of the hospital (organisation 1).
pub const HOSPITAL_STAFF: u64 = 10;
/// More staff of the hospital (another member account of organisation 1).
pub const HOSPITAL_NURSE: u64 = 11;
/// Staff of the clinic (organisation 2).
pub const CLINIC_STAFF: u64 = 20;
/// Staff of the pharmacy (organisation 3).
pub const PHARMACY_STAFF: u64 = 30;
/// Staff of the laboratory (organisation 4), which is also a research sponsor.
pub const LAB_STAFF: u64 = 40;
/// Organisation ids.
pub const HOSPITAL: OrganizationId = 1;
/// Organisation ids.
pub const CLINIC: OrganizationId = 2;
/// Organisation ids.
pub const PHARMACY: OrganizationId = 3;
/// Organisation ids.
pub const LAB: OrganizationId = 4;
/// Deposit per version.
pub const VERSION_DEPOSIT: u64 = 10;
/// Deposit per batch.
pub const BATCH_DEPOSIT: u64 = 15;
/// Deposit per access-log entry.
pub const ACCESS_LOG_DEPOSIT: u64 = 4;
/// How long access-log entries are kept before they may be pruned.
pub const RETENTION: Moment = 30 * DAY;
/// Most access-log entries one prune removes.
pub const MAX_PRUNE: u32 = 2;
/// Starting balance of every account but `POOR`.
pub const ENDOWMENT: u64 = 10_000;

#[frame_support::runtime]
mod runtime {
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
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Records = pallet_records;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The registry of the tests: four organisations, one staff account each; the laboratory is
/// also a trial sponsor.
pub const ORGANIZATIONS: [(OrganizationId, &[Role], &[u64]); 4] = [
	(HOSPITAL, &[Role::Hospital], &[HOSPITAL_STAFF, HOSPITAL_NURSE]),
	(CLINIC, &[Role::Clinic], &[CLINIC_STAFF]),
	(PHARMACY, &[Role::Pharmacy], &[PHARMACY_STAFF]),
	(LAB, &[Role::Laboratory, Role::TrialSponsor], &[LAB_STAFF]),
];

/// A consent of the consent double: the fields `pallet-consent`'s decision looks at.
#[derive(Clone, Debug)]
pub struct MockConsentTerms {
	/// The patient.
	pub subject: u64,
	/// Who it is given to.
	pub grantee: Grantee,
	/// Permit or deny.
	pub provision: Provision,
	/// Data classes covered (`All` covers every class that is not sensitive).
	pub classes: Vec<DataClass>,
	/// Purposes covered.
	pub purposes: Vec<Purpose>,
	/// Actions covered.
	pub actions: Vec<Action>,
	/// In force from (ms).
	pub valid_from: Moment,
	/// In force until (exclusive, ms), if it ends.
	pub valid_until: Option<Moment>,
	/// Revoked at (ms), if it was.
	pub ended_at: Option<Moment>,
}

impl MockConsentTerms {
	/// `provision` for `grantee` on `subject`'s `class` data, action `Access`, purpose `purpose`,
	/// in force from now until revoked.
	pub fn new(
		subject: u64,
		grantee: Grantee,
		provision: Provision,
		class: DataClass,
		purpose: Purpose,
	) -> Self {
		Self {
			subject,
			grantee,
			provision,
			classes: vec![class],
			purposes: vec![purpose],
			actions: vec![Action::Access],
			valid_from: testing::now(),
			valid_until: None,
			ended_at: None,
		}
	}

	fn in_force_at(&self, at: Moment) -> bool {
		self.valid_from <= at
			&& self.valid_until.is_none_or(|until| at < until)
			&& self.ended_at.is_none_or(|ended| at < ended)
	}

	fn covers(
		&self,
		organization: OrganizationId,
		action: Action,
		class: DataClass,
		purpose: Purpose,
	) -> bool {
		let grantee_matches = match self.grantee {
			Grantee::Organization(org) => org == organization && MockRegistry::is_active(org),
			Grantee::Role(role) => MockRegistry::has_active_role(organization, role),
		};
		grantee_matches
			&& self.actions.contains(&action)
			&& self.purposes.contains(&purpose)
			&& self.classes.iter().any(|granted| granted.covers(class))
	}
}

/// A break-glass session of the consent double: patient, organisation, open from, until.
type MockSession = (u64, OrganizationId, Moment, Moment);

thread_local! {
	static CONSENTS: RefCell<Vec<MockConsentTerms>> = const { RefCell::new(Vec::new()) };
	static SESSIONS: RefCell<Vec<MockSession>> = const { RefCell::new(Vec::new()) };
}

/// Stores `terms`; returns the consent's id (sequential from 1, as the consent pallet's).
pub fn grant(terms: MockConsentTerms) -> ConsentId {
	CONSENTS.with(|c| {
		let mut c = c.borrow_mut();
		c.push(terms);
		c.len() as ConsentId
	})
}

/// Lets `org` access `subject`'s `class` data for `purpose` from now on.
pub fn permit(subject: u64, org: OrganizationId, class: DataClass, purpose: Purpose) -> ConsentId {
	grant(MockConsentTerms::new(
		subject,
		Grantee::Organization(org),
		Provision::Permit,
		class,
		purpose,
	))
}

/// Forbids `org` access to `subject`'s `class` data for `purpose` from now on.
pub fn deny(subject: u64, org: OrganizationId, class: DataClass, purpose: Purpose) -> ConsentId {
	grant(MockConsentTerms::new(
		subject,
		Grantee::Organization(org),
		Provision::Deny,
		class,
		purpose,
	))
}

/// Revokes consent `id` now.
pub fn revoke(id: ConsentId) {
	CONSENTS.with(|c| {
		if let Some(terms) = c.borrow_mut().get_mut((id as usize).wrapping_sub(1)) {
			terms.ended_at = Some(testing::now());
		}
	});
}

/// Opens break-glass access of `org` to `subject` from now for `duration` ms; returns the
/// session's id (sequential from 1).
pub fn open_session(subject: u64, org: OrganizationId, duration: Moment) -> SessionId {
	let now = testing::now();
	SESSIONS.with(|s| {
		let mut s = s.borrow_mut();
		s.push((subject, org, now, now + duration));
		s.len() as SessionId
	})
}

/// The consent double: decides as `pallet-consent` documents it. Among the subject's consents in
/// force at the time asked about that cover the request (grantee the organisation or a role it
/// actively holds; action, purpose and a class covering the requested one listed), the oldest
/// deny wins; else the oldest permit; else `NotApplicable`. Break-glass sessions are open from
/// their opening until their end.
pub struct MockConsent;
impl ConsentVerifier<u64> for MockConsent {
	fn decide(
		subject: &u64,
		organization: OrganizationId,
		action: Action,
		class: DataClass,
		purpose: Purpose,
		at: Moment,
	) -> Decision {
		CONSENTS.with(|c| {
			let mut permit = None;
			for (index, terms) in c.borrow().iter().enumerate() {
				let id = index as ConsentId + 1;
				if terms.subject != *subject
					|| !terms.in_force_at(at)
					|| !terms.covers(organization, action, class, purpose)
				{
					continue;
				}
				match terms.provision {
					Provision::Deny => return Decision::Deny { consent: id },
					Provision::Permit => {
						permit.get_or_insert(id);
					},
				}
			}
			permit.map_or(Decision::NotApplicable, |consent| Decision::Permit { consent })
		})
	}

	// Records never asks the trial questions below: the double answers "no".
	fn consent_covering(
		_: &u64,
		_: OrganizationId,
		_: Purpose,
		_: &[Action],
		_: &[DataClass],
		_: Moment,
	) -> Option<ConsentId> {
		None
	}

	fn covers(
		_: ConsentId,
		_: &u64,
		_: OrganizationId,
		_: Purpose,
		_: &[Action],
		_: &[DataClass],
		_: Moment,
	) -> bool {
		false
	}

	fn may_act_for(who: &u64, subject: &u64, _: Moment) -> bool {
		who == subject
	}

	fn decision_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}

	fn break_glass_open(
		session: SessionId,
		subject: &u64,
		organization: OrganizationId,
		at: Moment,
	) -> bool {
		SESSIONS.with(|s| {
			let index = usize::try_from(session).ok().and_then(|id| id.checked_sub(1));
			index.and_then(|i| s.borrow().get(i).copied()).is_some_and(|(who, org, from, until)| {
				who == *subject && org == organization && from <= at && at < until
			})
		})
	}
}

impl crate::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Consent = MockConsent;
	type Time = MockClock;
	type VersionDeposit = ConstU64<VERSION_DEPOSIT>;
	type BatchDeposit = ConstU64<BATCH_DEPOSIT>;
	type AccessLogDeposit = ConstU64<ACCESS_LOG_DEPOSIT>;
	type AccessLogRetention = ConstU64<RETENTION>;
	type MaxPrunePerCall = ConstU32<MAX_PRUNE>;
	type MaxVersions = ConstU32<3>;
	type MaxBatchLeaves = ConstU32<1_000>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRegistry;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockRegistry {
	fn organization_with_role(role: Role) -> (OrganizationId, u64) {
		match role {
			Role::Clinic => (CLINIC, CLINIC_STAFF),
			Role::Pharmacy => (PHARMACY, PHARMACY_STAFF),
			Role::Laboratory | Role::TrialSponsor => (LAB, LAB_STAFF),
			_ => (HOSPITAL, HOSPITAL_STAFF),
		}
	}

	fn permit(
		subject: &u64,
		accessor: OrganizationId,
		class: DataClass,
		purpose: Purpose,
	) -> ConsentId {
		permit(*subject, accessor, class, purpose)
	}

	fn set_time(now: Moment) {
		let current = testing::now();
		if now > current {
			advance(now - current);
		}
	}
}

/// Builds test externalities; [`ExtBuilder::build_and_execute`] checks the invariants after.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Externalities with every named account endowed, `POOR` nearly empty, the clock at
	/// `START` and no suspensions.
	pub fn build(self) -> sp_io::TestExternalities {
		testing::reset(&ORGANIZATIONS);
		CONSENTS.with(|c| c.borrow_mut().clear());
		SESSIONS.with(|s| s.borrow_mut().clear());
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut balances: Vec<(u64, u64)> = [
			PATIENT,
			GUARDIAN,
			OTHER_PATIENT,
			HOSPITAL_STAFF,
			HOSPITAL_NURSE,
			CLINIC_STAFF,
			PHARMACY_STAFF,
			LAB_STAFF,
		]
		.into_iter()
		.map(|a| (a, ENDOWMENT))
		.collect();
		balances.push((POOR, 5));
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then the invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Records::do_try_state().expect("invariants hold after the test");
		});
	}
}
