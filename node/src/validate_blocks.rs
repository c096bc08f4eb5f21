//! `healthchain-node validate-blocks`: re-validates stored parachain blocks as the relay chain's
//! validators do, and reports the wasm memory each needs.
//!
//! A collator never runs `validate_block`; the relay chain's validators do, in a PVF worker whose
//! wasm memory is capped (`polkadot-node-core-pvf-common`: 32 + 2,048 pages of 64 KiB, 130 MiB,
//! unless the relay chain's executor parameters say otherwise). Block weights bound compute and
//! proof, not that memory, so a block the weights allow can still be refused by every validator
//! ("Allocator ran out of space"; docs/performance.md, session 20). This command measures it:
//! for each block it rebuilds the proof of validity the collator would have sent (the block
//! re-executed on its parent's state with proof recording, as import does, and the proof
//! compacted), then runs the runtime's `validate_block` export twice in a fresh wasmtime
//! instance: once with the PVF's memory cap, for the verdict, and once uncapped, for the
//! allocator's address space the block really needs.

use std::{sync::Arc, time::Instant};

use codec::{Decode, Encode};
use cumulus_primitives_core::{relay_chain, ParachainBlockData, PersistedValidationData};
use healthchain_runtime::opaque::Block;
use polkadot_primitives::executor_params::{DEFAULT_LOGICAL_STACK_MAX, DEFAULT_NATIVE_STACK_MAX};
use sc_cli::{CliConfiguration, ImportParams, KeystoreParams, SharedParams};
use sc_client_api::{Backend as _, BlockBackend, HeaderBackend, StorageProvider};
use sc_executor::{WasmExecutor, WasmtimeInstantiationStrategy};
use sc_executor_common::wasm_runtime::AllocationStats;
use sc_executor_wasmtime::{
	Config, DeterministicStackLimit, HeapAllocStrategy, RuntimeBlob, Semantics, WasmModule,
	WasmtimeRuntime,
};
use sp_api::{ApiExt, CallContext, Core, ProvideRuntimeApi};
use sp_block_builder::BlockBuilder as _;
use sp_consensus_aura::{
	digests::CompatibleDigestItem, sr25519::AuthorityId as AuraId, AuraApi as _, AURA_ENGINE_ID,
};
use sp_core::storage::{well_known_keys, StorageKey};
use sp_core::{
	crypto::{key_types::AURA, ByteArray as _},
	sr25519,
	traits::ReadRuntimeVersionExt,
	Pair as _,
};
use sp_keystore::{Keystore, KeystorePtr};
use sp_runtime::{
	generic::DigestItem,
	traits::{Block as BlockT, HashingFor, Header as HeaderT},
};
use sp_state_machine::Backend as _;
use sp_trie::proof_size_extension::ProofSizeExt;

use crate::service::{ParachainBackend, ParachainClient};

/// Wasm pages (64 KiB) a PVF worker's instance may have by default: 32 for the runtime's data
/// and stack plus 2,048 for its heap (`polkadot-node-core-pvf-common`'s `DEFAULT_CONFIG`).
pub const PVF_MAX_PAGES: u32 = PVF_DATA_PAGES + 2_048;

/// The pages the PVF sets aside for a runtime's data and stack, below its heap.
pub const PVF_DATA_PAGES: u32 = 32;

/// Bytes in a wasm page.
const WASM_PAGE: u64 = 64 * 1024;

/// Re-validate stored parachain blocks as the relay chain's validators do, and report the wasm
/// memory each needs against the PVF's cap.
#[derive(Debug, clap::Parser)]
pub struct ValidateBlocksCmd {
	/// The first block to validate.
	#[arg(long, default_value_t = 1)]
	pub from: u32,

	/// The last block to validate (default: the best block).
	#[arg(long)]
	pub to: Option<u32>,

	/// Skip blocks with fewer extrinsics than this (the inherents count).
	#[arg(long, default_value_t = 0)]
	pub min_extrinsics: usize,

	/// Instead of each stored block, validate new blocks built on its parent, in its slot, from
	/// only its first N extrinsics (the inherents come first), for each N given
	/// (comma-separated), sealed with the author's Aura key from the node's keystore: smaller
	/// blocks of the same kind, to measure how the memory grows.
	#[arg(long, value_delimiter = ',')]
	pub keep: Vec<usize>,

	/// The wasm memory cap, in 64 KiB pages, of the verdict run (the PVF's default unless the
	/// relay chain's executor parameters set `MaxMemoryPages`, which adds 32 to it).
	#[arg(long, default_value_t = PVF_MAX_PAGES)]
	pub max_pages: u32,

	#[allow(missing_docs)]
	#[command(flatten)]
	pub shared_params: SharedParams,

	#[allow(missing_docs)]
	#[command(flatten)]
	pub import_params: ImportParams,

	#[allow(missing_docs)]
	#[command(flatten)]
	pub keystore_params: KeystoreParams,
}

impl CliConfiguration for ValidateBlocksCmd {
	fn shared_params(&self) -> &SharedParams {
		&self.shared_params
	}

	fn import_params(&self) -> Option<&ImportParams> {
		Some(&self.import_params)
	}

	/// The node's keystore (`--keep` seals with it); without this, a sub-command's is in memory.
	fn keystore_params(&self) -> Option<&KeystoreParams> {
		Some(&self.keystore_params)
	}
}

/// What validating one block found.
#[derive(Debug)]
pub struct Report {
	/// The block's number.
	pub number: u32,
	/// Its extrinsics, inherents included.
	pub extrinsics: usize,
	/// Storage keys the block changed: (written, of which new, removed).
	pub changes: (usize, usize, usize),
	/// The encoded compact proof, in bytes.
	pub proof_bytes: usize,
	/// The encoded `ParachainBlockData` (block and proof), in bytes: what a validator decompresses.
	pub pov_bytes: usize,
	/// The allocator's address space `validate_block` used, uncapped, in bytes.
	pub needed: u64,
	/// `None` if `validate_block` succeeded under the cap, else why it failed.
	pub capped_error: Option<String>,
	/// Milliseconds the capped run took (instantiation and `validate_block`; the runtime is compiled
	/// once per code).
	pub millis: u128,
}

impl ValidateBlocksCmd {
	/// Validates every block from `from` to `to` and prints a line for each.
	pub fn run(
		&self,
		client: Arc<ParachainClient>,
		backend: Arc<ParachainBackend>,
		keystore: KeystorePtr,
	) -> sc_cli::Result<()> {
		let to = self.to.unwrap_or_else(|| client.info().best_number);
		println!(
			"block\textrinsics\twritten\tnew\tremoved\tproof_B\tpov_B\theap_B\theap_%\tcapped\tms"
		);
		// The heap is what the cap leaves beside the runtime's data and stack, which the PVF
		// estimates at 32 pages; the capped run's verdict is exact, this share is not.
		let heap = u64::from(self.max_pages.saturating_sub(PVF_DATA_PAGES)) * WASM_PAGE;
		let mut refused = 0;
		let mut validated = 0;
		// The parachain-system and timestamp inherents come first; a block without them cannot
		// be built.
		if let Some(keep) = self.keep.iter().find(|keep| **keep < 2) {
			return Err(format!("--keep {keep}: a block keeps at least its two inherents").into());
		}
		let mut runtime = None;
		let keeps: Vec<Option<usize>> = if self.keep.is_empty() {
			vec![None]
		} else {
			self.keep.iter().copied().map(Some).collect()
		};
		for (number, keep) in (self.from..=to).flat_map(|n| keeps.iter().map(move |k| (n, *k))) {
			let Some(report) = validate(
				&client,
				&backend,
				&mut runtime,
				number,
				self.max_pages,
				self.min_extrinsics,
				keep,
				&*keystore,
			)?
			else {
				continue;
			};
			validated += 1;
			refused += usize::from(report.capped_error.is_some());
			println!(
				"{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{:.1}\t{}\t{}",
				report.number,
				report.extrinsics,
				report.changes.0,
				report.changes.1,
				report.changes.2,
				report.proof_bytes,
				report.pov_bytes,
				report.needed,
				100.0 * report.needed as f64 / heap as f64,
				report.capped_error.as_deref().unwrap_or("ok"),
				report.millis,
			);
		}
		if validated == 0 {
			return Err(format!("no block from #{} to #{to} was validated", self.from).into());
		}
		if refused > 0 {
			return Err(format!("{refused} block(s) fail validate_block under the cap").into());
		}
		Ok(())
	}
}

/// Rebuilds block `number`'s proof of validity and runs `validate_block` on it; `None` if the
/// block has fewer than `min_extrinsics` extrinsics. With `keep`, the block validated is a new
/// one built on the same parent from the stored block's first extrinsics, sealed with a key of
/// `keystore`. A block stored without an Aura seal (the `--dev` node's manual seal adds none) is
/// validated as such a rebuild with all its extrinsics.
#[allow(clippy::too_many_arguments)]
pub fn validate(
	client: &ParachainClient,
	backend: &ParachainBackend,
	runtime: &mut Option<(Vec<u8>, WasmtimeRuntime)>,
	number: u32,
	max_pages: u32,
	min_extrinsics: usize,
	keep: Option<usize>,
	keystore: &dyn Keystore,
) -> sc_cli::Result<Option<Report>> {
	let hash = client.hash(number)?.ok_or_else(|| format!("no block #{number} in the database"))?;
	let sealed = client
		.block(hash)?
		.ok_or_else(|| format!("block #{number} has no body (a light or warp-synced node?)"))?
		.block;
	if sealed.extrinsics.len() < min_extrinsics {
		return Ok(None);
	}
	let parent_hash = *sealed.header.parent_hash();
	let parent =
		client.header(parent_hash)?.ok_or_else(|| format!("no header for #{number}'s parent"))?;

	let state = backend.state_at(parent_hash, CallContext::Onchain { import: true }.into())?;
	// A block without any seal (manual seal signs nothing) is rebuilt with all its extrinsics and
	// sealed by its slot's author, read here, apart from the block's own execution, so that the
	// block's proof holds only what the block read.
	let unsealed = !sealed.header.digest().logs().iter().any(|d| matches!(d, DigestItem::Seal(..)));
	let slot_author = if unsealed { Some(slot_author(client, &sealed.header)?) } else { None };
	let mut api = client.runtime_api();
	api.record_proof();
	let recorder = api.proof_recorder().ok_or("proof recording is on")?;
	api.register_extension(ProofSizeExt::new(recorder));
	let keep = match keep {
		None if unsealed => Some(sealed.extrinsics.len()),
		keep => keep,
	};
	let block = match keep {
		// Import executes the block without its seal, recording the proof, as every node here
		// does (the proof-size host function needs it) and as the collator did when it built it.
		None => {
			let mut unsealed = sealed.clone();
			if matches!(unsealed.header.digest().logs().last(), Some(DigestItem::Seal(..))) {
				unsealed.header.digest_mut().pop();
			}
			api.set_call_context(CallContext::Onchain { import: true });
			api.execute_block(parent_hash, unsealed.into())
				.map_err(|e| format!("re-executing #{number}: {e}"))?;
			sealed
		},
		// Built as the collator builds: the same slot, its first `keep` extrinsics.
		Some(keep) => rebuild(&mut api, keystore, slot_author.as_ref(), sealed, keep)?,
	};
	let proof = api.extract_proof().ok_or("proof recording is on")?;
	let changes = api
		.into_storage_changes(&state, parent_hash)
		.map_err(|e| format!("storage changes of #{number}: {e}"))?;
	let mut written = (0, 0, 0);
	for (key, value) in &changes.main_storage_changes {
		match value {
			Some(_) => {
				written.0 += 1;
				let existed =
					state.exists_storage(key).map_err(|e| format!("parent state: {e}"))?;
				written.1 += usize::from(!existed);
			},
			None => written.2 += 1,
		}
	}
	let compact = proof
		.into_compact_proof::<HashingFor<Block>>(*parent.state_root())
		.map_err(|e| format!("compacting #{number}'s proof: {e}"))?;
	let proof_bytes = compact.encoded_size();
	let extrinsics = block.extrinsics.len();
	let block_data = ParachainBlockData::<Block>::new(vec![block], compact, None).encode();
	let pov_bytes = block_data.len();

	// What the relay chain's validators were told: the validation data the block's inherent set.
	let key =
		[sp_io::hashing::twox_128(b"ParachainSystem"), sp_io::hashing::twox_128(b"ValidationData")]
			.concat();
	let validation = client
		.storage(hash, &StorageKey(key))?
		.ok_or_else(|| format!("#{number} stored no validation data"))?;
	let validation =
		PersistedValidationData::<relay_chain::Hash, relay_chain::BlockNumber>::decode(
			&mut &validation.0[..],
		)
		.map_err(|e| format!("#{number}'s validation data: {e}"))?;
	if validation.parent_head.0.is_empty() {
		return Err(format!(
			"#{number}'s validation data name no parent head, which validate_block refuses: a dev \
			 block sealed before the dev node put its parent's head there (docs/node.md)"
		)
		.into());
	}
	// `ValidationParams`' encoding, without the trailing extension of V3 candidates.
	let params = (
		parent.encode(),
		block_data,
		validation.relay_parent_number,
		validation.relay_parent_storage_root,
	)
		.encode();

	let code = client
		.storage(parent_hash, &StorageKey(well_known_keys::CODE.to_vec()))?
		.ok_or_else(|| format!("no runtime code at #{number}'s parent"))?
		.0;
	if runtime.as_ref().is_none_or(|(compiled_from, _)| *compiled_from != code) {
		*runtime = Some((code.clone(), compile(&code)?));
	}
	let (_, module) = runtime.as_ref().expect("compiled above; qed");
	let started = Instant::now();
	let (capped, _) = call_validate_block(module, Some(max_pages), &params)?;
	let millis = started.elapsed().as_millis();
	let (uncapped, stats) = call_validate_block(module, None, &params)?;
	if let Err(e) = uncapped {
		return Err(format!("#{number} fails validate_block even without a memory cap: {e}").into());
	}
	let stats = stats.ok_or("the executor returned no allocation statistics")?;
	let needed = u64::from(stats.address_space_used);
	Ok(Some(Report {
		number,
		extrinsics,
		changes: written,
		proof_bytes,
		pov_bytes,
		needed,
		capped_error: capped.err().map(|e| first_line(&e.to_string())),
		millis,
	}))
}

/// Compiles `code` as a PVF worker prepares it (`polkadot-node-core-pvf-common`'s
/// `DEFAULT_CONFIG`: a deterministic stack limit, canonical NaNs, no wasm extensions, missing
/// host functions allowed), with the host functions every node has; `validate_block` replaces
/// the storage ones with its own.
fn compile(code: &[u8]) -> Result<WasmtimeRuntime, String> {
	let blob = RuntimeBlob::uncompress_if_needed(code).map_err(|e| format!("runtime code: {e}"))?;
	let semantics = Semantics {
		// Each call gets its own instance and heap strategy (`call_validate_block`).
		heap_alloc_strategy: HeapAllocStrategy::Dynamic { maximum_pages: Some(PVF_MAX_PAGES) },
		instantiation_strategy: WasmtimeInstantiationStrategy::RecreateInstanceCopyOnWrite,
		deterministic_stack_limit: Some(DeterministicStackLimit {
			logical_max: DEFAULT_LOGICAL_STACK_MAX,
			native_stack_max: DEFAULT_NATIVE_STACK_MAX,
		}),
		canonicalize_nans: true,
		parallel_compilation: true,
		wasm_multi_value: false,
		wasm_bulk_memory: false,
		wasm_reference_types: false,
		wasm_simd: false,
	};
	let config = Config { allow_missing_func_imports: true, cache_path: None, semantics };
	sc_executor_wasmtime::create_runtime::<sp_io::SubstrateHostFunctions>(blob, config)
		.map_err(|e| format!("compiling the runtime: {e}"))
}

/// What one `validate_block` call returned (its encoded result or the trap) and the
/// allocator's statistics.
type Outcome = (Result<Vec<u8>, sc_executor::error::Error>, Option<AllocationStats>);

/// Runs `validate_block(params)` in a new instance of `module` whose memory may grow to
/// `maximum_pages` (`None`: as far as wasm32 allows); returns its result and the allocator's
/// statistics.
fn call_validate_block(
	module: &WasmtimeRuntime,
	maximum_pages: Option<u32>,
	params: &[u8],
) -> Result<Outcome, String> {
	let mut instance = module
		.new_instance(HeapAllocStrategy::Dynamic { maximum_pages })
		.map_err(|e| format!("instantiating the runtime: {e}"))?;
	// `validate_block` replaces every storage host function with its own, over the proof; the
	// externalities are never read. A block that applies a runtime upgrade reads the new code's
	// version, through the extension a PVF worker registers too.
	let mut ext = sp_state_machine::BasicExternalities::new_empty();
	ext.register_extension(ReadRuntimeVersionExt::new(
		WasmExecutor::<sp_io::SubstrateHostFunctions>::builder().build(),
	));
	// The instance is dropped if the host panics, never used again.
	let mut instance = std::panic::AssertUnwindSafe(&mut instance);
	sc_executor::with_externalities_safe(&mut ext, move || {
		instance.call_with_allocation_stats("validate_block", params)
	})
	.map_err(|e| format!("validate_block panicked in the host: {e}"))
}

/// The Aura authority whose turn `header`'s slot is at its parent (`authorities[slot % count]`,
/// the key aura-ext checks a block's seal against).
fn slot_author(
	client: &ParachainClient,
	header: &<Block as BlockT>::Header,
) -> Result<AuraId, String> {
	let number = header.number();
	let slot = header
		.digest()
		.logs()
		.iter()
		.find_map(CompatibleDigestItem::<sr25519::Signature>::as_aura_pre_digest)
		.ok_or_else(|| format!("#{number} names no Aura slot"))?;
	let authorities: Vec<AuraId> = client
		.runtime_api()
		.authorities(*header.parent_hash())
		.map_err(|e| format!("Aura authorities at #{number}'s parent: {e}"))?;
	let count = u64::try_from(authorities.len()).map_err(|e| e.to_string())?;
	let index = u64::from(slot).checked_rem(count).ok_or("the chain has no Aura authorities")?;
	Ok(authorities[usize::try_from(index).map_err(|e| e.to_string())?].clone())
}

/// Builds, in `api` (recording its proof), a block on `sealed`'s parent with `sealed`'s pre-runtime
/// digests (its slot) and first `keep` extrinsics, and seals it with the key of `keystore` that
/// sealed `sealed` — or, for a block stored without any seal (`slot_author` is given exactly
/// then), with `slot_author`'s key from `keystore` (a `--dev` chain's only authority, the key its
/// node authors with), after checking that the block rebuilt with all its extrinsics is the one
/// stored.
fn rebuild(
	api: &mut sp_api::ApiRef<'_, <ParachainClient as ProvideRuntimeApi<Block>>::Api>,
	keystore: &dyn Keystore,
	slot_author: Option<&AuraId>,
	sealed: Block,
	keep: usize,
) -> Result<Block, String> {
	let (mut header, mut extrinsics) = sealed.deconstruct();
	let stored = header.clone();
	let parent_hash = *header.parent_hash();
	let author = match slot_author {
		// No seal anywhere in the block (`validate` checked): the slot's author signs.
		Some(author) => {
			let key = sr25519::Public::from_slice(author.as_slice())
				.map_err(|()| "an Aura authority is not an sr25519 key")?;
			if !keystore.has_keys(&[(key.to_raw_vec(), AURA)]) {
				return Err(format!(
					"#{} has no seal and this node's keystore lacks its slot's Aura authority's \
					 key (a dev chain's is //Alice: `healthchain-node key insert --scheme \
					 sr25519 --key-type aura --suri //Alice` with this command's chain and base \
					 path)",
					header.number()
				));
			}
			key
		},
		// A sealed block: its author signs again, so the seal must be Aura's and come last.
		None => match header.digest_mut().pop() {
			Some(DigestItem::Seal(AURA_ENGINE_ID, signature)) => {
				let signature = sr25519::Signature::decode(&mut &signature[..])
					.map_err(|e| format!("#{}'s seal: {e}", header.number()))?;
				let pre_hash = header.hash();
				keystore
					.sr25519_public_keys(AURA)
					.into_iter()
					.find(|key| sr25519::Pair::verify(&signature, pre_hash.as_ref(), key))
					.ok_or_else(|| {
						format!(
							"#{}'s author has no Aura key in this node's keystore",
							header.number()
						)
					})?
			},
			other => {
				return Err(format!(
					"#{}'s last digest item is not an Aura seal: {other:?}",
					header.number()
				))
			},
		},
	};
	let mut digest = header.digest().clone();
	digest.logs.retain(|item| matches!(item, DigestItem::PreRuntime(..)));
	let new =
		HeaderT::new(*header.number(), Default::default(), Default::default(), parent_hash, digest);
	api.set_call_context(CallContext::Onchain { import: false });
	api.initialize_block(parent_hash, &new).map_err(|e| format!("initialising: {e}"))?;
	let whole = keep >= extrinsics.len();
	extrinsics.truncate(keep);
	for (i, extrinsic) in extrinsics.iter().enumerate() {
		// A call that failed in the stored block fails here too; only a refusal stops the build.
		let _dispatched = api
			.apply_extrinsic(parent_hash, extrinsic.clone())
			.map_err(|e| format!("applying extrinsic {i}: {e}"))?
			.map_err(|e| format!("extrinsic {i} no longer applies: {e:?}"))?;
	}
	let mut built = api.finalize_block(parent_hash).map_err(|e| format!("finalising: {e}"))?;
	if slot_author.is_some() && whole {
		// An unsealed block rebuilt whole: what is measured must be the block stored, not
		// another one built in its place.
		if built.state_root() != stored.state_root()
			|| built.extrinsics_root() != stored.extrinsics_root()
		{
			return Err(format!("#{} rebuilt is not the block stored", stored.number()));
		}
	}
	let seal = keystore
		.sr25519_sign(AURA, &author, built.hash().as_ref())
		.map_err(|e| format!("sealing: {e}"))?
		.ok_or("the author's key left the keystore")?;
	built.digest_mut().push(DigestItem::Seal(AURA_ENGINE_ID, seal.encode()));
	Ok(Block::new(built, extrinsics))
}

fn first_line(text: &str) -> String {
	text.lines().find(|l| !l.trim().is_empty()).unwrap_or(text).chars().take(160).collect()
}
