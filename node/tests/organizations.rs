//! End to end against `healthchain-node --dev`: the consortium registry through governance and
//! JSON-RPC. The member organisations admit an organisation by a `business` referendum (its seat
//! appears with it), its admin adds a member account, and `healthchain_mayAct` answers yes, then
//! no once a second vote suspends the role; accounts without a seat are refused with the
//! runtime's named errors; a parameter changes only by a two-thirds `root` referendum, after the
//! enactment delay; bad RPC parameters get `-32602`.

mod common;

use common::{business, root, runtime_error, DevNode, SEATS};
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
fn members_admit_an_organisation_by_vote_whose_member_may_act_until_suspended() {
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

	// Charlie (not in any organisation, so without a seat) becomes the admin of a new clinic.
	let charlie = Charlie.to_account_id();
	let next_id = 9; // after the nine demo organisations
	assert_eq!(node.call("healthchain_organizationsOf", json!([charlie.to_string()])), json!([]));
	assert_eq!(may_act(&node, &charlie, "Clinic")["reason"], "notAMember");
	let admit = RuntimeCall::Organizations(Organizations::admit {
		admin: charlie.clone(),
		roles: BoundedVec::truncate_from(vec![Role::Clinic]),
		credentials: Commitment::repeat_byte(0x42),
	});

	// Nobody admits alone: not a seat holder directly, not an account without a seat by
	// proposing, and a seat holder's vote needs others'.
	let direct = node.execute(Dave, admit.clone());
	assert_eq!(direct.dispatch_error(), Some(DispatchError::BadOrigin));
	let proposal = node.execute(
		Charlie,
		RuntimeCall::Referenda(pallet_referenda::Call::submit {
			proposal_origin: Box::new(business()),
			proposal: frame_support::traits::Bounded::Inline(BoundedVec::truncate_from(
				codec::Encode::encode(&admit),
			)),
			enactment_moment: frame_support::traits::schedule::DispatchTime::After(0),
		}),
	);
	assert_eq!(proposal.dispatch_error(), Some(DispatchError::BadOrigin));
	let vote =
		node.execute(Charlie, RuntimeCall::Organizations(OrgCall::vote { poll: 0, aye: true }));
	let refused = vote.dispatch_error().expect("a vote without a seat fails");
	assert!(
		matches!(
			runtime_error(refused),
			Some(RuntimeError::Organizations(pallet_organizations::Error::NotVoter))
		),
		"{refused:?}"
	);

	// Five of the nine seats: more than half.
	let reserved_before = node.account(&charlie).data.reserved;
	let enacted = node.referendum_enacts(business(), admit, &SEATS[..5]);
	assert!(enacted.events.contains(&RuntimeEvent::Organizations(
		OrgEvent::OrganizationAdmitted { organization: next_id, admin: charlie.clone() }
	)));
	// Its seat came with it, and Charlie casts its vote.
	use healthchain_primitives::ConsortiumSeats;
	let seat = healthchain_runtime::configs::governance::RegistrySeats::seat_of(next_id);
	assert!(enacted.events.contains(&RuntimeEvent::Consortium(
		pallet_ranked_collective::Event::MemberAdded { who: seat }
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

	// A second vote suspends the clinic role: the nurse may no longer act, and the answer says
	// why. Ten seats now: six is more than half.
	let suspend = RuntimeCall::Organizations(OrgCall::suspend_role {
		organization: next_id,
		role: Role::Clinic,
	});
	let suspended = node.referendum_enacts(business(), suspend, &SEATS[..6]);
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

/// A parameter (the collators' candidacy bond) changes only through a `root` referendum: six of
/// the nine seats, enacted no earlier than the track's enactment delay after approval.
#[test]
fn two_thirds_change_a_parameter_after_the_enactment_delay() {
	use healthchain_runtime::configs::governance::tracks::rehearsal;
	let node = DevNode::start_with(&["--dev-block-time", "2000"]);
	let key = common::storage_value_key(b"CollatorSelection", b"CandidacyBond");
	let bond = |node: &DevNode| {
		node.storage(&key, None)
			.map(|b| <u128 as codec::Decode>::decode(&mut &b[..]).expect("a balance"))
	};
	let before = bond(&node);
	let new_bond = 123 * healthchain_runtime::UNIT;
	assert_ne!(before, Some(new_bond));
	let set = RuntimeCall::CollatorSelection(pallet_collator_selection::Call::set_candidacy_bond {
		bond: new_bond,
	});
	// Without a vote, no seat holder may: the call wants `Root`.
	let direct = node.execute(Dave, set.clone());
	assert_eq!(direct.dispatch_error(), Some(DispatchError::BadOrigin));

	let enacted = node.referendum_enacts(root(), set, &SEATS[..6]);
	assert!(
		enacted.enacted_at >= enacted.approved_at + rehearsal::ROOT.enactment,
		"enacted at #{} after approval at #{}",
		enacted.enacted_at,
		enacted.approved_at
	);
	assert_eq!(bond(&node), Some(new_bond));
}
