//! Stored types of drug provenance.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use healthchain_primitives::{
	consent::Moment,
	provenance::{
		BatchStatus, Custody, Expiry, Investigation, Lot, PackEvent, PackEventKind, PackKey, Sscc,
	},
	Commitment, OrganizationId,
};
use scale_info::TypeInfo;

/// A product (GTIN), registered by its manufacturer (or a repackager, for its own GTINs).
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Product<AccountId, Balance> {
	/// The registering organisation; only it registers batches and commissions packs.
	pub manufacturer: OrganizationId,
	/// Commitment to the product master data (name, strength, form, national code), kept off
	/// chain by the manufacturer.
	pub master_data: Commitment,
	/// When (ms).
	pub registered_at: Moment,
	/// Batches of it stored now (registered and not removed); it may be removed at zero.
	pub batches: u32,
	/// Who paid the deposit.
	pub depositor: AccountId,
	/// The deposit held.
	pub deposit: Balance,
}

/// A batch (lot) of a product.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Batch<AccountId, Balance> {
	/// Expiry date of every pack in it.
	pub expiry: Expiry,
	/// Packs ever commissioned in it (removed ones included).
	pub commissioned: u32,
	/// Packs of it stored now (commissioned and not removed); it may be removed at zero.
	pub packs: u32,
	/// Status.
	pub status: BatchStatus,
	/// Who recalled it and when.
	pub recalled: Option<(OrganizationId, Moment)>,
	/// When it was registered (ms).
	pub registered_at: Moment,
	/// Who paid the batch deposit.
	pub depositor: AccountId,
	/// The batch deposit held.
	pub deposit: Balance,
}

/// The authority behind an investigation: who may lift it.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum Authority {
	/// Only supply-chain organisations (the owner, the receiver, the manufacturer) took its
	/// steps: a regulator or the product's manufacturer may clear it.
	SupplyChain,
	/// A regulator took one of its steps: only a regulator may clear it.
	Regulator,
}

impl Authority {
	/// The stronger of the two: a regulator's step is never lifted by anyone else.
	pub fn join(self, other: Authority) -> Authority {
		match (self, other) {
			(Authority::Regulator, _) | (_, Authority::Regulator) => Authority::Regulator,
			(Authority::SupplyChain, Authority::SupplyChain) => Authority::SupplyChain,
		}
	}
}

/// An investigation of a pack: where it stands, who opened it and who may lift it.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Inquiry {
	/// Where it stands.
	pub state: Investigation,
	/// The organisation that flagged the pack suspect.
	pub opened_by: OrganizationId,
	/// The strongest authority that took one of its steps.
	pub authority: Authority,
}

/// Whether a history entry is an investigation step (not a custody event).
pub fn is_investigation(kind: &PackEventKind) -> bool {
	match kind {
		PackEventKind::FlaggedSuspect
		| PackEventKind::Quarantined
		| PackEventKind::Cleared
		| PackEventKind::DeclaredIllegitimate => true,
		PackEventKind::Commissioned
		| PackEventKind::Packed(_)
		| PackEventKind::Unpacked(_)
		| PackEventKind::Shipped(_)
		| PackEventKind::Received(_)
		| PackEventKind::ShipmentCancelled(_)
		| PackEventKind::Dispensed
		| PackEventKind::Decommissioned(_)
		| PackEventKind::Undone => false,
	}
}

/// A serialised pack.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo)]
#[scale_info(skip_type_params(MaxHistory))]
pub struct Pack<AccountId, Balance, MaxHistory: Get<u32>> {
	/// Its batch.
	pub lot: Lot,
	/// The owner: exactly one organisation at any time.
	pub owner: OrganizationId,
	/// Its custody.
	pub custody: Custody,
	/// Its investigation, if any (an illegitimate pack's stays for good).
	pub investigation: Option<Inquiry>,
	/// The case it is packed in.
	pub case: Option<Sscc>,
	/// Who dispensed or decommissioned it and when, while that may be undone.
	pub ended: Option<(OrganizationId, Moment)>,
	/// What happened to it, oldest first: custody events and investigation steps, each kind
	/// within its own budget (see [`crate::HISTORY_RESERVE`]).
	pub history: BoundedVec<PackEvent, MaxHistory>,
	/// Who paid the pack deposit (returned when the pack is removed).
	pub depositor: AccountId,
	/// The pack deposit held.
	pub deposit: Balance,
}

impl<AccountId, Balance, MaxHistory: Get<u32>> Pack<AccountId, Balance, MaxHistory> {
	/// The state of its investigation, if any.
	pub fn investigation_state(&self) -> Option<Investigation> {
		self.investigation.map(|i| i.state)
	}

	/// Whether it is dispensed or decommissioned.
	pub fn is_ended(&self) -> bool {
		matches!(self.custody, Custody::Dispensed | Custody::Decommissioned(_))
	}

	/// Custody events in its history (its commissioning included).
	pub fn custody_entries(&self) -> u32 {
		let all = self.history.len() as u32;
		all.saturating_sub(self.investigation_entries())
	}

	/// Investigation steps in its history.
	pub fn investigation_entries(&self) -> u32 {
		self.history.iter().filter(|e| is_investigation(&e.kind)).count() as u32
	}

	/// Custody events it still needs to end its life from where it is: a receipt (or a
	/// cancellation) if in transit, an unpacking if in a case, and a dispense or decommission
	/// unless it has ended already.
	pub fn custody_events_to_end(&self) -> u32 {
		if self.is_ended() {
			return 0;
		}
		let in_transit = u32::from(matches!(self.custody, Custody::InTransit(_)));
		let in_case = u32::from(self.case.is_some());
		// At most 3: no overflow.
		1u32.saturating_add(in_transit).saturating_add(in_case)
	}

	/// When the last event of its history happened (ms).
	pub fn last_event_at(&self) -> Moment {
		self.history.last().map_or(0, |e| e.at)
	}
}

/// The moment until which the record of a pack (whose batch expires on `expiry` and whose last
/// event happened at `last_event`) or of a batch is kept: `retention` after the later of the
/// two.
pub fn kept_until(expiry: Expiry, last_event: Moment, retention: Moment) -> Moment {
	expiry.expires_at().max(last_event).saturating_add(retention)
}

/// A case (an aggregation named by an SSCC) holding packs.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo)]
#[scale_info(skip_type_params(MaxCaseSize))]
pub struct Case<AccountId, Balance, MaxCaseSize: Get<u32>> {
	/// The owner (the owner of every pack in it).
	pub owner: OrganizationId,
	/// Where it is being shipped, if in transit.
	pub in_transit_to: Option<OrganizationId>,
	/// The packs in it.
	pub contents: BoundedVec<PackKey, MaxCaseSize>,
	/// Who paid the deposit (returned on unpacking).
	pub depositor: AccountId,
	/// The deposit held.
	pub deposit: Balance,
}
