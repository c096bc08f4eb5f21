//! # Whole-runtime fuzzing of HealthChain
//!
//! Builds blocks of the real runtime natively from fuzzer bytes and checks, after every call and
//! every block, what must hold whatever the calls were (docs/reliability.md):
//!
//! - no panic anywhere (hooks, inherents, calls);
//! - every call's post-dispatch weight within its declared weight (ref-time and proof size), and
//!   the proof the call really added to the block's storage proof — measured with the same proof
//!   recorder `StorageWeightReclaim` reads on a collator — within the proof size it was charged;
//! - the block's weight within the limits of each dispatch class and of the block;
//! - every pallet's `try_state` (the healthcare pallets' invariants among them);
//! - the balances: total issuance equals the sum of every account's free and reserved balance,
//!   holds within the reserved balance, frozen balance the largest lock or freeze, no account
//!   with consumers but no providers;
//! - a block executes within [`MAX_BLOCK_TIME`] of wall time.
//!
//! An input is a sequence of steps, each a control byte and a SCALE-encoded [`RuntimeCall`]
//! (decoded with a depth limit): the byte's low five bits choose the [`Actor`] that dispatches
//! the call, its top three bits whether a new block starts first, and how much later
//! ([`Advance`]). Blocks are initialised the way a collator builds them: an Aura pre-runtime
//! digest with the slot, then the parachain-system inherent (validation data with a relay-chain
//! state proof whose relay slot matches the parachain slot) and the timestamp inherent, applied
//! through `Executive` as bare extrinsics.
//!
//! The state starts from the runtime's `development` genesis preset: nine organisations (one per
//! role), their admins in the governing body, twelve funded development accounts.

#![cfg(feature = "try-runtime")]

pub mod scenario;
pub mod seeds;

use std::{
	collections::BTreeMap,
	sync::OnceLock,
	time::{Duration, Instant},
};

use codec::{DecodeLimit, Encode};
use cumulus_primitives_core::{relay_chain::HeadData, PersistedValidationData};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{Contains, GetCallMetadata, TryState, TryStateSelect, WhitelistedStorageKeys},
	weights::Weight,
};
use healthchain_runtime::{
	configs::governance::origins::pallet_governance_origins::Origin as GovernanceOrigin, AccountId,
	AllPalletsWithSystem, Executive, Header, Runtime, RuntimeCall, RuntimeOrigin,
	UncheckedExtrinsic, SLOT_DURATION,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{Dispatchable, Header as _},
	BuildStorage, Digest, DigestItem, Storage,
};
use sp_state_machine::TestExternalities;
use sp_trie::{proof_size_extension::ProofSizeExt, recorder::Recorder};

/// How deeply calls may nest (a sudo inside a scheduled call inside …) when decoded.
pub const MAX_DECODE_DEPTH: u32 = 32;
/// The most steps one input runs; the rest of a longer input is ignored.
pub const MAX_STEPS: usize = 256;
/// The most blocks one input builds.
pub const MAX_BLOCKS: u32 = 32;
/// The wall time one block may take natively (without the invariant checks after it).
pub const MAX_BLOCK_TIME: Duration = Duration::from_secs(2);

/// Who dispatches a call: the development accounts (each organisation's admin, patients,
/// outsiders) and the governance origins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Actor {
	/// Admin of organisation 0 (Hospital, Laboratory).
	Dave = 0,
	/// Admin of organisation 1 (Clinic).
	Eve = 1,
	/// Admin of organisation 2 (Laboratory).
	Ferdie = 2,
	/// Admin of organisation 3 (Pharmacy).
	AliceStash = 3,
	/// Admin of organisation 4 (Manufacturer).
	BobStash = 4,
	/// Admin of organisation 5 (Wholesaler).
	CharlieStash = 5,
	/// Admin of organisation 6 (TrialSponsor).
	DaveStash = 6,
	/// Admin of organisation 7 (EthicsCommittee).
	EveStash = 7,
	/// Admin of organisation 8 (Regulator, Insurer).
	FerdieStash = 8,
	/// A patient with tokens (also the development chain's sudo key).
	Alice = 9,
	/// A patient with tokens.
	Bob = 10,
	/// A funded account of no organisation.
	Charlie = 11,
	/// A patient pseudonym without tokens.
	One = 12,
	/// An outsider without tokens.
	Two = 13,
	/// The root origin (what an approved `root` referendum dispatches with).
	Root = 14,
	/// The governance `Business` origin.
	Business = 15,
	/// The governance `Emergency` origin.
	Emergency = 16,
}

impl Actor {
	/// Every actor, in the order of their control-byte numbers.
	pub const ALL: [Actor; 17] = [
		Actor::Dave,
		Actor::Eve,
		Actor::Ferdie,
		Actor::AliceStash,
		Actor::BobStash,
		Actor::CharlieStash,
		Actor::DaveStash,
		Actor::EveStash,
		Actor::FerdieStash,
		Actor::Alice,
		Actor::Bob,
		Actor::Charlie,
		Actor::One,
		Actor::Two,
		Actor::Root,
		Actor::Business,
		Actor::Emergency,
	];

	/// The actor a control byte's low five bits name (modulo the number of actors).
	pub fn from_bits(bits: u8) -> Actor {
		Actor::ALL[(bits & 0x1f) as usize % Actor::ALL.len()]
	}

	/// The development key of a signed actor.
	pub fn keyring(self) -> Option<Sr25519Keyring> {
		use Sr25519Keyring as K;
		Some(match self {
			Actor::Dave => K::Dave,
			Actor::Eve => K::Eve,
			Actor::Ferdie => K::Ferdie,
			Actor::AliceStash => K::AliceStash,
			Actor::BobStash => K::BobStash,
			Actor::CharlieStash => K::CharlieStash,
			Actor::DaveStash => K::DaveStash,
			Actor::EveStash => K::EveStash,
			Actor::FerdieStash => K::FerdieStash,
			Actor::Alice => K::Alice,
			Actor::Bob => K::Bob,
			Actor::Charlie => K::Charlie,
			Actor::One => K::One,
			Actor::Two => K::Two,
			Actor::Root | Actor::Business | Actor::Emergency => return None,
		})
	}

	/// The account of a signed actor (`None` for the governance origins).
	pub fn account(self) -> Option<AccountId> {
		self.keyring().map(|k| k.to_account_id())
	}

	/// The origin the actor's calls are dispatched with.
	pub fn origin(self) -> RuntimeOrigin {
		match self {
			Actor::Root => RuntimeOrigin::root(),
			Actor::Business => GovernanceOrigin::Business.into(),
			Actor::Emergency => GovernanceOrigin::Emergency.into(),
			signed => RuntimeOrigin::signed(signed.account().expect("a signed actor")),
		}
	}
}

/// What happens before a step's call: nothing, or a new block, a slot or longer after the last
/// (consent expiry, break-glass deadlines, trial dates, shelf lives, claims' service dates and
/// retention periods all turn on time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advance {
	/// The call goes into the current block.
	None,
	/// A new block starts first, in the next slot.
	Block,
	/// A new block starts first, one hour later.
	Hour,
	/// A new block starts first, a day later.
	Day,
	/// A new block starts first, thirty days later.
	Month,
	/// A new block starts first, 365 days later.
	Year,
	/// A new block starts first, ten years (of 365 days) later.
	Decade,
}

impl Advance {
	/// The advance a control byte's top three bits name.
	fn from_bits(bits: u8) -> Advance {
		match bits >> 5 {
			0 => Advance::None,
			2 => Advance::Hour,
			3 => Advance::Day,
			4 => Advance::Month,
			5 => Advance::Year,
			6 => Advance::Decade,
			_ => Advance::Block,
		}
	}

	fn bits(self) -> u8 {
		(match self {
			Advance::None => 0,
			Advance::Block => 1,
			Advance::Hour => 2,
			Advance::Day => 3,
			Advance::Month => 4,
			Advance::Year => 5,
			Advance::Decade => 6,
		}) << 5
	}

	/// How much later the next block is, in milliseconds (0: no new block).
	pub fn millis(self) -> u64 {
		const DAY: u64 = 24 * 60 * 60 * 1000;
		match self {
			Advance::None => 0,
			Advance::Block => SLOT_DURATION,
			Advance::Hour => 60 * 60 * 1000,
			Advance::Day => DAY,
			Advance::Month => 30 * DAY,
			Advance::Year => 365 * DAY,
			Advance::Decade => 3650 * DAY,
		}
	}

	/// How many slots later the next block is.
	fn slots(self) -> u64 {
		self.millis() / SLOT_DURATION
	}
}

/// One step of an input: maybe a new block, then one call dispatched by one actor.
#[derive(Clone, Debug)]
pub struct Step {
	/// Whether (and how much later) a new block starts before the call.
	pub advance: Advance,
	/// Who dispatches the call.
	pub actor: Actor,
	/// The call.
	pub call: RuntimeCall,
}

impl Step {
	/// A step.
	pub fn new(advance: Advance, actor: Actor, call: RuntimeCall) -> Step {
		Step { advance, actor, call }
	}
}

/// The bytes of an input that runs `steps` (what [`decode`] reads back).
pub fn encode(steps: &[Step]) -> Vec<u8> {
	let mut out = Vec::new();
	for step in steps {
		out.push(step.advance.bits() | step.actor as u8);
		step.call.encode_to(&mut out);
	}
	out
}

/// The steps of an input: as many as decode (at most [`MAX_STEPS`]); the rest is ignored.
pub fn decode(mut data: &[u8]) -> Vec<Step> {
	let mut steps = Vec::new();
	while steps.len() < MAX_STEPS {
		let Some((&control, rest)) = data.split_first() else { break };
		data = rest;
		let Ok(call) = RuntimeCall::decode_with_depth_limit(MAX_DECODE_DEPTH, &mut data) else {
			break;
		};
		steps.push(Step::new(Advance::from_bits(control), Actor::from_bits(control), call));
	}
	steps
}

/// Whether the harness dispatches `call`. Left out are the inherents (the harness provides
/// them), and root calls that change storage or code behind the pallets' backs, which any
/// invariant may legitimately not survive: `System` calls other than remarks,
/// `ParachainSystem`, `Timestamp`, `Balances::force_adjust_total_issuance` and
/// `Balances::force_unreserve` (which unreserves past the holds). Calls wrapped in sudo, in a
/// scheduled task, in a referendum proposal or in a noted preimage are judged by the call
/// inside; bytes in a proposal or preimage that do not decode within the depth limit are left
/// out.
pub fn dispatchable(call: &RuntimeCall) -> bool {
	use healthchain_runtime::RuntimeCall as C;
	match call {
		C::System(c) => matches!(
			c,
			frame_system::Call::remark { .. } | frame_system::Call::remark_with_event { .. }
		),
		C::ParachainSystem(_) | C::Timestamp(_) => false,
		C::Balances(
			pallet_balances::Call::force_adjust_total_issuance { .. }
			| pallet_balances::Call::force_unreserve { .. },
		) => false,
		C::Sudo(
			pallet_sudo::Call::sudo { call } | pallet_sudo::Call::sudo_unchecked_weight { call, .. },
		) => dispatchable(call),
		// The sudo key dispatches as any account past the base call filter, by design: what the
		// filter refuses stays out.
		C::Sudo(pallet_sudo::Call::sudo_as { call, .. }) => {
			dispatchable(call)
				&& <<Runtime as frame_system::Config>::BaseCallFilter as Contains<RuntimeCall>>::contains(
					call,
				)
		},
		C::Scheduler(
			pallet_scheduler::Call::schedule { call, .. }
			| pallet_scheduler::Call::schedule_named { call, .. }
			| pallet_scheduler::Call::schedule_after { call, .. }
			| pallet_scheduler::Call::schedule_named_after { call, .. },
		) => dispatchable(call),
		C::Referenda(pallet_referenda::Call::submit {
			proposal: frame_support::traits::Bounded::Inline(bytes),
			..
		}) => inner_dispatchable(bytes),
		C::Preimage(pallet_preimage::Call::note_preimage { bytes }) => inner_dispatchable(bytes),
		_ => true,
	}
}

/// Whether bytes that may hold a call (a proposal, a preimage) hold none the harness leaves out.
/// Bytes that do not decode within the depth limit are left out too: the runtime decodes a
/// proposal without a limit, so they may still hold a call the harness leaves out.
fn inner_dispatchable(bytes: &[u8]) -> bool {
	match RuntimeCall::decode_with_depth_limit(MAX_DECODE_DEPTH, &mut &bytes[..]) {
		Ok(call) => dispatchable(&call),
		Err(_) => false,
	}
}

/// The genesis state of the `development` preset, built once per process.
pub fn genesis() -> &'static Storage {
	static GENESIS: OnceLock<Storage> = OnceLock::new();
	GENESIS.get_or_init(|| {
		use healthchain_runtime::{genesis_config_presets::get_preset, RuntimeGenesisConfig};
		let preset = get_preset(&sp_genesis_builder::DEV_RUNTIME_PRESET.into())
			.expect("the runtime has the development preset");
		let patch: serde_json::Value = serde_json::from_slice(&preset).expect("the preset is JSON");
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
			.expect("the default genesis config serializes");
		merge(&mut config, patch);
		serde_json::from_value::<RuntimeGenesisConfig>(config)
			.expect("the development preset is a genesis config")
			.build_storage()
			.expect("the development genesis builds")
	})
}

/// Applies a JSON patch the way the node merges a preset into the default genesis config.
fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// What became of one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallOutcome {
	/// The call's pallet.
	pub pallet: &'static str,
	/// The call's name.
	pub call: &'static str,
	/// `None` when the call was not dispatched (left out by [`dispatchable`], or over the
	/// block's weight limit); `Some(Ok(()))` when it succeeded; the error's name otherwise.
	pub result: Option<Result<(), String>>,
	/// The proof the call added to the block's storage proof, in bytes.
	pub proof: u64,
	/// How long the call took natively.
	pub elapsed: Duration,
	/// The weight it was charged.
	pub charged: Weight,
}

/// What an input did.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
	/// Every step, in order.
	pub calls: Vec<CallOutcome>,
	/// The blocks built.
	pub blocks: u32,
}

impl Outcome {
	/// How many calls were dispatched.
	pub fn dispatched(&self) -> usize {
		self.calls.iter().filter(|c| c.result.is_some()).count()
	}
}

/// A chain being built from an input: the state, the proof recorder, and where it stands.
pub struct Chain {
	ext: TestExternalities<sp_core::Blake2Hasher>,
	recorder: Recorder<sp_core::Blake2Hasher>,
	number: u32,
	slot: u64,
	parent: Header,
}

impl Default for Chain {
	fn default() -> Self {
		Chain::new()
	}
}

impl Chain {
	/// The chain at the genesis of the `development` preset.
	pub fn new() -> Chain {
		let mut ext = TestExternalities::new_with_state_version(
			genesis().clone(),
			sp_runtime::StateVersion::V1,
		);
		let recorder = Recorder::default();
		ext.register_extension(ProofSizeExt::new(recorder.clone()));
		let genesis_root = *ext.as_backend().root();
		let parent = Header::new(0, H256::zero(), genesis_root, H256::zero(), Digest::default());
		Chain { ext, recorder, number: 0, slot: 0, parent }
	}

	/// Runs `steps`, one block after another, checking every invariant after each block.
	/// Panics on the first broken one (which is what a fuzzer reports).
	pub fn run(&mut self, steps: &[Step]) -> Outcome {
		let mut outcome = Outcome::default();
		let mut rest = steps;
		while !rest.is_empty() && self.number < MAX_BLOCKS {
			// A block holds the first step and every following one that does not start a new one.
			let len = 1 + rest[1..].iter().take_while(|s| s.advance == Advance::None).count();
			let (block, later) = rest.split_at(len);
			let slots = block[0].advance.slots().max(1);
			outcome.calls.extend(self.block(slots, block));
			outcome.blocks += 1;
			rest = later;
		}
		outcome
	}

	/// Builds one block `slots` slots after the last, with `steps` in it, then checks the
	/// invariants.
	pub fn block(&mut self, slots: u64, steps: &[Step]) -> Vec<CallOutcome> {
		// Everything earlier is in the backend, so that this block's reads of it are recorded.
		self.ext.commit_all().expect("no transaction is open between blocks");
		self.recorder.reset();
		self.number += 1;
		self.slot += slots;
		let (number, slot, parent) = (self.number, self.slot, self.parent.clone());
		let started = Instant::now();
		let recorder = self.recorder.clone();
		let (header, outcomes) = self.ext.execute_with_recorder(self.recorder.clone(), || {
			initialize_block(number, slot, &parent);
			let outcomes: Vec<_> = steps.iter().map(|step| apply(step, &recorder)).collect();
			(Executive::finalize_block(), outcomes)
		});
		let elapsed = started.elapsed();
		assert!(
			elapsed <= MAX_BLOCK_TIME,
			"block {number} took {elapsed:?}, more than {MAX_BLOCK_TIME:?}"
		);
		self.parent = header;
		self.ext.execute_with(|| check_invariants(number));
		outcomes
	}

	/// Runs `f` against the chain's current state (between blocks).
	pub fn execute_with<R>(&mut self, f: impl FnOnce() -> R) -> R {
		self.ext.execute_with(f)
	}

	/// The number of the last block built.
	pub fn number(&self) -> u32 {
		self.number
	}
}

/// Runs one input from genesis (what the fuzz target and the corpus replay call).
pub fn run(data: &[u8]) -> Outcome {
	let steps = decode(data);
	if steps.is_empty() {
		return Outcome::default();
	}
	Chain::new().run(&steps)
}

/// Starts block `number` at `slot` on `parent`, with its inherents, as a collator does.
fn initialize_block(number: u32, slot: u64, parent: &Header) {
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let header = Header::new(number, H256::zero(), H256::zero(), parent.hash(), digest);
	Executive::initialize_block(&header);

	// The relay chain: one relay block per slot (both last 6 s), its state proving the
	// parachain's head included and the relay slot the parachain slot derives from.
	let parent_head = HeadData(parent.encode());
	let sproof = cumulus_test_relay_sproof_builder::RelayStateSproofBuilder {
		para_id: healthchain_runtime::genesis_config_presets::PARACHAIN_ID.into(),
		current_slot: slot.into(),
		included_para_head: Some(parent_head.clone()),
		..Default::default()
	};
	let (relay_parent_storage_root, relay_chain_state) = sproof.into_state_root_and_proof();
	let validation_data =
		cumulus_pallet_parachain_system::parachain_inherent::BasicParachainInherentData {
			validation_data: PersistedValidationData {
				parent_head,
				relay_parent_number: u32::try_from(slot).expect("slots fit the relay block number"),
				relay_parent_storage_root,
				max_pov_size: 10 * 1024 * 1024,
			},
			relay_chain_state,
			relay_parent_descendants: Vec::new(),
			collator_peer_id: None,
		};
	let inherents = [
		RuntimeCall::ParachainSystem(cumulus_pallet_parachain_system::Call::set_validation_data {
			data: validation_data,
			inbound_messages_data:
				cumulus_pallet_parachain_system::parachain_inherent::InboundMessagesData::new(
					Default::default(),
					Default::default(),
				),
		}),
		RuntimeCall::Timestamp(pallet_timestamp::Call::set { now: slot * SLOT_DURATION }),
	];
	for inherent in inherents {
		let applied = Executive::apply_extrinsic(UncheckedExtrinsic::new_bare(inherent));
		assert!(matches!(applied, Ok(Ok(()))), "inherent of block {number} failed: {applied:?}");
	}
	Executive::inherents_applied();
}

/// Dispatches one step's call, if the harness dispatches it and it fits the block, and checks
/// its weight against what it declared and the proof it needs.
///
/// The proof is measured cold: the recorder starts empty for each call, so every trie node the
/// call reads from the state of earlier blocks counts, even if an earlier call of the block read
/// it too — a call's declared proof must cover the case where it is the first to read. (Only
/// what earlier calls of the same block wrote is free: a block's own writes need no proof.)
fn apply(step: &Step, recorder: &Recorder<sp_core::Blake2Hasher>) -> CallOutcome {
	let metadata = step.call.get_call_metadata();
	let mut outcome = CallOutcome {
		pallet: metadata.pallet_name,
		call: metadata.function_name,
		result: None,
		proof: 0,
		elapsed: Duration::ZERO,
		charged: Weight::zero(),
	};
	if !dispatchable(&step.call) {
		return outcome;
	}
	let info = step.call.get_dispatch_info();
	let declared = info.call_weight;
	if !fits(declared, info.class) {
		return outcome;
	}
	recorder.reset();
	// The transaction's own reads come before the call in a real block, so they are not the
	// call's proof: the signer's account (nonce, fee) and what the runtime marks as read by
	// every block (`#[pallet::whitelist_storage]`: the block number, the events, the block's
	// weight, the total issuance every fee burn changes…), which its benchmarks take as read.
	if let Some(who) = step.actor.account() {
		let _ = frame_system::Account::<Runtime>::get(&who);
	}
	for key in whitelisted_keys() {
		let _ = sp_io::storage::get(key);
	}
	let proof_before = proof_size();
	let started = Instant::now();
	let result = step.call.clone().dispatch(step.actor.origin());
	let elapsed = started.elapsed();
	let proof = proof_size().saturating_sub(proof_before);
	let post = match &result {
		Ok(post) => *post,
		Err(e) => e.post_info,
	};
	let name =
		|| format!("{}::{} by {:?}", metadata.pallet_name, metadata.function_name, step.actor);
	if let Some(actual) = post.actual_weight {
		assert!(
			actual.all_lte(declared),
			"{}: post-dispatch weight {actual:?} above the declared {declared:?}",
			name()
		);
	}
	let charged = post.actual_weight.unwrap_or(declared).min(declared);
	assert!(
		proof <= charged.proof_size() || refused_unchecked_weight(step),
		"{}: added {proof} bytes of proof, charged {} ({:?})",
		name(),
		charged.proof_size(),
		result.map(|_| ()).map_err(|e| e.error)
	);
	frame_system::BlockWeight::<Runtime>::mutate(|consumed| consumed.accrue(charged, info.class));
	outcome.proof = proof;
	outcome.elapsed = elapsed;
	outcome.charged = charged;
	outcome.result = Some(result.map(|_| ()).map_err(|e| error_name(e.error)));
	outcome
}

/// Whether the step is a `Sudo::sudo_unchecked_weight` by an account that does not hold the sudo
/// key: that call's weight is whatever its caller states, by design, and anyone but the key
/// holder is refused after the one read of the key (32 bytes) — charged what the caller stated.
/// The key holder's own calls are checked like any other.
fn refused_unchecked_weight(step: &Step) -> bool {
	matches!(step.call, RuntimeCall::Sudo(pallet_sudo::Call::sudo_unchecked_weight { .. }))
		&& step.actor.account() != pallet_sudo::Key::<Runtime>::get()
}

/// The keys the runtime marks as read by every block, collected once per process (the
/// collection allocates, and every call reads them).
fn whitelisted_keys() -> &'static [Vec<u8>] {
	static KEYS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
	KEYS.get_or_init(|| {
		AllPalletsWithSystem::whitelisted_storage_keys().into_iter().map(|k| k.key).collect()
	})
}

/// The inputs at `path`: the file itself, or every file of the directory but its README,
/// sorted (what the corpus replay and `fuzz-tool replay` run). A path that does not exist
/// holds none.
pub fn input_files(path: &std::path::Path) -> Vec<std::path::PathBuf> {
	if path.is_file() {
		return vec![path.to_path_buf()];
	}
	let mut files: Vec<_> = std::fs::read_dir(path)
		.map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
		.unwrap_or_default();
	files.retain(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"));
	files.sort();
	files
}

/// The size of the block's storage proof so far, from the recorder the block runs with.
fn proof_size() -> u64 {
	cumulus_primitives_proof_size_hostfunction::storage_proof_size::storage_proof_size()
}

/// Whether a call of `weight` fits what is left of the block for its class (a block builder
/// leaves out a transaction that does not).
fn fits(weight: Weight, class: DispatchClass) -> bool {
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let consumed = frame_system::BlockWeight::<Runtime>::get();
	let class_total = consumed.get(class).saturating_add(weight);
	let class_ok = limits.get(class).max_total.is_none_or(|max| class_total.all_lte(max));
	class_ok && consumed.total().saturating_add(weight).all_lte(limits.max_block)
}

/// A dispatch error in words: `Pallet::Error` for module errors.
fn error_name(error: sp_runtime::DispatchError) -> String {
	match healthchain_runtime::RuntimeError::from_dispatch_error(error) {
		Some(e) => format!("{e:?}"),
		None => format!("{error:?}"),
	}
}

/// The checks after every block (outside the block's proof recording).
fn check_invariants(number: u32) {
	// Calls are admitted only within their class's limit (`fits`); the inherents and the hooks
	// (scheduled enactments among them) are not, so the block's total is what can overflow.
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let consumed = frame_system::BlockWeight::<Runtime>::get();
	assert!(
		consumed.total().all_lte(limits.max_block),
		"block {number}: weight {:?} above the block's {:?}",
		consumed.total(),
		limits.max_block
	);

	check_balances(number);

	if let Err(e) = AllPalletsWithSystem::try_state(number, TryStateSelect::All) {
		panic!("block {number}: try_state failed: {e:?}");
	}
}

/// The balances invariants.
fn check_balances(number: u32) {
	use healthchain_runtime::Balance;
	let mut total: Balance = 0;
	for (who, info) in frame_system::Account::<Runtime>::iter() {
		assert!(
			info.consumers == 0 || info.providers > 0 || info.sufficients > 0,
			"block {number}: {who} has {} consumers but no providers",
			info.consumers
		);
		total = total.saturating_add(info.data.free).saturating_add(info.data.reserved);
		let holds: Balance =
			pallet_balances::Holds::<Runtime>::get(&who).iter().map(|h| h.amount).sum();
		assert!(
			holds <= info.data.reserved,
			"block {number}: {who} holds {holds}, more than its reserved {}",
			info.data.reserved
		);
		let locks = pallet_balances::Locks::<Runtime>::get(&who);
		let freezes = pallet_balances::Freezes::<Runtime>::get(&who);
		let frozen = locks
			.iter()
			.map(|l| l.amount)
			.chain(freezes.iter().map(|f| f.amount))
			.max()
			.unwrap_or(0);
		assert_eq!(
			info.data.frozen, frozen,
			"block {number}: {who} frozen balance is not its largest lock or freeze"
		);
	}
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	assert_eq!(issuance, total, "block {number}: total issuance is not the sum of the accounts");
}

/// Counts, per call, how often it was dispatched and how often it succeeded.
#[derive(Clone, Debug, Default)]
pub struct Coverage {
	/// `(pallet, call)` → `(dispatched, succeeded)`.
	pub calls: BTreeMap<(String, String), (u64, u64)>,
	/// Every error seen, by call: `(pallet, call, error)` → count.
	pub errors: BTreeMap<(String, String, String), u64>,
	/// By call, the largest ratio of its native execution time to the ref-time it was charged
	/// (both in picoseconds), with that time and charge. Native code usually runs faster than
	/// the wasm the weights were measured in, so a ratio near or above 1 marks a call whose
	/// ref-time may not cover what it did: a lead to follow, not a verdict (the native build's
	/// speed and the machine's load vary).
	pub slowest: BTreeMap<(String, String), (f64, Duration, u64)>,
}

impl Coverage {
	/// Adds what one input did.
	pub fn add(&mut self, outcome: &Outcome) {
		for call in &outcome.calls {
			let Some(result) = &call.result else { continue };
			let key = (call.pallet.to_string(), call.call.to_string());
			let ratio =
				call.elapsed.as_nanos() as f64 * 1000.0 / call.charged.ref_time().max(1) as f64;
			let slowest = self.slowest.entry(key.clone()).or_insert((0.0, Duration::ZERO, 0));
			if ratio > slowest.0 {
				*slowest = (ratio, call.elapsed, call.charged.ref_time());
			}
			let entry = self.calls.entry(key).or_default();
			entry.0 += 1;
			match result {
				Ok(()) => entry.1 += 1,
				Err(e) => {
					*self
						.errors
						.entry((call.pallet.to_string(), call.call.to_string(), e.clone()))
						.or_default() += 1
				},
			}
		}
	}

	/// Whether `pallet::call` was dispatched and succeeded at least once.
	pub fn succeeded(&self, pallet: &str, call: &str) -> bool {
		self.calls.get(&(pallet.to_string(), call.to_string())).is_some_and(|(_, ok)| *ok > 0)
	}
}

/// Every call of a pallet (by its name in the runtime), from the runtime's metadata.
pub fn calls_of(pallet: &str) -> Vec<String> {
	seeds::runtime_calls().into_iter().filter(|c| c.pallet == pallet).map(|c| c.call).collect()
}

/// The healthcare pallets, by their names in the runtime (indices 50 to 56).
pub const HEALTHCARE_PALLETS: [&str; 7] =
	["Organizations", "Consent", "Records", "Trials", "Provenance", "Claims", "Sponsorship"];
