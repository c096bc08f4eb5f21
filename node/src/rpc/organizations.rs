//! `healthchain_organization`, `healthchain_organizationsOf`, `healthchain_mayAct`: what apps ask
//! the consortium registry, answered from the runtime's `OrganizationsApi` at the best block (or
//! at the block given as the last, optional parameter).

use std::sync::Arc;

use healthchain_primitives::{
	organizations::{OrganizationInfo, OrganizationsApi, RoleStatus},
	OrganizationId, Role,
};
pub use healthchain_rpc_api::organizations::{
	MayActJson, MemberJson, OrganizationJson, OrganizationsRpcServer, RoleJson,
};
use healthchain_runtime::{opaque::Hash, AccountId, BlockNumber};
use jsonrpsee::core::RpcResult;
use sp_api::ProvideRuntimeApi;

use super::params::{account, block, internal, role, ss58};
use crate::service::ParachainClient;

fn status_name(status: RoleStatus) -> &'static str {
	match status {
		RoleStatus::Active => "active",
		RoleStatus::Suspended => "suspended",
	}
}

/// An organisation as `healthchain_organization` answers it.
pub fn organization_json(info: OrganizationInfo<AccountId, BlockNumber>) -> OrganizationJson {
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
		Ok(info.map(organization_json))
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
			serde_json::to_value(organization_json(hospital(RoleStatus::Suspended))).unwrap();
		assert_eq!(json["roles"][0]["role"], "Hospital");
		assert_eq!(json["roles"][0]["status"], "suspended");
		assert_eq!(json["members"][0]["account"], ss58(&Sr25519Keyring::Dave.to_account_id()));
		assert_eq!(json["members"][0]["isAdmin"], true);
		assert_eq!(json["credentials"], format!("0x{}", "03".repeat(32)));
	}
}
