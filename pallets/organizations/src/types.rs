//! Stored types of the registry.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedBTreeMap};
use healthchain_primitives::{organizations::RoleStatus, Commitment, OrganizationId, Role};
use scale_info::TypeInfo;

/// An organisation of the consortium.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxRoles))]
#[codec(mel_bound(AccountId: MaxEncodedLen, Balance: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Organization<AccountId, Balance, BlockNumber, MaxRoles: Get<u32>> {
	/// Roles granted by governance, each active or suspended.
	pub roles: BoundedBTreeMap<Role, RoleStatus, MaxRoles>,
	/// Commitment to the organisation's off-chain credentials (licence, GLN, registration
	/// number): salted, so it reveals nothing, yet lets a verifier holding the documents check
	/// them.
	pub credentials: Commitment,
	/// Number of member accounts (admins included).
	pub members: u32,
	/// Number of admin member accounts; never 0 while the organisation exists.
	pub admins: u32,
	/// Account whose balance holds the organisation deposit (its first admin).
	pub depositor: AccountId,
	/// The admin account that casts the vote of the organisation's seat in the governing body;
	/// the first admin at admission.
	pub voter: AccountId,
	/// The organisation deposit held from `depositor`.
	pub deposit: Balance,
	/// Block of admission.
	pub created: BlockNumber,
	/// Block of the last change to roles or credentials.
	pub updated: BlockNumber,
}

/// A member account's link to its organisation.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Membership<AccountId, Balance> {
	/// The organisation the account acts for.
	pub organization: OrganizationId,
	/// Whether the account manages members and credentials.
	pub is_admin: bool,
	/// Who paid the member deposit (the admin that added the account); `None` for the first
	/// admin, whose deposit is the organisation's.
	pub depositor: Option<AccountId>,
	/// The member deposit held from `depositor`.
	pub deposit: Balance,
}

/// What the registry keeps under a GS1 Company Prefix: the organisation it is assigned to, and
/// how many assigned prefixes extend it (begin with it and are longer). Assigned prefixes never
/// overlap, so an entry with a holder has no longer ones, and a prefix that longer ones extend
/// is never assigned; the count lets an assignment check both directions, and a GTIN's holder be
/// found from its shortest possible prefix up, stopping at the first length with no entry.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Default, PartialEq, Eq, Debug)]
pub struct PrefixEntry {
	/// The organisation the prefix is assigned to, if it is.
	pub holder: Option<OrganizationId>,
	/// How many assigned prefixes extend it.
	pub longer: u32,
}
