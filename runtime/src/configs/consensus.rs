//! Parachain consensus: relay-chain validation data, Aura with async backing, sessions and the
//! collator set.

use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32},
	weights::Weight,
	PalletId,
};
use frame_system::EnsureRoot;

use super::system::MAXIMUM_BLOCK_WEIGHT;
use crate::{
	AccountId, AuraId, Balances, BlockNumber, CollatorSelection, Runtime, RuntimeEvent, Session,
	SessionKeys, HOURS, SLOT_DURATION,
};

/// Maximum number of blocks accepted by the runtime but not yet included in the relay chain.
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
/// Parachain blocks the relay chain processes per relay parent: one block per 6 s slot.
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
/// Relay chain slot duration, in milliseconds.
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;

/// Checks the parachain's block rate against relay chain slots (async backing).
pub type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
	Runtime,
	RELAY_CHAIN_SLOT_DURATION_MILLIS,
	BLOCK_PROCESSING_VELOCITY,
	UNINCLUDED_SEGMENT_CAPACITY,
>;

parameter_types! {
	/// Weight reserved for processing messages from sibling parachains (none are accepted).
	pub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
	/// Weight reserved for processing messages from the relay chain (none are accepted).
	pub const ReservedDmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
}

/// HealthChain exchanges no XCM messages: it has no assets to move between chains and its data
/// must not leave it. The messaging hooks are therefore the no-op implementations; parachain-system
/// still tracks the relay chain's message queues so that the chain keeps validating.
impl cumulus_pallet_parachain_system::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnSystemEvent = ();
	type SelfParaId = parachain_info::Pallet<Runtime>;
	type OutboundXcmpMessageSource = ();
	type DmpQueue = ();
	type ReservedDmpWeight = ReservedDmpWeight;
	type XcmpMessageHandler = ();
	type ReservedXcmpWeight = ReservedXcmpWeight;
	type CheckAssociatedRelayNumber =
		cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;
	type WeightInfo = crate::weights::cumulus_pallet_parachain_system::WeightInfo<Runtime>;
	type ConsensusHook = ConsensusHook;
	type RelayParentOffset = ConstU32<0>;
	type SchedulingSignatureVerifier = ();
}

impl cumulus_pallet_aura_ext::Config for Runtime {}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type MaxAuthorities = ConstU32<100>;
	type DisabledValidators = ();
	/// Async backing: several parachain blocks may be built in one relay-chain slot.
	type AllowMultipleBlocksPerSlot = ConstBool<true>;
	type SlotDuration = frame_support::traits::ConstU64<SLOT_DURATION>;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, crate::Aura>;
	type EventHandler = (CollatorSelection,);
}

parameter_types! {
	/// A session lasts six hours.
	pub const Period: BlockNumber = 6 * HOURS;
	/// Sessions start at block 0.
	pub const Offset: BlockNumber = 0;
	/// Account that holds collator rewards (unused: fees are burned).
	pub const PotId: PalletId = PalletId(*b"PotStake");
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ShouldEndSession = pallet_session::PeriodicSessions<Period, Offset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<Period, Offset>;
	type SessionManager = CollatorSelection;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = crate::weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	/// Setting session keys costs no deposit: only admitted collators produce blocks.
	type KeyDeposit = frame_support::traits::ConstU128<0>;
}

/// Collators are the consortium's invulnerables. Permissionless candidacy is closed: the bond is
/// set above any genesis balance and the candidate list is empty.
impl pallet_collator_selection::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type UpdateOrigin = EnsureRoot<AccountId>;
	type PotId = PotId;
	type MaxCandidates = ConstU32<0>;
	type MinEligibleCollators = ConstU32<1>;
	type MaxInvulnerables = ConstU32<20>;
	type KickThreshold = Period;
	type ValidatorId = AccountId;
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ValidatorRegistration = Session;
	/// Measured here for governance's calls and the block-author hook; the candidacy calls,
	/// whose benchmarks cannot run with no candidate slots, are refused before dispatch
	/// ([`NoCandidacy`]) and keep the shipped weights (`weights::pallet_collator_selection`).
	type WeightInfo = crate::weights::pallet_collator_selection::WeightInfo<Runtime>;
}

/// The runtime's base call filter: refuses the collator selection's candidacy calls before
/// dispatch. None can succeed here (there are no candidate slots: the collators are the
/// invulnerables governance sets), yet each read storage before failing while its shipped weight
/// charged no proof — a signed account could fill blocks' proof for the price of nothing
/// (found by the fuzzer, docs/reliability.md).
pub struct NoCandidacy;

impl frame_support::traits::Contains<crate::RuntimeCall> for NoCandidacy {
	fn contains(call: &crate::RuntimeCall) -> bool {
		use pallet_collator_selection::Call as C;
		!matches!(
			call,
			crate::RuntimeCall::CollatorSelection(
				C::register_as_candidate { .. }
					| C::leave_intent { .. }
					| C::update_bond { .. }
					| C::take_candidate_slot { .. }
			)
		)
	}
}
