//! Genesis presets:
//!
//! - `development` (one collator, for `healthchain-node --dev`): the only preset with a sudo key
//!   (Alice), for a developer's convenience; referenda at the rehearsal pace.
//! - `local_testnet` (two collators, for zombienet): no sudo; rehearsal pace, so that a runtime
//!   upgrade can be voted through in minutes.
//! - `production`: what a consortium's chain starts from — no sudo, referenda at the production
//!   pace (days), only the organisations' admins and the collators funded. Its accounts are the
//!   well-known development keys as placeholders: a consortium replaces them with its founding
//!   members' keys (`docs/governance.md`); the node refuses to run a live chain that still
//!   holds them.
//!
//! Every preset admits the organisations of [`demo_organizations`]; each gets its seat in the
//! governing body at admission, so governance works from the first block.

use alloc::{vec, vec::Vec};

use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

use crate::configs::governance::origins::Pace;
use sp_keyring::Sr25519Keyring;

use healthchain_primitives::{commitment::commit, provenance::CompanyPrefix, Commitment, Role};

use crate::{
	AccountId, AuraId, Balance, BalancesConfig, CollatorSelectionConfig, GovernanceOriginsConfig,
	OrganizationsConfig, ParachainInfoConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys,
	SudoConfig, EXISTENTIAL_DEPOSIT, UNIT,
};

/// The parachain id the presets use: the first id a relay chain hands to a registered parachain.
pub const PARACHAIN_ID: u32 = 2000;

/// What each development account starts with: a million tokens.
pub const DEV_ACCOUNT_ENDOWMENT: Balance = 1_000_000 * UNIT;

/// Collators have no bond to post (the set is governed, not staked); the value only has to be
/// non-zero and above the existential deposit.
const CANDIDACY_BOND: Balance = EXISTENTIAL_DEPOSIT * 16;

/// The preset of a consortium's chain: no sudo key, referenda at the production pace.
pub const PRODUCTION_RUNTIME_PRESET: &str = "production";

/// A demo organisation: first admin, roles, credentials commitment, further member accounts.
pub type DemoOrganization = (AccountId, Vec<Role>, Commitment, Vec<AccountId>);

/// The demo organisations, admitted in this order (ids 0..=8), so tests and demos can act in
/// every role at once. Each admin is its organisation's voter: nine seats, so a `business`
/// referendum needs 5 ayes, a `root` one 6 and an `emergency` one 7:
///
/// | id | admin         | roles                 |
/// |----|---------------|-----------------------|
/// | 0  | Dave          | Hospital, Laboratory  |
/// | 1  | Eve           | Clinic                |
/// | 2  | Ferdie        | Laboratory            |
/// | 3  | Alice//stash  | Pharmacy              |
/// | 4  | Bob//stash    | Manufacturer          |
/// | 5  | Charlie//stash| Wholesaler            |
/// | 6  | Dave//stash   | TrialSponsor          |
/// | 7  | Eve//stash    | EthicsCommittee       |
/// | 8  | Ferdie//stash | Regulator, Insurer    |
///
/// Credentials are salted commitments to a made-up licence string, as a real organisation's
/// would be to its documents.
pub fn demo_organizations() -> Vec<DemoOrganization> {
	use Sr25519Keyring::*;
	let demo: [(Sr25519Keyring, &[Role]); 9] = [
		(Dave, &[Role::Hospital, Role::Laboratory]),
		(Eve, &[Role::Clinic]),
		(Ferdie, &[Role::Laboratory]),
		(AliceStash, &[Role::Pharmacy]),
		(BobStash, &[Role::Manufacturer]),
		(CharlieStash, &[Role::Wholesaler]),
		(DaveStash, &[Role::TrialSponsor]),
		(EveStash, &[Role::EthicsCommittee]),
		(FerdieStash, &[Role::Regulator, Role::Insurer]),
	];
	demo.into_iter()
		.enumerate()
		.map(|(i, (admin, roles))| {
			let salt = [i as u8 + 1; 16];
			let credentials =
				commit(b"healthchain/demo-credentials", &salt, roles[0].as_str().as_bytes())
					.unwrap_or_default();
			(admin.to_account_id(), roles.to_vec(), credentials, Vec::new())
		})
		.collect()
}

/// The GS1 Company Prefixes the demo organisations hold: the manufacturer (organisation 4,
/// Bob//stash) holds 9501101, the prefix of GS1's example GTIN `09501101530003`, which the
/// examples, the load generator and the tests register, and 0614141, the prefix of GS1's example
/// SSCC `106141411234567897`, the number of the case they pack; the wholesaler (organisation 5,
/// Charlie//stash) holds 0614142, for the cases it repacks.
pub fn demo_company_prefixes() -> Vec<(u32, CompanyPrefix)> {
	vec![
		(4, CompanyPrefix { digits: 7, value: 9_501_101 }),
		(4, CompanyPrefix { digits: 7, value: 614_141 }),
		(5, CompanyPrefix { digits: 7, value: 614_142 }),
	]
}

fn session_keys(aura: AuraId) -> SessionKeys {
	SessionKeys { aura }
}

fn genesis(
	collators: Vec<(AccountId, AuraId)>,
	endowed: Vec<AccountId>,
	sudo: Option<AccountId>,
	pace: Pace,
	para_id: u32,
) -> Value {
	let mut patch = build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.iter()
				.cloned()
				.map(|a| (a, DEV_ACCOUNT_ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		parachain_info: ParachainInfoConfig { parachain_id: para_id.into() },
		collator_selection: CollatorSelectionConfig {
			invulnerables: collators.iter().cloned().map(|(acc, _)| acc).collect::<Vec<_>>(),
			candidacy_bond: CANDIDACY_BOND,
		},
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(acc, aura)| (acc.clone(), acc, session_keys(aura)))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo.clone() },
		governance_origins: GovernanceOriginsConfig { pace },
		organizations: OrganizationsConfig {
			organizations: demo_organizations(),
			company_prefixes: demo_company_prefixes(),
		},
	});
	if sudo.is_none() {
		// No key at all, not a `null` one: the preset's JSON shows there is no sudo.
		if let Some(fields) = patch.as_object_mut() {
			fields.remove("sudo");
		}
	}
	patch
}

fn development() -> Value {
	genesis(
		vec![(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into())],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		Pace::Rehearsal,
		PARACHAIN_ID,
	)
}

fn local_testnet() -> Value {
	genesis(
		vec![
			(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into()),
			(Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Bob.public().into()),
		],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		None,
		Pace::Rehearsal,
		PARACHAIN_ID,
	)
}

fn production() -> Value {
	let collators = [Sr25519Keyring::Alice, Sr25519Keyring::Bob];
	let endowed = collators
		.iter()
		.map(|k| k.to_account_id())
		.chain(demo_organizations().into_iter().map(|(admin, ..)| admin))
		.collect();
	genesis(
		collators.iter().map(|k| (k.to_account_id(), k.public().into())).collect(),
		endowed,
		None,
		Pace::Production,
		PARACHAIN_ID,
	)
}

/// The JSON patch of the preset `id`, or `None` for an unknown id.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		PRODUCTION_RUNTIME_PRESET => production(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work. qed.")
			.into_bytes(),
	)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(PRODUCTION_RUNTIME_PRESET),
	]
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;

	/// The genesis state the preset `name` builds, as a node builds it: the preset's patch over
	/// the runtime's default configuration.
	pub(crate) fn preset_storage(name: &PresetId) -> sp_runtime::Storage {
		use sp_runtime::BuildStorage;
		let patch: Value = serde_json::from_slice(&get_preset(name).unwrap()).unwrap();
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
		json_merge(&mut config, patch);
		let config: RuntimeGenesisConfig = serde_json::from_value(config).unwrap();
		config.build_storage().expect("genesis builds")
	}

	#[test]
	fn every_named_preset_builds_a_patch() {
		for name in preset_names() {
			let bytes = get_preset(&name).expect("named preset exists");
			let json: Value = serde_json::from_slice(&bytes).expect("valid json");
			assert_eq!(json["parachainInfo"]["parachainId"], PARACHAIN_ID);
			// Only the development chain has a sudo key.
			assert_eq!(json["sudo"]["key"].is_string(), name.as_str() == DEV_RUNTIME_PRESET);
			assert_eq!(json.get("sudo").is_some(), name.as_str() == DEV_RUNTIME_PRESET);
			let pace = json["governanceOrigins"]["pace"].as_str();
			let production = name.as_str() == PRODUCTION_RUNTIME_PRESET;
			assert_eq!(pace, Some(if production { "Production" } else { "Rehearsal" }));
			assert_eq!(
				json["organizations"]["organizations"].as_array().unwrap().len(),
				demo_organizations().len()
			);
		}
		assert!(get_preset(&PresetId::from("no-such-preset")).is_none());
	}

	#[test]
	fn local_testnet_has_two_collators_and_funds_dev_accounts() {
		let json: Value = serde_json::from_slice(
			&get_preset(&PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)).unwrap(),
		)
		.unwrap();
		assert_eq!(json["collatorSelection"]["invulnerables"].as_array().unwrap().len(), 2);
		assert_eq!(json["session"]["keys"].as_array().unwrap().len(), 2);
		assert!(json["balances"]["balances"].as_array().unwrap().len() >= 6);
	}

	#[test]
	fn presets_build_a_genesis_state() {
		for name in preset_names() {
			let storage = preset_storage(&name);
			assert!(!storage.top.is_empty());
			sp_io::TestExternalities::new(storage).execute_with(|| {
				use healthchain_primitives::OrganizationRegistry;
				for (id, (admin, roles, _, _)) in demo_organizations().into_iter().enumerate() {
					for role in roles {
						assert_eq!(
							crate::Organizations::acting_with_role(&admin, role),
							Some(id as u32)
						);
					}
				}
				crate::Organizations::do_try_state().expect("registry invariants at genesis");
				// The demo manufacturer registers GS1's example GTIN and packs GS1's example
				// SSCC, each under one of its two prefixes, and nobody else does either.
				use healthchain_primitives::{
					provenance::{Gtin, Sscc},
					CompanyPrefixes,
				};
				let example = Gtin(9_501_101_530_003);
				let example_case = Sscc(106_141_411_234_567_897);
				// The demo wholesaler numbers its own cases (1 0614142 000000001 8).
				let wholesalers_case = Sscc(106_141_420_000_000_018);
				let (maker, wholesaler) = (4, 5);
				assert_eq!(crate::Organizations::holder_of_gtin(example), Some(maker));
				assert_eq!(crate::Organizations::holder_of_sscc(example_case), Some(maker));
				assert_eq!(
					crate::Organizations::holder_of_sscc(wholesalers_case),
					Some(wholesaler)
				);
				assert_eq!(demo_organizations()[maker as usize].1, vec![Role::Manufacturer]);
				assert_eq!(demo_organizations()[wholesaler as usize].1, vec![Role::Wholesaler]);
				let prefixes = demo_company_prefixes();
				assert_eq!(prefixes.len(), 3);
				for (holder, prefix) in prefixes {
					let d = prefix.digits;
					if holder == maker {
						assert!(
							example.company_prefix(d) == prefix
								|| example_case.company_prefix(d) == prefix
						);
					} else {
						assert_eq!(
							(holder, wholesalers_case.company_prefix(d)),
							(wholesaler, prefix)
						);
					}
				}
				// One seat per organisation, its admin's, and no other.
				assert_eq!(
					pallet_ranked_collective::MemberCount::<crate::Runtime>::get(0),
					demo_organizations().len() as u32
				);
				use healthchain_primitives::ConsortiumSeats;
				for (id, (admin, ..)) in demo_organizations().into_iter().enumerate() {
					let seat = crate::configs::governance::RegistrySeats::seat_of(id as u32);
					assert!(pallet_ranked_collective::Members::<crate::Runtime>::contains_key(
						&seat
					));
					assert!(!pallet_ranked_collective::Members::<crate::Runtime>::contains_key(
						&admin
					));
					assert_eq!(
						pallet_organizations::Organizations::<crate::Runtime>::get(id as u32)
							.map(|o| o.voter),
						Some(admin)
					);
				}
				assert_eq!(
					pallet_sudo::Key::<crate::Runtime>::get().is_some(),
					name.as_str() == DEV_RUNTIME_PRESET
				);
			});
		}
	}

	#[test]
	fn demo_organisations_cover_the_roles_later_pallets_need() {
		let held: Vec<Role> = demo_organizations().into_iter().flat_map(|(_, r, _, _)| r).collect();
		for role in Role::ALL {
			if role != Role::Repackager {
				assert!(held.contains(&role), "no demo organisation is a {role:?}");
			}
		}
	}

	fn json_merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(b), Value::Object(p)) => {
				for (k, v) in p {
					json_merge(b.entry(k).or_insert(Value::Null), v);
				}
			},
			(b, p) => *b = p,
		}
	}
}
