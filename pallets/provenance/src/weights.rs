//! Bootstrap weights of `pallet_provenance`: replaced by `scripts/benchmark.sh pallet_provenance`
//! before any use (the benchmark build needs the trait to exist).

#![allow(unused_parens)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// The weight of each call of `pallet_provenance`, as a function of its benchmark components.
pub trait WeightInfo {
	/// The weight of `register_product`.
	fn register_product() -> Weight;
	/// The weight of `register_batch`.
	fn register_batch() -> Weight;
	/// The weight of `commission`.
	fn commission(n: u32) -> Weight;
	/// The weight of `pack_case`.
	fn pack_case(n: u32) -> Weight;
	/// The weight of `unpack_case`.
	fn unpack_case(n: u32) -> Weight;
	/// The weight of `ship_pack`.
	fn ship_pack() -> Weight;
	/// The weight of `ship_case`.
	fn ship_case(n: u32) -> Weight;
	/// The weight of `receive_pack`.
	fn receive_pack() -> Weight;
	/// The weight of `receive_case`.
	fn receive_case(n: u32) -> Weight;
	/// The weight of `cancel_shipment`.
	fn cancel_shipment(n: u32) -> Weight;
	/// The weight of `dispense`.
	fn dispense() -> Weight;
	/// The weight of `decommission`.
	fn decommission() -> Weight;
	/// The weight of `undo`.
	fn undo() -> Weight;
	/// The weight of `recall`.
	fn recall() -> Weight;
	/// The weight of `flag_suspect`.
	fn flag_suspect() -> Weight;
	/// The weight of `quarantine`.
	fn quarantine() -> Weight;
	/// The weight of `clear`.
	fn clear() -> Weight;
	/// The weight of `declare_illegitimate`.
	fn declare_illegitimate() -> Weight;
}

/// Weights for `pallet_provenance` (bootstrap).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_product() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn register_batch() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn commission(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn pack_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn unpack_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn ship_pack() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn ship_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn receive_pack() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn receive_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn cancel_shipment(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn dispense() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn decommission() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn undo() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn recall() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn flag_suspect() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn quarantine() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn clear() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn declare_illegitimate() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
}

impl WeightInfo for () {
	fn register_product() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn register_batch() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn commission(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn pack_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn unpack_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn ship_pack() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn ship_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn receive_pack() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn receive_case(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn cancel_shipment(n: u32) -> Weight {
		Weight::from_parts(1_000_000_000, 100_000).saturating_mul(n.max(1).into())
	}
	fn dispense() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn decommission() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn undo() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn recall() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn flag_suspect() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn quarantine() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn clear() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
	fn declare_illegitimate() -> Weight {
		Weight::from_parts(1_000_000_000, 100_000)
	}
}
