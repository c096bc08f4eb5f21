//! `frame_system`, timestamp and parachain-info configuration; block limits.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

use crate::{
	weights::{block_weights::BlockExecutionWeight, extrinsic_weights::ExtrinsicBaseWeight},
	AccountId, Aura, Balance, Block, Hash, Nonce, PalletInfo, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, RuntimeTask, VERSION,
};

/// About 5% of a block's weight goes to `on_initialize` hooks; this bounds a single extrinsic.
pub const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// `Normal` extrinsics may fill 82% of a block's weight (1.64 s), and never push the block past
/// its 2 s; the block's mandatory work (its base, hooks and inherents, including the scheduler's
/// governance enactments in `on_initialize`) counts first, and `Operational` calls (here only
/// Root's: a runtime upgrade) may use the 18% reserve even when normal extrinsics filled their
/// share. Argued from the weights measured here (docs/performance.md, "The normal-dispatch
/// ratio"): an empty block's mandatory work is about 3 ms and the heaviest operational call,
/// `apply_authorized_upgrade`, 169.6 ms (session 39's `frame_system` benchmark, on an Intel Xeon
/// VM that makes an upgrade 15 % heavier than the AMD EPYC VM's 147.2 ms); together 8.6% of the
/// 2 s, which the 360 ms reserve holds twice (the test below checks the block's base, the
/// timestamp and the upgrade, 170.7 ms with the empty block's cost measured in session 40), so
/// a full block carrying a runtime upgrade stays within 2 s even if the upgrade and the block's
/// own work cost twice their weight. 83% would leave 340 ms, less than twice that.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(82);

/// `Normal` extrinsics may fill 75% of a block's length: the rest (1.25 MiB) must hold a runtime
/// upgrade's code (880,516 bytes, this build's compressed wasm), which a full block's normal
/// extrinsics could otherwise crowd out. Extrinsics are short (a parachain block of 2,023 transfers carried 295 kB), so this
/// limit is not what fills blocks.
pub const NORMAL_LENGTH_RATIO: Perbill = Perbill::from_percent(75);

/// The storage proof `Normal` extrinsics may record in one block, together: 2.75 MB, not the
/// 85 % of the relay chain's 10 MiB PoV limit (8.5 MiB) the weights allowed until session 26
/// (when the compute's normal share was also 85 %).
///
/// A validator's `validate_block` needs heap in proportion to the proof it is given — 19–41
/// bytes a byte on a state of 1M accounts, records and packs (docs/performance.md, sessions 25
/// and 26) — and in steps: mixed blocks with 3.35 MB of compact proof needed 68 MB, with 3.63 MB
/// 93 MB, of the PVF's 128 MiB. The proof the weights track (the recorder's, after reclaim)
/// falls short of a block's compact proof by what the block's end records (the storage root's
/// paths for keys written without being read first), about a fifth more for mixed blocks and
/// two fifths for anchors. With 2.75 MB here, mixed blocks on that state were bound by it and
/// recorded at most 3.34 MB compact, needing at most 68.2 MB (50.8 %), below the step. The heap
/// budget (`write_budget`) bounds what extrinsics and their writes add, this what the proof
/// adds; the operational reserve keeps the rest of the 10 MiB, for a runtime upgrade's code
/// (which counts as proof) and the block's mandatory work. Measured
/// healthcare blocks use less: issue 18's 3,025 ships recorded 1.3 MiB on a small state, 444
/// one-line claims 1.1 MiB.
pub const MAX_NORMAL_PROOF_SIZE: u64 = 2_750_000;

/// Two seconds of compute per 6-second block (async backing), and the relay chain's PoV limit.
pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// What `Normal` extrinsics may fill together: [`NORMAL_DISPATCH_RATIO`] of the compute and
/// [`MAX_NORMAL_PROOF_SIZE`] of proof.
fn normal_max_total() -> Weight {
	Weight::from_parts(
		(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT).ref_time(),
		MAX_NORMAL_PROOF_SIZE,
	)
}

/// What one `Normal` extrinsic may take: the share less the block's average initialisation and
/// the extrinsic's base for compute, as FRAME's builder works it out, and the whole proof share
/// (the initialisation's proof counts as the block's, not the class's), so that a full
/// `commission` (2.50 MB at worst, every item it reads summed) fits.
fn normal_max_extrinsic() -> Weight {
	let total = normal_max_total();
	let base = ExtrinsicBaseWeight::get();
	Weight::from_parts(
		total
			.ref_time()
			.saturating_sub((AVERAGE_ON_INITIALIZE_RATIO * MAXIMUM_BLOCK_WEIGHT).ref_time())
			.saturating_sub(base.ref_time()),
		total.proof_size().saturating_sub(base.proof_size()),
	)
}

parameter_types! {
	/// The runtime version, as `frame_system` reports it.
	pub const Version: RuntimeVersion = VERSION;
	/// At most 5 MiB of extrinsics per block, 75% of it for `Normal` ones.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_LENGTH_RATIO * *max)
		.build();
	/// Block weight limits per dispatch class.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(normal_max_total());
			weights.max_extrinsic = Some(normal_max_extrinsic());
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			// Operational extrinsics may still be included when a block is otherwise full.
			weights.reserved = Some(MAXIMUM_BLOCK_WEIGHT - normal_max_total());
		})
		.avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)
		.build_or_panic();
	/// The generic Substrate SS58 prefix: addresses start with `5`.
	pub const SS58Prefix: u16 = 42;
}

#[derive_impl(frame_system::config_preludes::ParaChainDefaultConfig)]
impl frame_system::Config for Runtime {
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type Block = Block;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	/// The nodes use ParityDB; its read and write costs are measured here on a state of a
	/// consortium's size (`scripts/benchmark-storage.sh`, docs/performance.md).
	type DbWeight = crate::weights::ParityDbWeight;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type SS58Prefix = SS58Prefix;
	type OnSetCode = cumulus_pallet_parachain_system::ParachainSetCode<Self>;
	type MaxConsumers = frame_support::traits::ConstU32<16>;
	/// What the `frame_system` transaction extensions cost (`CheckNonce` reads and writes the
	/// sender's account, `CheckWeight` the block's weight...), benchmarked on this runtime and
	/// charged on every extrinsic.
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	/// What `frame_system`'s own calls cost (a remark per byte, code upgrades), benchmarked on
	/// this runtime: the default charged nothing at all.
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	/// Refuses the collator selection's candidacy calls, which cannot succeed here.
	type BaseCallFilter = super::consensus::NoCandidacy;
	/// Removes the block's count of storage writes (`write_budget`) after its last transaction,
	/// so that it never reaches the state.
	type PostTransactions = crate::write_budget::ClearBlockWrites;
	/// Puts that count, 0, into the block's overlay before its inherents, so that extrinsics
	/// read it from there and not from the state.
	type PreInherents = crate::write_budget::StartBlockWrites;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	/// Zero: with async backing several blocks may share a slot; Aura-ext enforces the rate.
	type MinimumPeriod = frame_support::traits::ConstU64<0>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl parachain_info::Config for Runtime {}

/// The `StorageWeightReclaim` extension's own cost, benchmarked on this runtime: it reads the
/// proof recorder's size before and after each extrinsic.
impl cumulus_pallet_weight_reclaim::Config for Runtime {
	type WeightInfo = crate::weights::cumulus_pallet_weight_reclaim::WeightInfo<Runtime>;
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::weights::constants::{
		WEIGHT_REF_TIME_PER_MICROS, WEIGHT_REF_TIME_PER_MILLIS,
	};
	use frame_system::WeightInfo as _;
	use pallet_timestamp::WeightInfo as _;

	fn weights() -> BlockWeights {
		<Runtime as frame_system::Config>::BlockWeights::get()
	}

	/// What normal extrinsics may fill, and what that leaves of the block.
	fn normal_and_reserve() -> (Weight, Weight) {
		let normal = weights().get(DispatchClass::Normal).max_total.expect("normal is bounded");
		(normal, weights().max_block.saturating_sub(normal))
	}

	/// What a block full of normal extrinsics must still take: its base, the timestamp inherent
	/// and the heaviest operational call, a runtime upgrade.
	fn non_normal_worst_case() -> Weight {
		let upgrade =
			<Runtime as frame_system::Config>::SystemWeightInfo::apply_authorized_upgrade()
				.max(<Runtime as frame_system::Config>::SystemWeightInfo::set_code());
		weights()
			.base_block
			.saturating_add(<Runtime as pallet_timestamp::Config>::WeightInfo::set())
			.saturating_add(upgrade)
	}

	#[test]
	fn the_reserve_holds_a_runtime_upgrade_twice() {
		let (normal, reserve) = normal_and_reserve();
		assert_eq!(normal.ref_time(), WEIGHT_REF_TIME_PER_SECOND * 164 / 100);
		let needed = non_normal_worst_case();
		assert!(reserve.ref_time() >= 2 * needed.ref_time(), "{reserve:?} for {needed:?}");
		assert!(reserve.proof_size() >= 2 * needed.proof_size(), "{reserve:?} for {needed:?}");
		// Operational calls may use the reserve in a block normal extrinsics filled.
		assert_eq!(weights().get(DispatchClass::Operational).reserved, Some(reserve));
	}

	/// The base is the measured signed remark less what its extensions are charged for
	/// execution (scripts/extrinsic-base.py, whose `--check` in scripts/test.sh holds the base
	/// to exactly that); the extensions' database weights and the remark's own weight come on
	/// top, so what the runtime charges a signed remark before dispatch must cover the time
	/// measured for it in full blocks. None of these extensions refunds weight after dispatch
	/// for a signed extrinsic that pays its fee, so that is also what it is charged in the end.
	#[test]
	fn a_signed_remark_is_charged_at_least_its_measured_time() {
		use crate::weights::extrinsic_weights::SignedRemarkWeight;
		use frame_support::dispatch::GetDispatchInfo;
		use sp_runtime::traits::TransactionExtension;

		let remark = RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() });
		let charged = weights()
			.get(DispatchClass::Normal)
			.base_extrinsic
			.saturating_add(crate::wallet_tx_extension(0, true).weight(&remark))
			.saturating_add(remark.get_dispatch_info().call_weight);
		let measured = SignedRemarkWeight::get();
		assert!(charged.ref_time() >= measured.ref_time(), "{charged:?} for {measured:?}");
		// The base is the part of the measured remark its extensions are not charged for.
		assert!(ExtrinsicBaseWeight::get().ref_time() < measured.ref_time());
		assert_eq!(weights().get(DispatchClass::Normal).base_extrinsic, ExtrinsicBaseWeight::get());
	}

	#[test]
	fn the_length_reserve_holds_the_runtime_code() {
		let length = <Runtime as frame_system::Config>::BlockLength::get();
		let reserve =
			*length.max.get(DispatchClass::Operational) - *length.max.get(DispatchClass::Normal);
		assert_eq!(reserve, 5 * 1024 * 1024 / 4);
		// The code a runtime upgrade carries (the compressed wasm; `SKIP_WASM_BUILD` builds have
		// none), which also counts as proof: it must fit the proof the reserve leaves too.
		if let Some(code) = crate::WASM_BINARY {
			assert!(reserve as usize > code.len(), "{reserve} bytes for {}", code.len());
			let proof = normal_and_reserve().1.proof_size();
			assert!(proof as usize > code.len(), "{proof} bytes of proof for {}", code.len());
		}
	}

	#[test]
	fn database_weights_are_the_measured_ones() {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		assert_eq!(db, crate::weights::ParityDbWeight::get());
		for cost in [db.read, db.write] {
			assert!((WEIGHT_REF_TIME_PER_MICROS..=WEIGHT_REF_TIME_PER_MILLIS).contains(&cost));
		}
		// Not Substrate's constants (8 and 50 µs), which they replaced.
		assert_ne!(
			(db.read, db.write),
			(8 * WEIGHT_REF_TIME_PER_MICROS, 50 * WEIGHT_REF_TIME_PER_MICROS)
		);
	}
}
