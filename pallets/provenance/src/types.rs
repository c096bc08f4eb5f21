//! Stored types of drug provenance.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use healthchain_primitives::{
	consent::Moment,
	provenance::{BatchStatus, Custody, Expiry, Investigation, Lot, PackEvent, PackKey, Sscc},
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
	/// Packs commissioned in it.
	pub commissioned: u32,
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

/// A serialised pack.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxHistory))]
pub struct Pack<MaxHistory: Get<u32>> {
	/// Its batch.
	pub lot: Lot,
	/// The owner: exactly one organisation at any time.
	pub owner: OrganizationId,
	/// Its custody.
	pub custody: Custody,
	/// An open investigation, if any.
	pub investigation: Option<Investigation>,
	/// The case it is packed in.
	pub case: Option<Sscc>,
	/// Who dispensed or decommissioned it and when, while that may be undone.
	pub ended: Option<(OrganizationId, Moment)>,
	/// What happened to it, oldest first.
	pub history: BoundedVec<PackEvent, MaxHistory>,
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
