//! Balances and transaction fees.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8},
	weights::{ConstantMultiplier, IdentityFee},
};
use pallet_transaction_payment::{ConstFeeMultiplier, Multiplier};
use sp_runtime::traits::One;

use crate::{
	Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, System,
	EXISTENTIAL_DEPOSIT, MICROUNIT,
};

parameter_types! {
	/// Accounts below this balance are reaped.
	pub const ExistentialDeposit: Balance = EXISTENTIAL_DEPOSIT;
	/// Fee per byte of an extrinsic.
	pub const TransactionByteFee: Balance = MICROUNIT;
	/// Fees do not float with congestion: members of a consortium budget in fixed fees.
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type Balance = Balance;
	type DustRemoval = ();
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = ConstU32<8>;
	type DoneSlashHandler = ();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees are burned. A patient operation signed by a sponsored account (a patient who holds
	/// no tokens) is paid by its sponsor, within the sponsorship's allowance
	/// (`pallet-sponsorship`); everything else is paid by its signer. A sponsored fee's own
	/// writes (the sponsorship's spending, the payer's account) count against the block's heap
	/// budget (`write_budget::CountSponsoredFee`).
	type OnChargeTransaction = pallet_sponsorship::PayFromSponsor<
		Runtime,
		Balances,
		(),
		crate::write_budget::CountSponsoredFee,
	>;
	/// One base unit of fee per picosecond of weight.
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type OperationalFeeMultiplier = ConstU8<5>;
	/// `ChargeTransactionPayment`'s own cost, benchmarked on this runtime.
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}
