//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 64.0.0
//! DATE: 2026-12-07 (Y/M/D)
//! CPU: `2 vCPU (Intel(R) Xeon(R) Processor)`; the highest average of 3 runs
//!
//! SHORT-NAME: `extrinsic`, LONG-NAME: `ExtrinsicBase`, RUNTIME: `healthchain`
//! WARMUPS: `10`, REPEAT: `100`
//! WEIGHT-PATH: `runtime/src/weights`
//! WEIGHT-METRIC: `Average`, WEIGHT-MUL: `1.0`, WEIGHT-ADD: `0`

// Executed Command:
//   /root/.cache/healthchain/target/testnet/healthchain-node
//   benchmark
//   overhead
//   --runtime
//   /root/.cache/healthchain/target/testnet/wbuild/healthchain-runtime/healthchain_runtime.compact.compressed.wasm
//   --genesis-builder
//   runtime
//   --genesis-builder-preset
//   development
//   --wasm-execution
//   compiled
//   --warmup
//   10
//   --repeat
//   100
//   --weight-path
//   runtime/src/weights

use frame_support::parameter_types;
use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_NANOS, Weight};

parameter_types! {
	/// What a signed `System::remark` takes to apply in a full block, everything but the
	/// database's reads and writes: decoding, its signature, every transaction extension and
	/// the remark itself. Its proof is the full block's less the empty block's, for all the
	/// remarks together (the CLI does not divide it).
	/// Calculated by multiplying the *Average* with `1.0` and adding `0`.
	///
	/// Stats nanoseconds:
	///   Min, Max: 161_584, 279_110
	///   Average:  203_183
	///   Median:   197_150
	///   Std-Dev:  32692.0
	///
	/// Percentiles nanoseconds:
	///   99th: 277_685
	///   95th: 270_848
	///   75th: 225_166
	pub const SignedRemarkWeight: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(203_183), 412);
	/// The base weight of every extrinsic: [`SignedRemarkWeight`] less the execution its
	/// transaction extensions are charged on their own, which the measurement already holds.
	/// No proof: an extrinsic is charged the proof recorded around it (`StorageWeightReclaim`),
	/// and a whole block of remarks records next to nothing beyond an empty block (the proof
	/// of [`SignedRemarkWeight`]); upstream's constant has none.
	/// Derived: 203_183 ns measured less 130_240 ns of the extensions' execution = 72_943 ns (scripts/extrinsic-base.py).
	pub const ExtrinsicBaseWeight: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_NANOS.saturating_mul(72_943), 0);
}

#[cfg(test)]
mod test_weights {
	use frame_support::weights::constants;

	/// Checks that the weight exists and is sane.
	// NOTE: If this test fails but you are sure that the generated values are fine,
	// you can delete it.
	#[test]
	fn sane() {
		let w = super::SignedRemarkWeight::get();

		// At least 10 µs.
		assert!(
			w.ref_time() >= 10u64 * constants::WEIGHT_REF_TIME_PER_MICROS,
			"Weight should be at least 10 µs."
		);
		// At most 1 ms.
		assert!(
			w.ref_time() <= constants::WEIGHT_REF_TIME_PER_MILLIS,
			"Weight should be at most 1 ms."
		);
	}
}
