//! End to end against `healthchain-node --dev`: the consortium registry through governance and
//! JSON-RPC. The council admits an organisation, its admin adds a member account, and
//! `healthchain_mayAct` answers yes, then no once the council suspends the role; accounts outside
//! the council are refused with the runtime's named errors; bad RPC parameters get `-32602`.

mod common;

use common::{runtime_error, DevNode};
use healthchain_primitives::{Commitment, Role};
use healthchain_runtime::{
	configs::healthcare::{OrganizationDeposit, OrganizationMemberDeposit},
	AccountId, RuntimeCall, RuntimeError, RuntimeEvent,
};
use pallet_organizations::{Call as OrgCall, Event as OrgEvent};
use serde_json::json;
use sp_core::{crypto::Pair as _, sr25519};
use sp_keyring::Sr25519Keyring::{Charlie, Dave};
use sp_runtime::{BoundedVec, DispatchError};

type Organizations = pallet_organizations::Call<healthchain_runtime::Runtime>;

fn fresh_account(seed: &str) -> AccountId {
	sr25519::Pair::from_string(seed, None).expect("valid seed").public().into()
}

fn may_act(node: &DevNode, who: &AccountId, role: &str) -> serde_json::Value {
	node.call("healthchain_mayAct", json!([who.to_string(), role]))
}

#[test]
fn council_admits_an_organisation_whose_member_may_act_until_suspended() {
	let node = DevNode::start_with(&["--dev-block-time", "3000"]);

	// The development preset's demo organisations are there from genesis.
	let hospital = node.call("healthchain_organization", json!([0]));
	assert_eq!(
		hospital["roles"],
		json!([
			{ "role": "Hospital", "status": "active" },
			{ "role": "Laboratory", "status": "active" },
		])
	);
	assert_eq!(hospital["members"][0]["account"], Dave.to_account_id().to_string());
	assert_eq!(may_act(&node, &Dave.to_account_id(), "hospital")["allowed"], true);

	// Charlie (a councillor, not yet in any organisation) becomes the admin of a new clinic.
	let charlie = Charlie.to_account_id();
	let next_id = 9; // after the nine demo organisations
	assert_eq!(node.call("healthchain_organizationsOf", json!([charlie.to_string()])), json!([]));
	assert_eq!(may_act(&node, &charlie, "Clinic")["reason"], "notAMember");
	let admit = RuntimeCall::Organizations(Organizations::admit {
		admin: charlie.clone(),
		roles: BoundedVec::truncate_from(vec![Role::Clinic]),
		credentials: Commitment::repeat_byte(0x42),
	});

	// Outside the council nobody can admit: not directly, not by proposing.
	let direct = node.execute(Dave, admit.clone());
	assert_eq!(direct.dispatch_error(), Some(DispatchError::BadOrigin));
	let proposal = node.execute(
		Dave,
		RuntimeCall::Council(pallet_collective::Call::propose {
			threshold: 2,
			proposal: Box::new(admit.clone()),
			length_bound: 1_000,
		}),
	);
	let refused = proposal.dispatch_error().expect("a non-councillor's proposal fails");
	assert!(
		matches!(
			runtime_error(refused),
			Some(RuntimeError::Council(pallet_collective::Error::NotMember))
		),
		"{refused:?}"
	);

	let reserved_before = node.account(&charlie).data.reserved;
	let enacted = node.council_enacts(admit);
	assert!(enacted.events.contains(&RuntimeEvent::Organizations(
		OrgEvent::OrganizationAdmitted { organization: next_id, admin: charlie.clone() }
	)));
	assert_eq!(
		node.call("healthchain_organizationsOf", json!([charlie.to_string()])),
		json!([next_id])
	);

	// The clinic's admin adds a nurse's account; the nurse may act as a clinic, not a hospital.
	let nurse = fresh_account("//HealthchainE2eNurse");
	let added = node.execute(
		Charlie,
		RuntimeCall::Organizations(OrgCall::add_member { account: nurse.clone(), is_admin: false }),
	);
	assert!(added.succeeded(), "{added:?}");
	assert!(added.events.contains(&RuntimeEvent::Organizations(OrgEvent::MemberAdded {
		organization: next_id,
		account: nurse.clone(),
		is_admin: false,
	})));
	assert_eq!(
		node.account(&charlie).data.reserved - reserved_before,
		OrganizationDeposit::get() + OrganizationMemberDeposit::get(),
		"the organisation and member deposits are held from the admin"
	);
	let answer = may_act(&node, &nurse, "Clinic");
	assert_eq!(
		answer,
		json!({
			"allowed": true, "organization": next_id, "role": "Clinic", "reason": "allowed"
		})
	);
	assert_eq!(may_act(&node, &nurse, "Hospital")["reason"], "roleNotHeld");
	let clinic = node.call("healthchain_organization", json!([next_id]));
	assert_eq!(clinic["members"].as_array().map(Vec::len), Some(2));

	// The council suspends the clinic role: the nurse may no longer act, and the answer says why.
	let suspended = node.council_enacts(RuntimeCall::Organizations(OrgCall::suspend_role {
		organization: next_id,
		role: Role::Clinic,
	}));
	assert!(suspended.events.contains(&RuntimeEvent::Organizations(OrgEvent::RoleSuspended {
		organization: next_id,
		role: Role::Clinic,
	})));
	let answer = may_act(&node, &nurse, "Clinic");
	assert_eq!(answer["allowed"], false);
	assert_eq!(answer["organization"], next_id);
	assert_eq!(answer["reason"], "roleSuspended");

	// Answers at an earlier block still say what was true then.
	let before = node.call(
		"healthchain_mayAct",
		json!([nurse.to_string(), "Clinic", common::to_hex(added.block_hash.as_bytes()),]),
	);
	assert_eq!(before["allowed"], true);

	// The admin acting without governance cannot reinstate its own role.
	let self_reinstate = node.execute(
		Charlie,
		RuntimeCall::Organizations(OrgCall::reinstate_role {
			organization: next_id,
			role: Role::Clinic,
		}),
	);
	assert_eq!(self_reinstate.dispatch_error(), Some(DispatchError::BadOrigin));
}

#[test]
fn registry_rpc_refuses_bad_parameters_clearly() {
	let node = DevNode::start();
	let invalid = |method: &str, params: serde_json::Value, needle: &str| {
		let err = node.rpc(method, params.clone()).expect_err("refused");
		assert_eq!(err.code, -32602, "{method} {params}: {err:?}");
		assert!(err.message.contains(needle), "{method} {params}: {}", err.message);
	};
	invalid("healthchain_mayAct", json!(["not-an-account", "Clinic"]), "invalid account");
	invalid("healthchain_mayAct", json!(["0x1234", "Clinic"]), "64 hex digits");
	invalid(
		"healthchain_mayAct",
		json!([Dave.to_account_id().to_string(), "Surgeon"]),
		"unknown role",
	);
	invalid("healthchain_organizationsOf", json!(["5Grw"]), "invalid account");
	invalid(
		"healthchain_organization",
		json!([0, format!("0x{}", "ab".repeat(32))]),
		"unknown block",
	);
	let err = node.rpc("healthchain_organization", json!(["zero"])).expect_err("refused");
	assert_eq!(err.code, -32602, "{err:?}");
	assert_eq!(node.call("healthchain_organization", json!([999])), serde_json::Value::Null);
	// Hex account ids are accepted as well as SS58.
	let hex_dave = common::to_hex(&<[u8; 32]>::from(Dave.to_account_id()));
	assert_eq!(node.call("healthchain_organizationsOf", json!([hex_dave])), json!([0]));
}
