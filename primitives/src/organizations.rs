//! Types and the runtime API of the consortium registry (`pallet-organizations`).

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

use crate::{commitment::Commitment, traits::OrganizationId, vocabulary::Role};

/// Whether an organisation may currently act in a role it was granted.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum RoleStatus {
	/// The organisation acts in this role.
	Active,
	/// Granted, but suspended by governance: the organisation may not act in it.
	Suspended,
}

/// A member account of an organisation, as the registry reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct MemberInfo<AccountId> {
	/// The account.
	pub account: AccountId,
	/// Whether it manages the organisation's members and credentials.
	pub is_admin: bool,
}

/// An organisation, as the registry reports it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct OrganizationInfo<AccountId, BlockNumber> {
	/// Its id.
	pub id: OrganizationId,
	/// Roles granted to it and their status, ordered by role.
	pub roles: Vec<(Role, RoleStatus)>,
	/// Commitment to its off-chain credentials (licence, GLN, registration number).
	pub credentials: Commitment,
	/// Its member accounts.
	pub members: Vec<MemberInfo<AccountId>>,
	/// Block of admission.
	pub created: BlockNumber,
	/// Block of the last change to roles or credentials.
	pub updated: BlockNumber,
}

sp_api::decl_runtime_apis! {
	/// Questions apps ask the consortium registry.
	pub trait OrganizationsApi<AccountId, BlockNumber>
	where
		AccountId: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// The organisation `id`, if it exists.
		fn organization(id: OrganizationId) -> Option<OrganizationInfo<AccountId, BlockNumber>>;

		/// The organisations `who` is a member account of (at most one).
		fn organizations_of(who: AccountId) -> Vec<OrganizationId>;

		/// The organisation `who` may act for with `role` now, if any.
		fn may_act(who: AccountId, role: Role) -> Option<OrganizationId>;
	}
}
