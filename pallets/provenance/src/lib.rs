//! # Provenance — serialised medicine packs from manufacturer to patient
//!
//! After GS1 EPCIS 2.0 / CBV, the US Drug Supply Chain Security Act and the EU Falsified
//! Medicines Directive. A `Manufacturer` (or a `Repackager`, for its own GTINs) registers a
//! product by its GTIN-14 (check digit validated) — only a GTIN under a GS1 Company Prefix
//! that governance assigned to its organisation ([`Config::CompanyPrefixes`]), so no member
//! registers another company's products and commissions packs that verify as theirs; batches
//! and packs too need the prefix still held — and batches with a lot number and an expiry
//! date, then commissions serialised packs in bulk. Packs are aggregated into cases (SSCC) and
//! unpacked — a case numbered only under a GS1 Company Prefix the packing organisation holds, so
//! no member takes another's case numbers; shipping a case moves everything in it. Custody
//! passes by ship (the owner names the receiver) and receive (only by that receiver), so a pack
//! has exactly one owner at any time.
//! A `Pharmacy` or `Hospital` dispenses; any holder decommissions with a reason; the same
//! organisation may undo either within [`Config::UndoWindow`] (10 days, the EU FMD rule), never
//! for a recalled or expired pack. The manufacturer or a `Regulator` recalls a batch. Anyone
//! holding a pack (or a regulator) flags it suspect and quarantines it; a regulator or the
//! manufacturer declares it illegitimate or clears it — but a step a regulator took is lifted
//! only by a regulator ([`Error::RegulatorHold`]). Packs under investigation are listed for
//! regulators in [`Flagged`]. Nothing moves once recalled, under investigation or
//! illegitimate. Expiry is derived from the batch's date and the chain's timestamp, never stored
//! as a flag.
//!
//! ## Lifecycle of a pack
//!
//! ```text
//!  commission ─► Active ──ship──► InTransit ──receive (by the receiver)──► Active (new owner)
//!                  │  ▲              └──cancel_shipment (by the owner)──► Active
//!                  │  └──undo (same organisation, ≤ 10 days, not recalled/expired)──┐
//!                  ├──dispense (Pharmacy, Hospital)──► Dispensed ───────────────────┤
//!                  └──decommission(reason)───────────► Decommissioned(reason) ──────┘
//!  Dispensed / Decommissioned ──remove_pack (anyone, after the retention period)──► removed
//!  investigations: none ─flag_suspect─► Suspect ─quarantine─► Quarantined
//!                  Suspect/Quarantined ─clear─► none, ─declare_illegitimate─► Illegitimate
//! ```
//!
//! ## History budget
//!
//! A pack's history holds at most [`Config::MaxHistory`] entries, split in two budgets that
//! cannot crowd each other out: custody events use at most `MaxHistory -`
//! [`HISTORY_RESERVE`], investigation steps at most [`HISTORY_RESERVE`].
//! - Custody: a custody event is refused ([`Error::HistoryFull`]) unless the events the pack
//!   still needs to end its life fit after it (a receipt or cancellation if in transit, an
//!   unpacking if in a case, a dispense or decommission). So a shipment can always be received
//!   or cancelled, a case always unpacked, and a pack always dispensed or decommissioned,
//!   however often it moved or was investigated; only moves and undos are refused when room
//!   runs out.
//! - Investigations: the pack keeps its last [`HISTORY_RESERVE`] investigation steps. A step
//!   is never refused for lack of room: when the reserve is full, the oldest step rolls off the
//!   pack's stored history (its `InvestigationChanged` event stays in its block). One
//!   investigation takes at most [`INVESTIGATION_STEPS`] entries (flag, quarantine, decision),
//!   fewer than the reserve, so only steps of closed investigations roll off, and the open
//!   investigation's own record ([`Inquiry`](crate::types::Inquiry): who opened it, whether a
//!   regulator took part) is kept beside the history. So no member, by flagging and clearing
//!   over and over, can stop another — a wholesaler, a pharmacy, a regulator — from flagging the
//!   pack, nor stop the pack from being dispensed.
//!
//! ## Deposits
//!
//! Each stored item holds a deposit from the member that created it, recorded in the item and
//! returned exactly ([`Precision::Exact`](frame_support::traits::tokens::Precision::Exact))
//! when the item goes:
//! - a case ([`Config::CaseDeposit`]): when it is unpacked;
//! - a pack ([`Config::PackDeposit`]): the pack is the supply-chain record, kept for
//!   [`Config::RecordRetention`] (DSCSA: six years) after the later of its batch's expiry and
//!   its last event. Once dispensed or decommissioned, not under an open investigation, and past
//!   that period, anyone may remove it ([`Pallet::remove_pack`]); its deposit goes back to the
//!   member that commissioned it;
//! - a batch ([`Config::BatchDeposit`]): once none of its packs is stored, by anyone after
//!   the retention period (from the later of its expiry, registration and recall), or at any
//!   time by the manufacturer (or the depositor) if no pack was ever commissioned in it;
//! - a product ([`Config::ProductDeposit`]): once none of its batches is stored, by its
//!   manufacturer (or the depositor).
//!
//! ## Privacy
//!
//! On chain: organisation ids, GTINs (public product codes), serial and lot numbers (random
//! codes the manufacturer prints on the pack; no patient data), SSCCs, dates, status codes,
//! the accounts that paid deposits (members of organisations, never patients) and a commitment
//! to the product master data. A dispense records which pharmacy or hospital dispensed a pack
//! and when — never to whom: no patient identifier, account or prescription is taken by any
//! call.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::{Authority, Batch, Case, Inquiry, Pack, Product};
pub use weights::WeightInfo;

use healthchain_primitives::Role;

/// Roles that hold and move stock.
pub const SUPPLY_ROLES: [Role; 5] =
	[Role::Manufacturer, Role::Repackager, Role::Wholesaler, Role::Pharmacy, Role::Hospital];

/// Roles that register products and commission packs.
pub const MAKER_ROLES: [Role; 2] = [Role::Manufacturer, Role::Repackager];

/// Roles that dispense to patients.
pub const DISPENSING_ROLES: [Role; 2] = [Role::Pharmacy, Role::Hospital];

/// History entries of a pack kept for investigation steps: custody events use at most
/// [`Config::MaxHistory`] minus this many, investigation steps at most this many, so neither
/// can crowd the other out.
pub const HISTORY_RESERVE: u32 = 8;

/// History entries one investigation takes at most: the flag, a quarantine and the decision
/// (clear or illegitimate).
pub const INVESTIGATION_STEPS: u32 = 3;

// The reserve holds the open investigation's steps and at least one more, so rolling off the
// oldest step never touches the open investigation.
const _: () = assert!(HISTORY_RESERVE > INVESTIGATION_STEPS);

#[frame_support::pallet]
pub mod pallet {
	use alloc::vec::Vec;

	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			tokens::Precision,
			Time,
		},
	};
	use frame_system::pallet_prelude::*;
	use healthchain_primitives::{
		consent::Moment,
		provenance::{
			is_gs1_text, BatchInfo, BatchStatus, CaseInfo, Custody, DecommissionReason, Expiry,
			Gtin, Investigation, Item, Lot, PackEvent, PackEventKind, PackInfo, PackKey,
			PackStatus, ProductInfo, Serial, Sscc, Verdict, Verification,
		},
		Commitment, CompanyPrefixes, OrganizationId, OrganizationRegistry, Role,
	};
	use sp_runtime::ArithmeticError;

	use super::{
		types::kept_until, Authority, Batch, Case, Inquiry, Pack, Product, WeightInfo,
		DISPENSING_ROLES, HISTORY_RESERVE, MAKER_ROLES, SUPPLY_ROLES,
	};

	/// The balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// A product as stored.
	pub type ProductOf<T> = Product<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// A batch as stored.
	pub type BatchOf<T> = Batch<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// A pack as stored.
	pub type PackOf<T> =
		Pack<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxHistory>;

	/// A case as stored.
	pub type CaseOf<T> =
		Case<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxCaseSize>;

	/// Serials commissioned in one call.
	pub type SerialsOf<T> = BoundedVec<Serial, <T as Config>::MaxCommission>;

	/// Packs packed into one case.
	pub type PackKeysOf<T> = BoundedVec<PackKey, <T as Config>::MaxCaseSize>;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of drug provenance.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// The consortium registry.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// Who holds each GS1 Company Prefix (in the runtime, the registry): only the holder of
		/// a GTIN's prefix registers that product, and only the holder of an SSCC's prefix packs
		/// a case under it.
		type CompanyPrefixes: CompanyPrefixes;

		/// The chain's clock (ms since the epoch).
		type Time: Time<Moment = Moment>;

		/// Deposit held per product, returned when it is removed.
		#[pallet::constant]
		type ProductDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per batch, returned when it is removed.
		#[pallet::constant]
		type BatchDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per commissioned pack, returned when it is removed.
		#[pallet::constant]
		type PackDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per case while it is packed.
		#[pallet::constant]
		type CaseDeposit: Get<BalanceOf<Self>>;

		/// Most serials commissioned in one call.
		#[pallet::constant]
		type MaxCommission: Get<u32>;

		/// Most packs in one case.
		#[pallet::constant]
		type MaxCaseSize: Get<u32>;

		/// Most history entries per pack (more than [`HISTORY_RESERVE`] + 8).
		#[pallet::constant]
		type MaxHistory: Get<u32>;

		/// How long a dispense or decommission may be undone (ms).
		#[pallet::constant]
		type UndoWindow: Get<Moment>;

		/// How long the record of a pack or a batch is kept (ms) after the later of its
		/// batch's expiry and its last event, before anyone may remove it (at least
		/// [`Config::UndoWindow`]).
		#[pallet::constant]
		type RecordRetention: Get<Moment>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need from other pallets.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a product.
		ProductDeposit,
		/// The deposit of a batch.
		BatchDeposit,
		/// The deposits of commissioned packs.
		PackDeposit,
		/// The deposit of a packed case.
		CaseDeposit,
	}

	/// Products by GTIN.
	#[pallet::storage]
	pub type Products<T: Config> = StorageMap<_, Blake2_128Concat, Gtin, ProductOf<T>, OptionQuery>;

	/// Batches by GTIN and lot number.
	#[pallet::storage]
	pub type Batches<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Gtin, Blake2_128Concat, Lot, BatchOf<T>, OptionQuery>;

	/// Packs by SGTIN (GTIN + serial).
	#[pallet::storage]
	pub type Packs<T: Config> = StorageMap<_, Blake2_128Concat, PackKey, PackOf<T>, OptionQuery>;

	/// Cases by SSCC, while packed.
	#[pallet::storage]
	pub type Cases<T: Config> = StorageMap<_, Blake2_128Concat, Sscc, CaseOf<T>, OptionQuery>;

	/// The stock of each organisation: packs it owns that are neither dispensed nor
	/// decommissioned (in transit ones included until received).
	// `Twox64Concat` for the organisation: ids are sequential, assigned by the registry, not
	// chosen by users.
	#[pallet::storage]
	pub type Owned<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		OrganizationId,
		Blake2_128Concat,
		PackKey,
		(),
		OptionQuery,
	>;

	/// Packs under investigation (and illegitimate ones, while stored), for regulators.
	#[pallet::storage]
	pub type Flagged<T: Config> =
		StorageMap<_, Blake2_128Concat, PackKey, Investigation, OptionQuery>;

	/// Events of drug provenance.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A product was registered.
		ProductRegistered {
			/// Its GTIN.
			gtin: Gtin,
			/// The registering organisation.
			manufacturer: OrganizationId,
		},
		/// A batch was registered.
		BatchRegistered {
			/// The product.
			gtin: Gtin,
			/// Lot number.
			lot: Lot,
			/// Expiry date.
			expiry: Expiry,
		},
		/// Packs were commissioned.
		Commissioned {
			/// The product.
			gtin: Gtin,
			/// Lot number.
			lot: Lot,
			/// How many.
			count: u32,
		},
		/// Packs were packed into a case.
		Packed {
			/// The case.
			sscc: Sscc,
			/// How many packs.
			count: u32,
		},
		/// A case was unpacked.
		Unpacked {
			/// The case.
			sscc: Sscc,
			/// How many packs.
			count: u32,
		},
		/// A pack or case was shipped.
		Shipped {
			/// What.
			item: Item,
			/// The owner that shipped it.
			from: OrganizationId,
			/// The receiver.
			to: OrganizationId,
			/// Packs moved.
			count: u32,
		},
		/// A pack or case was received: the receiver owns it now.
		Received {
			/// What.
			item: Item,
			/// The previous owner.
			from: OrganizationId,
			/// The new owner.
			by: OrganizationId,
			/// Packs moved.
			count: u32,
		},
		/// A shipment was cancelled before receipt.
		ShipmentCancelled {
			/// What.
			item: Item,
			/// The receiver it was shipped to.
			to: OrganizationId,
			/// Packs.
			count: u32,
		},
		/// A pack was dispensed.
		Dispensed {
			/// The pack.
			pack: PackKey,
			/// The pharmacy or hospital.
			by: OrganizationId,
		},
		/// A pack was decommissioned.
		Decommissioned {
			/// The pack.
			pack: PackKey,
			/// The organisation.
			by: OrganizationId,
			/// Why.
			reason: DecommissionReason,
		},
		/// A dispense or decommission was undone.
		Undone {
			/// The pack.
			pack: PackKey,
			/// The organisation.
			by: OrganizationId,
		},
		/// A batch was recalled.
		BatchRecalled {
			/// The product.
			gtin: Gtin,
			/// Lot number.
			lot: Lot,
			/// The manufacturer or regulator.
			by: OrganizationId,
		},
		/// An investigation of a pack moved on.
		InvestigationChanged {
			/// The pack.
			pack: PackKey,
			/// The new state (`None`: cleared).
			investigation: Option<Investigation>,
			/// The organisation.
			by: OrganizationId,
		},
		/// A pack's record was removed after its retention period; its deposit was returned.
		PackRemoved {
			/// The pack.
			pack: PackKey,
			/// The organisation that owned it last.
			owner: OrganizationId,
		},
		/// A batch was removed; its deposit was returned.
		BatchRemoved {
			/// The product.
			gtin: Gtin,
			/// Lot number.
			lot: Lot,
		},
		/// A product was removed; its deposit was returned.
		ProductRemoved {
			/// Its GTIN.
			gtin: Gtin,
			/// The organisation that had registered it.
			manufacturer: OrganizationId,
		},
	}

	/// Errors of drug provenance.
	#[pallet::error]
	pub enum Error<T> {
		/// The caller does not act for an organisation with a role this call needs, or not for
		/// the one this call needs (the product's manufacturer, the pack's owner, the receiver,
		/// the organisation that dispensed).
		NotAuthorized,
		/// Not a valid GTIN-14 (check digit, length).
		InvalidGtin,
		/// Not a valid SSCC (check digit, length).
		InvalidSscc,
		/// A serial number must be 1–20 characters of the GS1 character set.
		InvalidSerial,
		/// A lot number must be 1–20 characters of the GS1 character set.
		InvalidLot,
		/// Not a valid YYMMDD expiry date.
		InvalidExpiry,
		/// The product is registered already.
		ProductExists,
		/// No such product.
		UnknownProduct,
		/// The batch is registered already.
		BatchExists,
		/// No such batch.
		UnknownBatch,
		/// No serials given.
		NothingToCommission,
		/// A serial is commissioned already (or given twice).
		AlreadyCommissioned,
		/// The batch has too many packs.
		TooManyPacks,
		/// No such pack.
		UnknownPack,
		/// No such case.
		UnknownCase,
		/// The SSCC names a packed case already.
		CaseExists,
		/// A case needs at least one pack.
		EmptyCase,
		/// The pack is in a case: unpack it first (or move the case).
		InCase,
		/// The receiver must be another organisation holding a supply-chain role.
		ReceiverNotEligible,
		/// It is in transit.
		InTransit,
		/// It is not in transit.
		NotInTransit,
		/// It was not shipped to the caller's organisation.
		NotShippedToYou,
		/// The pack was dispensed already (a second dispense is the counterfeit-clone signal).
		AlreadyDispensed,
		/// The pack is decommissioned.
		AlreadyDecommissioned,
		/// Nothing to undo: the pack is neither dispensed nor decommissioned.
		NothingToUndo,
		/// The undo window has passed.
		UndoWindowPassed,
		/// The batch is recalled.
		Recalled,
		/// The batch is recalled already.
		AlreadyRecalled,
		/// The pack is expired.
		Expired,
		/// The pack is suspect or quarantined.
		UnderInvestigation,
		/// The pack is illegitimate.
		Illegitimate,
		/// Not a legal investigation step (suspect → quarantined → cleared or illegitimate).
		InvalidInvestigationStep,
		/// The pack's history has no room for this move (or undo): the room left is kept for
		/// the events that end its life. It can still be received or cancelled, unpacked, and
		/// dispensed or decommissioned.
		HistoryFull,
		/// A regulator took a step of this investigation: only a regulator may clear it.
		RegulatorHold,
		/// The pack is neither dispensed nor decommissioned: its record stays.
		NotEnded,
		/// The record must be kept until its retention period has passed.
		StillRetained,
		/// The batch still has packs stored: they are removed first.
		HasPacks,
		/// The product still has batches stored: they are removed first.
		HasBatches,
		/// The GTIN (or, packing a case, the SSCC) is not under a GS1 Company Prefix assigned to
		/// the caller's organisation (governance assigns them:
		/// `Organizations::assign_company_prefix`): it registers no product, batch or pack, and
		/// packs no case, under it.
		NotPrefixHolder,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxHistory::get() > HISTORY_RESERVE + 8, "history too short for a chain");
			assert!(T::MaxCommission::get() >= 1 && T::MaxCaseSize::get() >= 1, "zero bounds");
			assert!(
				T::RecordRetention::get() >= T::UndoWindow::get(),
				"records must outlive the undo window"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers product `gtin` with a commitment to its master data.
		///
		/// Origin: a member of an organisation actively holding `Manufacturer` or `Repackager`,
		/// which becomes the product's manufacturer and must hold the GTIN's GS1 Company Prefix
		/// ([`Config::CompanyPrefixes`]). Holds [`Config::ProductDeposit`] until the product is
		/// removed. Emits [`Event::ProductRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_product())]
		pub fn register_product(
			origin: OriginFor<T>,
			gtin: Gtin,
			master_data: Commitment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let manufacturer = Self::acting(&who, &MAKER_ROLES)?;
			ensure!(gtin.is_valid(), Error::<T>::InvalidGtin);
			Self::ensure_prefix_holder(T::CompanyPrefixes::holder_of_gtin(gtin), manufacturer)?;
			ensure!(!Products::<T>::contains_key(gtin), Error::<T>::ProductExists);
			let deposit = T::ProductDeposit::get();
			T::Currency::hold(&HoldReason::ProductDeposit.into(), &who, deposit)?;
			Products::<T>::insert(
				gtin,
				Product {
					manufacturer,
					master_data,
					registered_at: T::Time::now(),
					batches: 0,
					depositor: who,
					deposit,
				},
			);
			Self::deposit_event(Event::ProductRegistered { gtin, manufacturer });
			Ok(())
		}

		/// Registers batch `lot` of product `gtin`, expiring on `expiry`.
		///
		/// Origin: a member of the product's manufacturer, which still holds the GTIN's GS1
		/// Company Prefix. Holds [`Config::BatchDeposit`] until the batch is removed. Emits
		/// [`Event::BatchRegistered`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_batch())]
		pub fn register_batch(
			origin: OriginFor<T>,
			gtin: Gtin,
			lot: Lot,
			expiry: Expiry,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (_, mut product) = Self::producing_maker(&who, gtin)?;
			ensure!(is_gs1_text(&lot), Error::<T>::InvalidLot);
			ensure!(expiry.is_valid(), Error::<T>::InvalidExpiry);
			ensure!(!Batches::<T>::contains_key(gtin, &lot), Error::<T>::BatchExists);
			product.batches = product.batches.checked_add(1).ok_or(ArithmeticError::Overflow)?;
			let deposit = T::BatchDeposit::get();
			T::Currency::hold(&HoldReason::BatchDeposit.into(), &who, deposit)?;
			Products::<T>::insert(gtin, product);
			Batches::<T>::insert(
				gtin,
				&lot,
				Batch {
					expiry,
					commissioned: 0,
					packs: 0,
					status: BatchStatus::Active,
					recalled: None,
					registered_at: T::Time::now(),
					depositor: who,
					deposit,
				},
			);
			Self::deposit_event(Event::BatchRegistered { gtin, lot, expiry });
			Ok(())
		}

		/// Commissions `serials` of batch `lot` of product `gtin`: each becomes an `Active` pack
		/// owned by the manufacturer.
		///
		/// Origin: a member of the product's manufacturer, which still holds the GTIN's GS1
		/// Company Prefix. The batch must be neither recalled nor expired. Holds
		/// [`Config::PackDeposit`] per pack until the pack is removed. Emits
		/// [`Event::Commissioned`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::commission(serials.len() as u32))]
		pub fn commission(
			origin: OriginFor<T>,
			gtin: Gtin,
			lot: Lot,
			serials: SerialsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (manufacturer, _) = Self::producing_maker(&who, gtin)?;
			ensure!(!serials.is_empty(), Error::<T>::NothingToCommission);
			let mut batch = Batches::<T>::get(gtin, &lot).ok_or(Error::<T>::UnknownBatch)?;
			ensure!(batch.status == BatchStatus::Active, Error::<T>::Recalled);
			let now = T::Time::now();
			ensure!(!batch.expiry.is_expired(now), Error::<T>::Expired);
			let count = serials.len() as u32;
			batch.commissioned =
				batch.commissioned.checked_add(count).ok_or(Error::<T>::TooManyPacks)?;
			batch.packs = batch.packs.checked_add(count).ok_or(Error::<T>::TooManyPacks)?;
			let per_pack = T::PackDeposit::get();
			let packs: BalanceOf<T> = count.into();
			let deposit = per_pack.checked_mul(&packs).ok_or(ArithmeticError::Overflow)?;
			T::Currency::hold(&HoldReason::PackDeposit.into(), &who, deposit)?;
			let commissioned =
				PackEvent { kind: PackEventKind::Commissioned, by: manufacturer, at: now };
			for serial in serials {
				ensure!(is_gs1_text(&serial), Error::<T>::InvalidSerial);
				let key = PackKey { gtin, serial };
				ensure!(!Packs::<T>::contains_key(&key), Error::<T>::AlreadyCommissioned);
				let mut history = BoundedVec::new();
				history.try_push(commissioned).map_err(|_| Error::<T>::HistoryFull)?;
				Owned::<T>::insert(manufacturer, &key, ());
				Packs::<T>::insert(
					&key,
					Pack {
						lot: lot.clone(),
						owner: manufacturer,
						custody: Custody::Active,
						investigation: None,
						case: None,
						ended: None,
						history,
						depositor: who.clone(),
						deposit: per_pack,
					},
				);
			}
			Batches::<T>::insert(gtin, &lot, batch);
			Self::deposit_event(Event::Commissioned { gtin, lot, count });
			Ok(())
		}

		/// Packs `packs` into a new case `sscc`.
		///
		/// Origin: a member of the organisation owning every pack (each `Active`, not in a case,
		/// not under investigation, not recalled), with a supply-chain role, holding the SSCC's
		/// GS1 Company Prefix ([`Config::CompanyPrefixes`]: GS1 numbers a logistic unit from the
		/// prefix of the company that builds it), so that no member takes the case numbers
		/// another prints. Holds [`Config::CaseDeposit`] until unpacked. Emits [`Event::Packed`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::pack_case(packs.len() as u32))]
		pub fn pack_case(origin: OriginFor<T>, sscc: Sscc, packs: PackKeysOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &SUPPLY_ROLES)?;
			ensure!(sscc.is_valid(), Error::<T>::InvalidSscc);
			Self::ensure_prefix_holder(T::CompanyPrefixes::holder_of_sscc(sscc), org)?;
			ensure!(!Cases::<T>::contains_key(sscc), Error::<T>::CaseExists);
			ensure!(!packs.is_empty(), Error::<T>::EmptyCase);
			let now = T::Time::now();
			for key in packs.iter() {
				let mut pack = Self::loose_pack(key, org)?;
				Self::ensure_movable(key, &pack)?;
				pack.case = Some(sscc);
				Self::record(&mut pack, PackEventKind::Packed(sscc), org, now)?;
				Packs::<T>::insert(key, pack);
			}
			let deposit = T::CaseDeposit::get();
			T::Currency::hold(&HoldReason::CaseDeposit.into(), &who, deposit)?;
			let count = packs.len() as u32;
			Cases::<T>::insert(
				sscc,
				Case { owner: org, in_transit_to: None, contents: packs, depositor: who, deposit },
			);
			Self::deposit_event(Event::Packed { sscc, count });
			Ok(())
		}

		/// Unpacks case `sscc`: its packs are loose again and the case is gone.
		///
		/// Origin: a member of the case's owner with a supply-chain role; the case must not be in
		/// transit. Returns the case deposit, exactly, to whoever packed it. Emits
		/// [`Event::Unpacked`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::unpack_case(T::MaxCaseSize::get()))]
		pub fn unpack_case(origin: OriginFor<T>, sscc: Sscc) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &SUPPLY_ROLES)?;
			let case = Cases::<T>::get(sscc).ok_or(Error::<T>::UnknownCase)?;
			ensure!(case.owner == org, Error::<T>::NotAuthorized);
			ensure!(case.in_transit_to.is_none(), Error::<T>::InTransit);
			let now = T::Time::now();
			for key in case.contents.iter() {
				let mut pack = Packs::<T>::get(key).ok_or(Error::<T>::UnknownPack)?;
				pack.case = None;
				Self::record(&mut pack, PackEventKind::Unpacked(sscc), org, now)?;
				Packs::<T>::insert(key, pack);
			}
			T::Currency::release(
				&HoldReason::CaseDeposit.into(),
				&case.depositor,
				case.deposit,
				Precision::Exact,
			)?;
			Cases::<T>::remove(sscc);
			let count = case.contents.len() as u32;
			Self::deposit_event(Event::Unpacked { sscc, count });
			Ok(Some(T::WeightInfo::unpack_case(count)).into())
		}

		/// Ships `item` (a loose pack, or a case with everything in it) to organisation `to`.
		/// The caller's organisation stays the owner until `to` receives it.
		///
		/// Origin: a member of the owner with a supply-chain role. `to` must be another
		/// organisation actively holding a supply-chain role. Every pack must be `Active`, not
		/// under investigation, its batch not recalled. Emits [`Event::Shipped`].
		#[pallet::call_index(5)]
		#[pallet::weight(match item {
			Item::Pack(_) => T::WeightInfo::ship_pack(),
			Item::Case(_) => T::WeightInfo::ship_case(T::MaxCaseSize::get()),
		})]
		pub fn ship(
			origin: OriginFor<T>,
			item: Item,
			to: OrganizationId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &SUPPLY_ROLES)?;
			ensure!(
				to != org && SUPPLY_ROLES.iter().any(|r| T::Registry::has_active_role(to, *r)),
				Error::<T>::ReceiverNotEligible
			);
			let now = T::Time::now();
			let (count, weight) = match &item {
				Item::Pack(key) => {
					let mut pack = Self::loose_pack(key, org)?;
					Self::ensure_movable(key, &pack)?;
					pack.custody = Custody::InTransit(to);
					Self::record(&mut pack, PackEventKind::Shipped(to), org, now)?;
					Packs::<T>::insert(key, pack);
					(1, T::WeightInfo::ship_pack())
				},
				Item::Case(sscc) => {
					let mut case = Self::owned_case(*sscc, org)?;
					ensure!(case.in_transit_to.is_none(), Error::<T>::InTransit);
					for key in case.contents.iter() {
						let mut pack = Packs::<T>::get(key).ok_or(Error::<T>::UnknownPack)?;
						Self::ensure_movable(key, &pack)?;
						pack.custody = Custody::InTransit(to);
						Self::record(&mut pack, PackEventKind::Shipped(to), org, now)?;
						Packs::<T>::insert(key, pack);
					}
					case.in_transit_to = Some(to);
					let count = case.contents.len() as u32;
					Cases::<T>::insert(sscc, case);
					(count, T::WeightInfo::ship_case(count))
				},
			};
			Self::deposit_event(Event::Shipped { item, from: org, to, count });
			Ok(Some(weight).into())
		}

		/// Receives `item`, shipped to the caller's organisation, which becomes its owner.
		///
		/// Origin: a member of the receiver with a supply-chain role. Nothing under
		/// investigation or recalled is received (the shipper may cancel). Emits
		/// [`Event::Received`].
		#[pallet::call_index(6)]
		#[pallet::weight(match item {
			Item::Pack(_) => T::WeightInfo::receive_pack(),
			Item::Case(_) => T::WeightInfo::receive_case(T::MaxCaseSize::get()),
		})]
		pub fn receive(origin: OriginFor<T>, item: Item) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &SUPPLY_ROLES)?;
			let now = T::Time::now();
			let (from, count, weight) = match &item {
				Item::Pack(key) => {
					let pack = Packs::<T>::get(key).ok_or(Error::<T>::UnknownPack)?;
					ensure!(pack.case.is_none(), Error::<T>::InCase);
					let from = pack.owner;
					Self::receive_one(key, pack, org, now)?;
					(from, 1, T::WeightInfo::receive_pack())
				},
				Item::Case(sscc) => {
					let mut case = Cases::<T>::get(sscc).ok_or(Error::<T>::UnknownCase)?;
					match case.in_transit_to {
						None => return Err(Error::<T>::NotInTransit.into()),
						Some(to) => ensure!(to == org, Error::<T>::NotShippedToYou),
					}
					let from = case.owner;
					for key in case.contents.iter() {
						let pack = Packs::<T>::get(key).ok_or(Error::<T>::UnknownPack)?;
						Self::receive_one(key, pack, org, now)?;
					}
					case.owner = org;
					case.in_transit_to = None;
					let count = case.contents.len() as u32;
					Cases::<T>::insert(sscc, case);
					(from, count, T::WeightInfo::receive_case(count))
				},
			};
			Self::deposit_event(Event::Received { item, from, by: org, count });
			Ok(Some(weight).into())
		}

		/// Cancels the shipment of `item` before it is received; the owner holds it again.
		///
		/// Origin: a member of the owner with a supply-chain role. Allowed under a recall or an
		/// investigation (nothing moves). Emits [`Event::ShipmentCancelled`].
		#[pallet::call_index(7)]
		#[pallet::weight(match item {
			Item::Pack(_) => T::WeightInfo::cancel_shipment(1),
			Item::Case(_) => T::WeightInfo::cancel_shipment(T::MaxCaseSize::get()),
		})]
		pub fn cancel_shipment(origin: OriginFor<T>, item: Item) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &SUPPLY_ROLES)?;
			let now = T::Time::now();
			let cancel = |key: &PackKey| -> Result<OrganizationId, DispatchError> {
				let mut pack = Packs::<T>::get(key).ok_or(Error::<T>::UnknownPack)?;
				ensure!(pack.owner == org, Error::<T>::NotAuthorized);
				let Custody::InTransit(to) = pack.custody else {
					return Err(Error::<T>::NotInTransit.into());
				};
				pack.custody = Custody::Active;
				Self::record(&mut pack, PackEventKind::ShipmentCancelled(to), org, now)?;
				Packs::<T>::insert(key, pack);
				Ok(to)
			};
			let (to, count) = match &item {
				Item::Pack(key) => {
					let pack = Packs::<T>::get(key).ok_or(Error::<T>::UnknownPack)?;
					ensure!(pack.case.is_none(), Error::<T>::InCase);
					(cancel(key)?, 1)
				},
				Item::Case(sscc) => {
					let mut case = Self::owned_case(*sscc, org)?;
					let to = case.in_transit_to.ok_or(Error::<T>::NotInTransit)?;
					for key in case.contents.iter() {
						cancel(key)?;
					}
					case.in_transit_to = None;
					let count = case.contents.len() as u32;
					Cases::<T>::insert(sscc, case);
					(to, count)
				},
			};
			Self::deposit_event(Event::ShipmentCancelled { item, to, count });
			Ok(Some(T::WeightInfo::cancel_shipment(count)).into())
		}

		/// Dispenses `pack` to a patient (who is not named).
		///
		/// Origin: a member of the owner, actively holding `Pharmacy` or `Hospital`. The pack must
		/// be loose, `Active`, not under investigation, not recalled and not expired; a pack
		/// dispensed already is refused with [`Error::AlreadyDispensed`]. Emits
		/// [`Event::Dispensed`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::dispense())]
		pub fn dispense(origin: OriginFor<T>, pack: PackKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &DISPENSING_ROLES)?;
			let now = T::Time::now();
			let mut p = Packs::<T>::get(&pack).ok_or(Error::<T>::UnknownPack)?;
			// Checked before ownership: another pharmacy scanning a clone of a dispensed pack
			// must learn that it was dispensed.
			ensure!(p.custody != Custody::Dispensed, Error::<T>::AlreadyDispensed);
			ensure!(p.owner == org, Error::<T>::NotAuthorized);
			ensure!(p.case.is_none(), Error::<T>::InCase);
			let batch = Self::ensure_movable(&pack, &p)?;
			ensure!(!batch.expiry.is_expired(now), Error::<T>::Expired);
			p.custody = Custody::Dispensed;
			p.ended = Some((org, now));
			Self::record(&mut p, PackEventKind::Dispensed, org, now)?;
			Packs::<T>::insert(&pack, p);
			Owned::<T>::remove(org, &pack);
			Self::deposit_event(Event::Dispensed { pack, by: org });
			Ok(())
		}

		/// Decommissions `pack` for `reason`.
		///
		/// Origin: a member of the owner with a supply-chain role. The pack must be loose,
		/// `Active` and not suspect or quarantined; a recalled, expired or illegitimate pack may
		/// only be decommissioned as `Destroyed`. Emits [`Event::Decommissioned`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::decommission())]
		pub fn decommission(
			origin: OriginFor<T>,
			pack: PackKey,
			reason: DecommissionReason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &SUPPLY_ROLES)?;
			let now = T::Time::now();
			let mut p = Self::loose_pack(&pack, org)?;
			Self::ensure_held(&p)?;
			if reason != DecommissionReason::Destroyed {
				let batch = Self::ensure_movable(&pack, &p)?;
				ensure!(!batch.expiry.is_expired(now), Error::<T>::Expired);
			} else {
				ensure!(
					!matches!(
						p.investigation_state(),
						Some(Investigation::Suspect | Investigation::Quarantined)
					),
					Error::<T>::UnderInvestigation
				);
			}
			p.custody = Custody::Decommissioned(reason);
			p.ended = Some((org, now));
			Self::record(&mut p, PackEventKind::Decommissioned(reason), org, now)?;
			Packs::<T>::insert(&pack, p);
			Owned::<T>::remove(org, &pack);
			Self::deposit_event(Event::Decommissioned { pack, by: org, reason });
			Ok(())
		}

		/// Undoes the dispense or decommission of `pack` within [`Config::UndoWindow`].
		///
		/// Origin: a member of the organisation that dispensed or decommissioned it, with a
		/// supply-chain role. Never for a recalled, expired or illegitimate pack, nor when the
		/// pack's history has no room for another dispense or decommission after it
		/// ([`Error::HistoryFull`]). Emits [`Event::Undone`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::undo())]
		pub fn undo(origin: OriginFor<T>, pack: PackKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let org = Self::acting(&who, &SUPPLY_ROLES)?;
			let now = T::Time::now();
			let mut p = Packs::<T>::get(&pack).ok_or(Error::<T>::UnknownPack)?;
			ensure!(p.is_ended(), Error::<T>::NothingToUndo);
			let (by, at) = p.ended.ok_or(Error::<T>::NothingToUndo)?;
			ensure!(by == org, Error::<T>::NotAuthorized);
			ensure!(now < at.saturating_add(T::UndoWindow::get()), Error::<T>::UndoWindowPassed);
			Self::ensure_not_investigated(&p)?;
			let batch = Self::batch_of(&pack, &p)?;
			ensure!(batch.status == BatchStatus::Active, Error::<T>::Recalled);
			ensure!(!batch.expiry.is_expired(now), Error::<T>::Expired);
			p.custody = Custody::Active;
			p.ended = None;
			Self::record(&mut p, PackEventKind::Undone, org, now)?;
			Packs::<T>::insert(&pack, p);
			Owned::<T>::insert(org, &pack, ());
			Self::deposit_event(Event::Undone { pack, by: org });
			Ok(())
		}

		/// Recalls batch `lot` of product `gtin`: none of its packs moves or is dispensed again.
		///
		/// Origin: a member of the product's manufacturer, or of an organisation actively
		/// holding `Regulator`. Emits [`Event::BatchRecalled`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::recall())]
		pub fn recall(origin: OriginFor<T>, gtin: Gtin, lot: Lot) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (by, _) = Self::regulator_or_manufacturer(&who, gtin)?;
			let mut batch = Batches::<T>::get(gtin, &lot).ok_or(Error::<T>::UnknownBatch)?;
			ensure!(batch.status == BatchStatus::Active, Error::<T>::AlreadyRecalled);
			batch.status = BatchStatus::Recalled;
			batch.recalled = Some((by, T::Time::now()));
			Batches::<T>::insert(gtin, &lot, batch);
			Self::deposit_event(Event::BatchRecalled { gtin, lot, by });
			Ok(())
		}

		/// Flags `pack` as suspect, opening an investigation.
		///
		/// Origin: a member of its owner (or of the organisation it is shipped to) with a
		/// supply-chain role, or of a `Regulator`. Never refused for lack of history room: the
		/// oldest investigation step rolls off instead. Emits [`Event::InvestigationChanged`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::flag_suspect())]
		pub fn flag_suspect(origin: OriginFor<T>, pack: PackKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut p = Packs::<T>::get(&pack).ok_or(Error::<T>::UnknownPack)?;
			let (by, authority) = Self::investigator(&who, &p)?;
			ensure!(p.investigation.is_none(), Error::<T>::InvalidInvestigationStep);
			p.investigation =
				Some(Inquiry { state: Investigation::Suspect, opened_by: by, authority });
			Self::record_investigation(&mut p, PackEventKind::FlaggedSuspect, by)?;
			Self::investigation_changed(pack, p, by);
			Ok(())
		}

		/// Quarantines a suspect `pack` while it is investigated.
		///
		/// Origin: as [`Pallet::flag_suspect`]. A regulator's quarantine can only be lifted by a
		/// regulator. Emits [`Event::InvestigationChanged`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::quarantine())]
		pub fn quarantine(origin: OriginFor<T>, pack: PackKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut p = Packs::<T>::get(&pack).ok_or(Error::<T>::UnknownPack)?;
			let (by, authority) = Self::investigator(&who, &p)?;
			let inquiry = Self::open_inquiry(&p, &[Investigation::Suspect])?;
			p.investigation = Some(Inquiry {
				state: Investigation::Quarantined,
				authority: inquiry.authority.join(authority),
				..inquiry
			});
			Self::record_investigation(&mut p, PackEventKind::Quarantined, by)?;
			Self::investigation_changed(pack, p, by);
			Ok(())
		}

		/// Clears a suspect or quarantined `pack`: it may move again.
		///
		/// Origin: a member of a `Regulator`, or of the product's manufacturer provided no
		/// regulator took a step of the investigation ([`Error::RegulatorHold`]). Emits
		/// [`Event::InvestigationChanged`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::clear())]
		pub fn clear(origin: OriginFor<T>, pack: PackKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (by, authority) = Self::regulator_or_manufacturer(&who, pack.gtin)?;
			let mut p = Packs::<T>::get(&pack).ok_or(Error::<T>::UnknownPack)?;
			let inquiry =
				Self::open_inquiry(&p, &[Investigation::Suspect, Investigation::Quarantined])?;
			ensure!(
				authority == Authority::Regulator || inquiry.authority == Authority::SupplyChain,
				Error::<T>::RegulatorHold
			);
			p.investigation = None;
			Self::record_investigation(&mut p, PackEventKind::Cleared, by)?;
			Self::investigation_changed(pack, p, by);
			Ok(())
		}

		/// Declares a suspect or quarantined `pack` illegitimate: it never moves again and
		/// stays listed for regulators.
		///
		/// Origin: a member of a `Regulator` or of the product's manufacturer. Emits
		/// [`Event::InvestigationChanged`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::declare_illegitimate())]
		pub fn declare_illegitimate(origin: OriginFor<T>, pack: PackKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut p = Packs::<T>::get(&pack).ok_or(Error::<T>::UnknownPack)?;
			let (by, authority) = Self::regulator_or_manufacturer(&who, pack.gtin)?;
			let inquiry =
				Self::open_inquiry(&p, &[Investigation::Suspect, Investigation::Quarantined])?;
			p.investigation = Some(Inquiry {
				state: Investigation::Illegitimate,
				authority: inquiry.authority.join(authority),
				..inquiry
			});
			Self::record_investigation(&mut p, PackEventKind::DeclaredIllegitimate, by)?;
			Self::investigation_changed(pack, p, by);
			Ok(())
		}

		/// Removes the record of `pack` once its retention period has passed, and returns its
		/// deposit, exactly, to the member that commissioned it.
		///
		/// Origin: any signed account. The pack must be dispensed or decommissioned, not
		/// suspect or quarantined, and [`Config::RecordRetention`] must have passed since the
		/// later of its batch's expiry and its last event. An illegitimate pack leaves the
		/// regulators' list with it. Emits [`Event::PackRemoved`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::remove_pack())]
		pub fn remove_pack(origin: OriginFor<T>, pack: PackKey) -> DispatchResult {
			ensure_signed(origin)?;
			let p = Packs::<T>::get(&pack).ok_or(Error::<T>::UnknownPack)?;
			ensure!(p.is_ended(), Error::<T>::NotEnded);
			ensure!(
				!matches!(
					p.investigation_state(),
					Some(Investigation::Suspect | Investigation::Quarantined)
				),
				Error::<T>::UnderInvestigation
			);
			let mut batch = Self::batch_of(&pack, &p)?;
			let until = kept_until(batch.expiry, p.last_event_at(), T::RecordRetention::get());
			ensure!(T::Time::now() >= until, Error::<T>::StillRetained);
			batch.packs = batch.packs.checked_sub(1).ok_or(ArithmeticError::Underflow)?;
			T::Currency::release(
				&HoldReason::PackDeposit.into(),
				&p.depositor,
				p.deposit,
				Precision::Exact,
			)?;
			Batches::<T>::insert(pack.gtin, &p.lot, batch);
			Packs::<T>::remove(&pack);
			Flagged::<T>::remove(&pack);
			Self::deposit_event(Event::PackRemoved { pack, owner: p.owner });
			Ok(())
		}

		/// Removes batch `lot` of product `gtin`, none of whose packs is stored any more, and
		/// returns its deposit, exactly, to the member that registered it.
		///
		/// Origin: any signed account once [`Config::RecordRetention`] has passed since the
		/// later of the batch's expiry, registration and recall; before that, only if no pack
		/// was ever commissioned in it, a member of the product's manufacturer (with a maker
		/// role) or the batch's depositor. Emits [`Event::BatchRemoved`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::remove_batch())]
		pub fn remove_batch(origin: OriginFor<T>, gtin: Gtin, lot: Lot) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let batch = Batches::<T>::get(gtin, &lot).ok_or(Error::<T>::UnknownBatch)?;
			ensure!(batch.packs == 0, Error::<T>::HasPacks);
			let mut product = Products::<T>::get(gtin).ok_or(Error::<T>::UnknownProduct)?;
			let last_event = batch.registered_at.max(batch.recalled.map_or(0, |(_, at)| at));
			let until = kept_until(batch.expiry, last_event, T::RecordRetention::get());
			if T::Time::now() < until {
				ensure!(batch.commissioned == 0, Error::<T>::StillRetained);
				ensure!(Self::manages(&who, &product, &batch.depositor), Error::<T>::NotAuthorized);
			}
			product.batches = product.batches.checked_sub(1).ok_or(ArithmeticError::Underflow)?;
			T::Currency::release(
				&HoldReason::BatchDeposit.into(),
				&batch.depositor,
				batch.deposit,
				Precision::Exact,
			)?;
			Products::<T>::insert(gtin, product);
			Batches::<T>::remove(gtin, &lot);
			Self::deposit_event(Event::BatchRemoved { gtin, lot });
			Ok(())
		}

		/// Removes product `gtin`, none of whose batches is stored any more, and returns its
		/// deposit, exactly, to the member that registered it. The GTIN may be registered
		/// again afterwards.
		///
		/// Origin: a member of the product's manufacturer (with a maker role), or the product's
		/// depositor. Emits [`Event::ProductRemoved`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::remove_product())]
		pub fn remove_product(origin: OriginFor<T>, gtin: Gtin) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let product = Products::<T>::get(gtin).ok_or(Error::<T>::UnknownProduct)?;
			ensure!(Self::manages(&who, &product, &product.depositor), Error::<T>::NotAuthorized);
			ensure!(product.batches == 0, Error::<T>::HasBatches);
			T::Currency::release(
				&HoldReason::ProductDeposit.into(),
				&product.depositor,
				product.deposit,
				Precision::Exact,
			)?;
			Products::<T>::remove(gtin);
			Self::deposit_event(Event::ProductRemoved { gtin, manufacturer: product.manufacturer });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The organisation `who` acts for, holding one of `roles` actively.
		fn acting(who: &T::AccountId, roles: &[Role]) -> Result<OrganizationId, DispatchError> {
			let org = T::Registry::organization_of(who).ok_or(Error::<T>::NotAuthorized)?;
			ensure!(
				roles.iter().any(|r| T::Registry::has_active_role(org, *r)),
				Error::<T>::NotAuthorized
			);
			Ok(org)
		}

		/// The manufacturer of `gtin` and the product, provided `who` acts for it with a maker
		/// role.
		fn product_of_maker(
			who: &T::AccountId,
			gtin: Gtin,
		) -> Result<(OrganizationId, ProductOf<T>), DispatchError> {
			let org = Self::acting(who, &MAKER_ROLES)?;
			let product = Products::<T>::get(gtin).ok_or(Error::<T>::UnknownProduct)?;
			ensure!(product.manufacturer == org, Error::<T>::NotAuthorized);
			Ok((org, product))
		}

		/// The manufacturer of `gtin`, provided `who` acts for it with a maker role.
		fn manufacturer_of(
			who: &T::AccountId,
			gtin: Gtin,
		) -> Result<OrganizationId, DispatchError> {
			Self::product_of_maker(who, gtin).map(|(org, _)| org)
		}

		/// [`Self::product_of_maker`], provided the manufacturer still holds the GTIN's GS1
		/// Company Prefix: what makes new batches and packs. A prefix governance withdrew stops
		/// them; what the manufacturer must still be able to do with what exists (recall,
		/// remove, investigate) does not ask.
		fn producing_maker(
			who: &T::AccountId,
			gtin: Gtin,
		) -> Result<(OrganizationId, ProductOf<T>), DispatchError> {
			let (org, product) = Self::product_of_maker(who, gtin)?;
			Self::ensure_prefix_holder(T::CompanyPrefixes::holder_of_gtin(gtin), org)?;
			Ok((org, product))
		}

		/// Refuses unless `org` is `holder`, the holder of a GTIN's or an SSCC's GS1 Company
		/// Prefix as [`Config::CompanyPrefixes`] answered it.
		fn ensure_prefix_holder(
			holder: Option<OrganizationId>,
			org: OrganizationId,
		) -> DispatchResult {
			ensure!(holder == Some(org), Error::<T>::NotPrefixHolder);
			Ok(())
		}

		/// Whether `who` acts for `product`'s manufacturer with a maker role, or is `depositor`
		/// (so that a deposit can come back even if the organisation lost its role).
		fn manages(who: &T::AccountId, product: &ProductOf<T>, depositor: &T::AccountId) -> bool {
			Self::acting(who, &MAKER_ROLES).ok() == Some(product.manufacturer) || who == depositor
		}

		/// The organisation `who` acts for as a `Regulator`, or else as the manufacturer of
		/// `gtin`, with the authority it acts with.
		fn regulator_or_manufacturer(
			who: &T::AccountId,
			gtin: Gtin,
		) -> Result<(OrganizationId, Authority), DispatchError> {
			match T::Registry::acting_with_role(who, Role::Regulator) {
				Some(org) => Ok((org, Authority::Regulator)),
				None => Self::manufacturer_of(who, gtin).map(|org| (org, Authority::SupplyChain)),
			}
		}

		/// The organisation `who` acts for in flagging or quarantining `pack`, with the
		/// authority it acts with: a `Regulator`, or else the pack's owner or the receiver of
		/// its shipment, with a supply-chain role.
		fn investigator(
			who: &T::AccountId,
			pack: &PackOf<T>,
		) -> Result<(OrganizationId, Authority), DispatchError> {
			if let Some(regulator) = T::Registry::acting_with_role(who, Role::Regulator) {
				return Ok((regulator, Authority::Regulator));
			}
			let org = Self::acting(who, &SUPPLY_ROLES)?;
			let receiver = matches!(pack.custody, Custody::InTransit(to) if to == org);
			ensure!(pack.owner == org || receiver, Error::<T>::NotAuthorized);
			Ok((org, Authority::SupplyChain))
		}

		/// The pack's investigation, provided it is in one of `states`.
		fn open_inquiry(
			pack: &PackOf<T>,
			states: &[Investigation],
		) -> Result<Inquiry, DispatchError> {
			pack.investigation
				.filter(|i| states.contains(&i.state))
				.ok_or(Error::<T>::InvalidInvestigationStep.into())
		}

		/// Stores `pack` after an investigation step by `by`, updates the regulators' list and
		/// emits [`Event::InvestigationChanged`].
		fn investigation_changed(key: PackKey, pack: PackOf<T>, by: OrganizationId) {
			let state = pack.investigation_state();
			Packs::<T>::insert(&key, pack);
			match state {
				Some(state) => Flagged::<T>::insert(&key, state),
				None => Flagged::<T>::remove(&key),
			}
			Self::deposit_event(Event::InvestigationChanged {
				pack: key,
				investigation: state,
				by,
			});
		}

		/// A loose pack (not in a case) owned by `org`.
		fn loose_pack(key: &PackKey, org: OrganizationId) -> Result<PackOf<T>, DispatchError> {
			let pack = Packs::<T>::get(key).ok_or(Error::<T>::UnknownPack)?;
			ensure!(pack.owner == org, Error::<T>::NotAuthorized);
			ensure!(pack.case.is_none(), Error::<T>::InCase);
			Ok(pack)
		}

		/// Case `sscc`, provided `org` owns it.
		fn owned_case(sscc: Sscc, org: OrganizationId) -> Result<CaseOf<T>, DispatchError> {
			let case = Cases::<T>::get(sscc).ok_or(Error::<T>::UnknownCase)?;
			ensure!(case.owner == org, Error::<T>::NotAuthorized);
			Ok(case)
		}

		fn batch_of(key: &PackKey, pack: &PackOf<T>) -> Result<BatchOf<T>, DispatchError> {
			Batches::<T>::get(key.gtin, &pack.lot).ok_or(Error::<T>::UnknownBatch.into())
		}

		/// The pack is held by its owner: `Active`, the specific error otherwise.
		fn ensure_held(pack: &PackOf<T>) -> DispatchResult {
			match pack.custody {
				Custody::Active => Ok(()),
				Custody::InTransit(_) => Err(Error::<T>::InTransit.into()),
				Custody::Dispensed => Err(Error::<T>::AlreadyDispensed.into()),
				Custody::Decommissioned(_) => Err(Error::<T>::AlreadyDecommissioned.into()),
			}
		}

		fn ensure_not_investigated(pack: &PackOf<T>) -> DispatchResult {
			match pack.investigation_state() {
				None => Ok(()),
				Some(Investigation::Illegitimate) => Err(Error::<T>::Illegitimate.into()),
				Some(Investigation::Suspect | Investigation::Quarantined) => {
					Err(Error::<T>::UnderInvestigation.into())
				},
			}
		}

		/// The pack may move: held, not under investigation, its batch not recalled. Returns the
		/// batch.
		fn ensure_movable(key: &PackKey, pack: &PackOf<T>) -> Result<BatchOf<T>, DispatchError> {
			Self::ensure_held(pack)?;
			Self::ensure_not_investigated(pack)?;
			let batch = Self::batch_of(key, pack)?;
			ensure!(batch.status == BatchStatus::Active, Error::<T>::Recalled);
			Ok(batch)
		}

		/// Receives one pack shipped to `org`.
		fn receive_one(
			key: &PackKey,
			mut pack: PackOf<T>,
			org: OrganizationId,
			now: Moment,
		) -> DispatchResult {
			match pack.custody {
				Custody::InTransit(to) => ensure!(to == org, Error::<T>::NotShippedToYou),
				_ => return Err(Error::<T>::NotInTransit.into()),
			}
			Self::ensure_not_investigated(&pack)?;
			let batch = Self::batch_of(key, &pack)?;
			ensure!(batch.status == BatchStatus::Active, Error::<T>::Recalled);
			let from = pack.owner;
			pack.owner = org;
			pack.custody = Custody::Active;
			Self::record(&mut pack, PackEventKind::Received(from), org, now)?;
			Packs::<T>::insert(key, pack);
			Owned::<T>::remove(from, key);
			Owned::<T>::insert(org, key, ());
			Ok(())
		}

		/// Custody events a pack's history may hold: [`Config::MaxHistory`] less the
		/// investigation reserve.
		pub(crate) fn custody_limit() -> u32 {
			T::MaxHistory::get().saturating_sub(HISTORY_RESERVE)
		}

		/// Appends a custody event to `pack`, already in its new state, provided the custody
		/// events it still needs to end its life fit after it.
		fn record(
			pack: &mut PackOf<T>,
			kind: PackEventKind,
			by: OrganizationId,
			at: Moment,
		) -> DispatchResult {
			let needed = pack
				.custody_entries()
				.saturating_add(1)
				.saturating_add(pack.custody_events_to_end());
			ensure!(needed <= Self::custody_limit(), Error::<T>::HistoryFull);
			Self::push(pack, PackEvent { kind, by, at })
		}

		/// Appends an investigation step to `pack`; when the investigation reserve is full, the
		/// oldest investigation step (of a closed investigation: an open one holds fewer steps
		/// than the reserve) rolls off first.
		fn record_investigation(
			pack: &mut PackOf<T>,
			kind: PackEventKind,
			by: OrganizationId,
		) -> DispatchResult {
			if pack.investigation_entries() >= HISTORY_RESERVE {
				if let Some(oldest) =
					pack.history.iter().position(|e| crate::types::is_investigation(&e.kind))
				{
					pack.history.remove(oldest);
				}
			}
			Self::push(pack, PackEvent { kind, by, at: T::Time::now() })
		}

		/// Appends `event` (the budgets keep the history within its bound).
		fn push(pack: &mut PackOf<T>, event: PackEvent) -> DispatchResult {
			pack.history.try_push(event).map_err(|_| Error::<T>::HistoryFull.into())
		}

		/// Pack `key` with its history, at `now`.
		pub fn pack_info(key: &PackKey, now: Moment) -> Option<PackInfo> {
			let pack = Packs::<T>::get(key)?;
			let batch = Batches::<T>::get(key.gtin, &pack.lot)?;
			Some(PackInfo {
				gtin: key.gtin,
				serial: key.serial.to_vec(),
				lot: pack.lot.to_vec(),
				expiry: batch.expiry,
				status: PackStatus::of(pack.custody, pack.investigation_state()),
				owner: pack.owner,
				in_transit_to: match pack.custody {
					Custody::InTransit(to) => Some(to),
					_ => None,
				},
				case: pack.case,
				batch_status: batch.status,
				expired: batch.expiry.is_expired(now),
				history: pack.history.into_inner(),
			})
		}

		/// Verifies a pack as a scanner would, at `now`.
		pub fn verify(
			gtin: Gtin,
			serial: &[u8],
			lot: Option<&[u8]>,
			expiry: Option<Expiry>,
			now: Moment,
		) -> Verification {
			let pack = Serial::try_from(serial.to_vec())
				.ok()
				.and_then(|serial| Self::pack_info(&PackKey { gtin, serial }, now));
			let Some(pack) = pack else {
				return Verification {
					verdict: Verdict::Unknown,
					lot_matches: None,
					expiry_matches: None,
					pack: None,
				};
			};
			let lot_matches = lot.map(|l| l == pack.lot.as_slice());
			// The same day written two ways matches: `DD` = `00` is the month's last day, so a pack
			// printed `(17)281200` is the batch registered as `281231`.
			let expiry_matches = expiry.map(|e| e.last_day() == pack.expiry.last_day());
			let verdict = if lot_matches == Some(false) || expiry_matches == Some(false) {
				Verdict::Mismatch
			} else {
				match pack.status {
					PackStatus::Illegitimate => Verdict::Illegitimate,
					_ if pack.batch_status == BatchStatus::Recalled => Verdict::Recalled,
					PackStatus::Suspect | PackStatus::Quarantined => Verdict::Suspect,
					_ if pack.expired => Verdict::Expired,
					PackStatus::Dispensed => Verdict::AlreadyDispensed,
					PackStatus::Decommissioned(_) => Verdict::Decommissioned,
					PackStatus::Active | PackStatus::InTransit => Verdict::Authentic,
				}
			};
			Verification { verdict, lot_matches, expiry_matches, pack: Some(pack) }
		}

		/// Product `gtin`.
		pub fn product_info(gtin: Gtin) -> Option<ProductInfo> {
			Products::<T>::get(gtin).map(|p| ProductInfo {
				gtin,
				manufacturer: p.manufacturer,
				master_data: p.master_data,
				registered_at: p.registered_at,
			})
		}

		/// Batch `lot` of `gtin`, at `now`.
		pub fn batch_info(gtin: Gtin, lot: &[u8], now: Moment) -> Option<BatchInfo> {
			let lot_key = Lot::try_from(lot.to_vec()).ok()?;
			let batch = Batches::<T>::get(gtin, &lot_key)?;
			let product = Products::<T>::get(gtin)?;
			Some(BatchInfo {
				gtin,
				lot: lot.to_vec(),
				expiry: batch.expiry,
				manufacturer: product.manufacturer,
				commissioned: batch.commissioned,
				status: batch.status,
				recalled: batch.recalled,
				registered_at: batch.registered_at,
				expired: batch.expiry.is_expired(now),
			})
		}

		/// Case `sscc`.
		pub fn case_info(sscc: Sscc) -> Option<CaseInfo> {
			Cases::<T>::get(sscc).map(|c| CaseInfo {
				sscc,
				owner: c.owner,
				in_transit_to: c.in_transit_to,
				contents: c.contents.into_inner(),
			})
		}

		/// Packs `org` owns, at most `limit` (≤ 1,000), after `after`.
		pub fn owned_by(org: OrganizationId, after: Option<PackKey>, limit: u32) -> Vec<PackKey> {
			let limit = limit.min(1_000) as usize;
			match after {
				None => Owned::<T>::iter_key_prefix(org).take(limit).collect(),
				Some(after) => {
					let start = Owned::<T>::hashed_key_for(org, &after);
					Owned::<T>::iter_prefix_from(org, start)
						.map(|(key, ())| key)
						.take(limit)
						.collect()
				},
			}
		}

		/// Packs under investigation, at most `limit` (≤ 1,000), after `after`.
		pub fn flagged(after: Option<PackKey>, limit: u32) -> Vec<(PackKey, Investigation)> {
			let limit = limit.min(1_000) as usize;
			match after {
				None => Flagged::<T>::iter().take(limit).collect(),
				Some(after) => Flagged::<T>::iter_from(Flagged::<T>::hashed_key_for(&after))
					.take(limit)
					.collect(),
			}
		}
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// An organisation actively holding `role`, and a funded member account of it (the same
	/// organisation for the same role; a different one per role).
	fn organization_with_role(
		role: healthchain_primitives::Role,
	) -> (healthchain_primitives::OrganizationId, AccountId);

	/// Sets the chain's clock ([`Config::Time`]) to `now` (ms since the epoch), so that a
	/// record's retention period can pass.
	fn set_time(now: healthchain_primitives::consent::Moment);

	/// Makes `organization` the holder of GS1 Company Prefix `prefix` ([`Config::CompanyPrefixes`]).
	fn assign_company_prefix(
		organization: healthchain_primitives::OrganizationId,
		prefix: healthchain_primitives::provenance::CompanyPrefix,
	);
}

impl<T: Config> healthchain_primitives::claims::DispenseLookup for Pallet<T> {
	/// Who dispensed the pack and when, if its custody is `Dispensed` (an undone dispense is
	/// not). One read.
	fn dispensed(
		pack: &healthchain_primitives::provenance::PackKey,
	) -> Option<(healthchain_primitives::OrganizationId, healthchain_primitives::consent::Moment)>
	{
		let p = Packs::<T>::get(pack)?;
		match p.custody {
			healthchain_primitives::provenance::Custody::Dispensed => p.ended,
			_ => None,
		}
	}
}
