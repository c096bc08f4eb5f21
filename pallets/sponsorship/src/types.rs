//! The sponsorship pallet's stored type.

use codec::{Decode, Encode, MaxEncodedLen};
use healthchain_primitives::OrganizationId;
use scale_info::TypeInfo;

/// An organisation's sponsorship of one account.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Sponsorship<AccountId, Balance, BlockNumber> {
	/// The sponsoring organisation.
	pub organization: OrganizationId,
	/// The member account of the organisation that pays the fees and deposits, and whose
	/// balance holds this sponsorship's deposit.
	pub payer: AccountId,
	/// The most the sponsor pays in fees per period.
	pub allowance: Balance,
	/// The fees paid in the period that began at `period_start`.
	pub spent: Balance,
	/// The block the current period began at.
	pub period_start: BlockNumber,
	/// The deposit held from `payer` for this sponsorship.
	pub deposit: Balance,
}

/// A sponsorship a member offered an account, which pays nothing until the account accepts it.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Offer<Balance> {
	/// The organisation that offers to sponsor.
	pub organization: OrganizationId,
	/// The most the sponsor would pay in fees per period.
	pub allowance: Balance,
	/// The deposit held from the offering member (the payer) for this offer; it stays held for
	/// the sponsorship once the offer is accepted.
	pub deposit: Balance,
}
