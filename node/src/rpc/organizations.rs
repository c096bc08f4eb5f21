//! `healthchain_organization`, `healthchain_organizationsOf`, `healthchain_mayAct`: what apps ask
//! the consortium registry, answered from the runtime's `OrganizationsApi` at the best block (or
//! at the block given as the last, optional parameter).

use std::sync::Arc;

use healthchain_primitives::{
	organizations::{OrganizationInfo, OrganizationsApi, RoleStatus},
	OrganizationId, Role,
};
use healthchain_runtime::{opaque::Hash, AccountId, BlockNumber};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;

use super::params::{account, block, internal, role, ss58};
use crate::service::ParachainClient;

/// A role an organisation holds, as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleJson {
	/// The role's name (`"Hospital"`).
	pub role: String,
	/// `"active"` or `"suspended"`.
	pub status: String,
}

/// A member account, as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberJson {
	/// SS58 address (prefix 42).
	pub account: String,
	/// Whether it manages members and credentials.
	pub is_admin: bool,
}

/// An organisation, as `healthchain_organization` returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationJson {
	/// Its id.
	pub id: OrganizationId,
	/// Roles and their status, ordered by role.
	pub roles: Vec<RoleJson>,
	/// The 32-byte commitment to its off-chain credentials, hex.
	pub credentials: Hash,
	/// Its member accounts.
	pub members: Vec<MemberJson>,
	/// Block number of admission.
	pub created: BlockNumber,
	/// Block number of the last change to roles or credentials.
	pub updated: BlockNumber,
}

/// The answer of `healthchain_mayAct`, with the reason when it is no.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MayActJson {
	/// Whether the account may act with the role now.
	pub allowed: bool,
	/// The organisation the account acts for, if it is a member of one.
	pub organization: Option<OrganizationId>,
	/// The role asked about.
	pub role: String,
	/// `"allowed"`, `"notAMember"`, `"roleNotHeld"` or `"roleSuspended"`.
	pub reason: String,
}

fn status_name(status: RoleStatus) -> &'static str {
	match status {
		RoleStatus::Active => "active",
		RoleStatus::Suspended => "suspended",
	}
}

impl From<OrganizationInfo<AccountId, BlockNumber>> for OrganizationJson {
	fn from(info: OrganizationInfo<AccountId, BlockNumber>) -> Self {
		OrganizationJson {
			id: info.id,
			roles: info
				.roles
				.into_iter()
				.map(|(role, status)| RoleJson {
					role: role.as_str().into(),
					status: status_name(status).into(),
				})
				.collect(),
			credentials: info.credentials,
			members: info
				.members
				.into_iter()
				.map(|m| MemberJson { account: ss58(&m.account), is_admin: m.is_admin })
				.collect(),
			created: info.created,
			updated: info.updated,
		}
	}
}

/// Why `who` may or may not act with `role`, given its organisation (if any).
pub fn may_act_reason(
	organization: Option<&OrganizationInfo<AccountId, BlockNumber>>,
	role: Role,
) -> &'static str {
	match organization.map(|org| org.roles.iter().find(|(r, _)| *r == role).map(|(_, s)| *s)) {
		None => "notAMember",
		Some(None) => "roleNotHeld",
		Some(Some(RoleStatus::Suspended)) => "roleSuspended",
		Some(Some(RoleStatus::Active)) => "allowed",
	}
}

/// The registry's JSON-RPC methods.
#[rpc(server, namespace = "healthchain")]
pub trait OrganizationsRpc {
	/// The organisation `id`, or `null` if there is none.
	#[method(name = "organization")]
	fn organization(
		&self,
		id: OrganizationId,
		at: Option<Hash>,
	) -> RpcResult<Option<OrganizationJson>>;

	/// The ids of the organisations `account` (SS58 or hex) is a member of: at most one.
	#[method(name = "organizationsOf")]
	fn organizations_of(&self, account: String, at: Option<Hash>)
		-> RpcResult<Vec<OrganizationId>>;

	/// Whether `account` may act with `role` (a role name) now, for which organisation, and
	/// why not when it may not.
	#[method(name = "mayAct")]
	fn may_act(&self, account: String, role: String, at: Option<Hash>) -> RpcResult<MayActJson>;
}

/// Implementation of [`OrganizationsRpcServer`].
pub struct Organizations {
	client: Arc<ParachainClient>,
}

impl Organizations {
	/// Serves the registry methods from `client`.
	pub fn new(client: Arc<ParachainClient>) -> Self {
		Self { client }
	}
}

fn api_error(e: sp_api::ApiError) -> jsonrpsee::types::ErrorObjectOwned {
	internal(format!("the runtime's OrganizationsApi failed: {e}"))
}

impl OrganizationsRpcServer for Organizations {
	fn organization(
		&self,
		id: OrganizationId,
		at: Option<Hash>,
	) -> RpcResult<Option<OrganizationJson>> {
		let at = block(&self.client, at)?;
		let info = self.client.runtime_api().organization(at, id).map_err(api_error)?;
		Ok(info.map(Into::into))
	}

	fn organizations_of(&self, who: String, at: Option<Hash>) -> RpcResult<Vec<OrganizationId>> {
		let who = account(&who)?;
		let at = block(&self.client, at)?;
		self.client.runtime_api().organizations_of(at, who).map_err(api_error)
	}

	fn may_act(&self, who: String, role_name: String, at: Option<Hash>) -> RpcResult<MayActJson> {
		let who = account(&who)?;
		let role = role(&role_name)?;
		let at = block(&self.client, at)?;
		let api = self.client.runtime_api();
		let acting_for = api.may_act(at, who.clone(), role).map_err(api_error)?;
		let member_of = api.organizations_of(at, who).map_err(api_error)?.first().copied();
		let info = match member_of {
			Some(id) => api.organization(at, id).map_err(api_error)?,
			None => None,
		};
		Ok(MayActJson {
			allowed: acting_for.is_some(),
			organization: acting_for.or(member_of),
			role: role.as_str().into(),
			reason: may_act_reason(info.as_ref(), role).into(),
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use healthchain_primitives::organizations::MemberInfo;
	use sp_keyring::Sr25519Keyring;

	fn hospital(status: RoleStatus) -> OrganizationInfo<AccountId, BlockNumber> {
		OrganizationInfo {
			id: 7,
			roles: vec![(Role::Hospital, status)],
			credentials: Hash::repeat_byte(3),
			members: vec![MemberInfo {
				account: Sr25519Keyring::Dave.to_account_id(),
				is_admin: true,
			}],
			created: 1,
			updated: 2,
		}
	}

	#[test]
	fn the_reason_follows_membership_role_and_status() {
		assert_eq!(may_act_reason(None, Role::Hospital), "notAMember");
		assert_eq!(
			may_act_reason(Some(&hospital(RoleStatus::Active)), Role::Pharmacy),
			"roleNotHeld"
		);
		assert_eq!(
			may_act_reason(Some(&hospital(RoleStatus::Suspended)), Role::Hospital),
			"roleSuspended"
		);
		assert_eq!(may_act_reason(Some(&hospital(RoleStatus::Active)), Role::Hospital), "allowed");
	}

	#[test]
	fn organisations_render_with_role_names_and_ss58_members() {
		let json =
			serde_json::to_value(OrganizationJson::from(hospital(RoleStatus::Suspended))).unwrap();
		assert_eq!(json["roles"][0]["role"], "Hospital");
		assert_eq!(json["roles"][0]["status"], "suspended");
		assert_eq!(json["members"][0]["account"], ss58(&Sr25519Keyring::Dave.to_account_id()));
		assert_eq!(json["members"][0]["isAdmin"], true);
		assert_eq!(json["credentials"], format!("0x{}", "03".repeat(32)));
	}
}
