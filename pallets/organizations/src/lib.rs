//! # Organizations — the consortium registry
//!
//! Which organisations take part in HealthChain, in which roles, and which accounts act for
//! them. Every other healthcare pallet authorises its writes through this registry (via
//! [`healthchain_primitives::OrganizationRegistry`]): only a `Manufacturer` commissions packs,
//! only a `Hospital`, `Clinic` or `Laboratory` anchors records, only a `TrialSponsor` registers
//! trials.
//!
//! ## Terminology
//!
//! - **Organisation**: a consortium member, identified by a sequential [`OrganizationId`].
//! - **Role**: what it does ([`Role`]); several per organisation, each `Active` or `Suspended`.
//! - **Member account**: an account acting for one organisation (staff, systems, devices). An
//!   **admin** member manages the organisation's members and credentials.
//! - **Active since**: the time ([`Config::Time`], ms) from which an organisation has held a role
//!   actively without a break — its admission or grant, or its last reinstatement — kept in
//!   [`RoleActiveSince`] and reported by the registry's `role_active_since`; suspension,
//!   revocation and removal clear it, and an active role with no time kept (one held from
//!   genesis) has been active since 0, the chain's beginning.
//!
//! ## Who does what
//!
//! - Governance ([`Config::GovernanceOrigin`]: a referendum of the member organisations, or
//!   `Root`) admits and removes organisations and grants, suspends, reinstates and revokes roles.
//! - Governance assigns each organisation the GS1 Company Prefixes that GS1 licensed to it
//!   ([`Pallet::assign_company_prefix`]), and withdraws them. Only the holder of a GTIN's prefix
//!   registers that product, and only the holder of an SSCC's prefix packs a case under that
//!   number (`pallet-provenance` asks through [`healthchain_primitives::CompanyPrefixes`]), so a
//!   member can neither claim another company's GTIN and have packs under it verify as genuine,
//!   nor take the case numbers another company prints on its labels.
//! - An organisation's admins add and remove member accounts and update its credentials
//!   commitment; any member may leave, except the organisation's voter.
//!
//! ## Seats
//!
//! Every organisation holds one seat in the consortium's governing body ([`Config::Seats`]: in
//! the runtime, the ranked collective whose votes decide referenda). The seat belongs to the
//! organisation — it is kept under an account derived from the organisation's id, which no key
//! signs for — and appears when governance admits the organisation and disappears when
//! governance removes it, in the same call: seats follow the registry with no separate step and
//! no member can add one. One admin account, the organisation's **voter** (at admission its
//! first admin), casts the seat's vote with [`Pallet::vote`]; changing the voter
//! ([`Pallet::set_voter`]: the voter itself, or governance for a lost or compromised key) never
//! gives the seat a second vote, since the vote is the seat's. An organisation with a suspended
//! role does not vote. The voter cannot leave the organisation while it is the voter.

//! ## GS1 Company Prefixes
//!
//! A GS1 Company Prefix ([`CompanyPrefix`]) is 4 to 12 digits; every GTIN the company allocates
//! begins with it after the GTIN's indicator digit, and every SSCC (the number of a case it
//! builds) after the SSCC's extension digit. GS1 never licenses overlapping prefixes, and
//! the registry refuses them: a prefix that another assigned one begins with, or that begins
//! another, is not assigned ([`Error::CompanyPrefixTaken`]). So a GTIN or an SSCC has at most one
//! holder, found from its 4-digit prefix up ([`CompanyPrefixes`] keeps, under every shorter
//! prefix, how many assigned ones extend it): at most nine reads, one for a key whose first four
//! digits (after the first) begin no assigned prefix. An organisation holds at most
//! [`Config::MaxCompanyPrefixes`]; removing it withdraws them. Withdrawing a prefix does not touch
//! the products registered under it: their maker still recalls and removes what exists, but
//! registers no new batch or pack of them, and cases packed under it stay until unpacked. A prefix
//! lets its holder register products only while it acts as a `Manufacturer` or `Repackager`, and
//! pack cases only while it acts with a supply-chain role.

//! ## Deposits
//!
//! Admission holds [`Config::OrganizationDeposit`] from the first admin; each added member holds
//! [`Config::MemberDeposit`] from the admin who added it. Deposits are released in full when the
//! member or the organisation is removed.
//!
//! ## Privacy
//!
//! Organisations and their public roles are public: that is the registry's purpose (privacy
//! rule 5). The registry stores no free text: roles are one-byte codes, credentials are a
//! 32-byte salted commitment to off-chain documents (the documents and the salt stay with the
//! organisation), member accounts are public keys the organisation chose, GS1 Company Prefixes
//! are company identifiers GS1 publishes. No patient data passes through this pallet.

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

pub use types::{Membership, Organization, PrefixEntry};
pub use weights::WeightInfo;

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
	pub use healthchain_primitives::provenance::CompanyPrefix;
	use healthchain_primitives::{
		organizations::{MemberInfo, OrganizationInfo, RoleStatus},
		provenance::{Gtin, Sscc},
		Commitment, CompanyPrefixes as PrefixHolders, ConsortiumSeats, Moment, OrganizationId,
		OrganizationRegistry, Role,
	};

	use super::{Membership, Organization, PrefixEntry, WeightInfo};

	/// The balance type of [`Config::Currency`].
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	/// An organisation as stored.
	pub type OrganizationOf<T> = Organization<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxRoles,
	>;

	/// A membership as stored.
	pub type MembershipOf<T> = Membership<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the registry.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;

		/// Who admits and removes organisations and changes their roles: a referendum of the
		/// member organisations (or `Root`).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit held from the first admin for as long as the organisation exists.
		#[pallet::constant]
		type OrganizationDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from the admin who adds a member, for as long as the member exists.
		#[pallet::constant]
		type MemberDeposit: Get<BalanceOf<Self>>;

		/// Most roles an organisation can hold.
		#[pallet::constant]
		type MaxRoles: Get<u32>;

		/// Most member accounts (admins included) an organisation can have.
		#[pallet::constant]
		type MaxMembers: Get<u32>;

		/// Most GS1 Company Prefixes an organisation can hold.
		#[pallet::constant]
		type MaxCompanyPrefixes: Get<u32>;

		/// The governing body's seats, one per organisation, which follow admissions and
		/// removals.
		type Seats: ConsortiumSeats<Self::AccountId>;

		/// Who may suspend a role: governance, and whoever else may act fast against a
		/// compromised organisation (in the runtime, the emergency track).
		type SuspendOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The chain's clock (milliseconds since the epoch), for when roles became active
		/// ([`RoleActiveSince`]).
		type Time: Time<Moment = Moment>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of an admitted organisation.
		OrganizationDeposit,
		/// The deposit of a member account.
		MemberDeposit,
	}

	/// The id the next admitted organisation gets.
	#[pallet::storage]
	pub type NextOrganizationId<T> = StorageValue<_, OrganizationId, ValueQuery>;

	/// Organisations by id. Ids are assigned by the chain in sequence, so the cheaper
	/// `Twox64Concat` cannot be steered by users.
	#[pallet::storage]
	pub type Organizations<T: Config> =
		StorageMap<_, Twox64Concat, OrganizationId, OrganizationOf<T>, OptionQuery>;

	/// The organisation each member account acts for.
	#[pallet::storage]
	pub type Members<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, MembershipOf<T>, OptionQuery>;

	/// Member accounts by organisation, to list and remove them.
	#[pallet::storage]
	pub type OrganizationMembers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		OrganizationId,
		Blake2_128Concat,
		T::AccountId,
		(),
		OptionQuery,
	>;

	/// Since when (ms, [`Config::Time`]) each organisation has held each of its roles actively
	/// without a break: the time of its admission or grant, or of its last reinstatement. Kept
	/// only while the role is active (suspension, revocation and removal clear it); an active
	/// role with no entry has been active since 0 (from genesis). Organisation ids are assigned
	/// by the chain and roles come from a fixed vocabulary, so `Twox64Concat` is safe.
	#[pallet::storage]
	pub type RoleActiveSince<T: Config> =
		StorageDoubleMap<_, Twox64Concat, OrganizationId, Twox64Concat, Role, Moment, OptionQuery>;

	/// GS1 Company Prefixes: the organisation each assigned one belongs to, and under every
	/// shorter prefix how many assigned ones extend it ([`PrefixEntry`]). Only governance writes
	/// it, so the keys cannot be steered by users; `Blake2_128Concat` all the same.
	#[pallet::storage]
	pub type CompanyPrefixes<T: Config> =
		StorageMap<_, Blake2_128Concat, CompanyPrefix, PrefixEntry, OptionQuery>;

	/// The GS1 Company Prefixes each organisation holds, to list them and to withdraw them when it
	/// is removed.
	#[pallet::storage]
	pub type PrefixesOf<T: Config> = StorageMap<
		_,
		Twox64Concat,
		OrganizationId,
		BoundedVec<CompanyPrefix, T::MaxCompanyPrefixes>,
		ValueQuery,
	>;

	/// Events of the registry.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance admitted an organisation.
		OrganizationAdmitted {
			/// The new organisation.
			organization: OrganizationId,
			/// Its first admin account.
			admin: T::AccountId,
		},
		/// Governance removed an organisation and all its member accounts.
		OrganizationRemoved {
			/// The removed organisation.
			organization: OrganizationId,
		},
		/// Governance granted a role.
		RoleGranted {
			/// The organisation.
			organization: OrganizationId,
			/// The role.
			role: Role,
		},
		/// Governance suspended a role.
		RoleSuspended {
			/// The organisation.
			organization: OrganizationId,
			/// The role.
			role: Role,
		},
		/// Governance reinstated a suspended role.
		RoleReinstated {
			/// The organisation.
			organization: OrganizationId,
			/// The role.
			role: Role,
		},
		/// Governance revoked a role.
		RoleRevoked {
			/// The organisation.
			organization: OrganizationId,
			/// The role.
			role: Role,
		},
		/// An account became a member of an organisation.
		MemberAdded {
			/// The organisation.
			organization: OrganizationId,
			/// The member account.
			account: T::AccountId,
			/// Whether it is an admin.
			is_admin: bool,
		},
		/// An account stopped being a member.
		MemberRemoved {
			/// The organisation.
			organization: OrganizationId,
			/// The former member account.
			account: T::AccountId,
		},
		/// An organisation's credentials commitment changed.
		CredentialsUpdated {
			/// The organisation.
			organization: OrganizationId,
		},
		/// Another admin casts the organisation's vote from now on.
		VoterChanged {
			/// The organisation.
			organization: OrganizationId,
			/// The former voter.
			from: T::AccountId,
			/// The voter now.
			to: T::AccountId,
		},
		/// Governance assigned a GS1 Company Prefix to an organisation.
		CompanyPrefixAssigned {
			/// The prefix.
			prefix: CompanyPrefix,
			/// The organisation that registers products under it from now on.
			organization: OrganizationId,
		},
		/// A GS1 Company Prefix was withdrawn (by governance, or with its organisation).
		CompanyPrefixWithdrawn {
			/// The prefix.
			prefix: CompanyPrefix,
			/// The organisation that held it.
			organization: OrganizationId,
		},
	}

	/// Errors of the registry.
	#[pallet::error]
	pub enum Error<T> {
		/// No such organisation.
		NotFound,
		/// The caller may not do this: it is not an admin of the organisation concerned.
		NotAuthorized,
		/// The account is already a member of an organisation.
		AlreadyMember,
		/// The account is not a member of any organisation.
		NotMember,
		/// An organisation needs at least one role at admission.
		NoRoles,
		/// The same role appears twice.
		DuplicateRole,
		/// The organisation already holds this role.
		RoleAlreadyGranted,
		/// The organisation does not hold this role.
		RoleNotGranted,
		/// The role is already suspended.
		RoleAlreadySuspended,
		/// The role is not suspended.
		RoleNotSuspended,
		/// More roles than `MaxRoles`.
		TooManyRoles,
		/// More members than `MaxMembers`.
		TooManyMembers,
		/// The last admin of an organisation cannot leave or be removed or demoted.
		LastAdmin,
		/// All organisation ids are used.
		IdsExhausted,
		/// The account is its organisation's voter: another admin must become the voter first
		/// (`set_voter`).
		VoterCannotLeave,
		/// The new voter must be an admin account of the same organisation.
		VoterNotAdmin,
		/// The account is the organisation's voter already.
		AlreadyVoter,
		/// Only the organisation's voter casts its vote or names another voter.
		NotVoter,
		/// The organisation has a suspended role (or no role left): it does not vote or submit
		/// until governance reinstates it.
		OrganizationSuspended,
		/// Not a GS1 Company Prefix: it has 4 to 12 digits.
		InvalidCompanyPrefix,
		/// The prefix is assigned already, or overlaps one that is (begins with it, or is begun
		/// with by it): GS1 prefixes never overlap.
		CompanyPrefixTaken,
		/// The prefix is not assigned to any organisation.
		CompanyPrefixNotAssigned,
		/// The organisation holds `MaxCompanyPrefixes` prefixes already.
		TooManyCompanyPrefixes,
	}

	/// A genesis organisation: first admin, roles, credentials commitment, further members.
	pub type GenesisOrganization<AccountId> = (AccountId, Vec<Role>, Commitment, Vec<AccountId>);

	/// Organisations that exist from genesis (the development chain's demo organisations).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Each entry: first admin, roles, credentials commitment, and further (non-admin)
		/// member accounts, whose deposits the admin pays. Admitted in order, so ids follow it.
		pub organizations: Vec<GenesisOrganization<T::AccountId>>,
		/// GS1 Company Prefixes assigned at genesis, after the organisations: the organisation's
		/// id (its place in `organizations`) and the prefix.
		pub company_prefixes: Vec<(OrganizationId, CompanyPrefix)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (admin, roles, credentials, members) in &self.organizations {
				let roles = BoundedVec::try_from(roles.clone())
					.expect("genesis organisation holds more than MaxRoles roles");
				// No activation time kept: genesis roles have been active since 0.
				let id = Pallet::<T>::do_admit(admin.clone(), roles, *credentials, None)
					.expect("genesis organisation must be admissible (funded, distinct admin)");
				for member in members {
					Pallet::<T>::do_add_member(admin.clone(), id, member.clone(), false)
						.expect("genesis member must be addable (funded admin, distinct account)");
				}
			}
			for (organization, prefix) in &self.company_prefixes {
				Pallet::<T>::do_assign_prefix(*organization, *prefix)
					.expect("genesis prefix must be assignable (valid, no overlap, within bound)");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxRoles::get() >= 1, "an organisation must be able to hold a role");
			assert!(T::MaxMembers::get() >= 1, "an organisation needs its admin");
			assert!(T::MaxCompanyPrefixes::get() >= 1, "a maker needs a GS1 Company Prefix");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admits an organisation with `roles` and `admin` as its first admin account.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Holds [`Config::OrganizationDeposit`] from
		/// `admin`, who becomes the organisation's voter; the organisation's seat in the governing
		/// body is created in the same call. Its roles are active since now
		/// ([`RoleActiveSince`]). Emits [`Event::OrganizationAdmitted`] and one
		/// [`Event::RoleGranted`] per role.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::admit(roles.len() as u32))]
		pub fn admit(
			origin: OriginFor<T>,
			admin: T::AccountId,
			roles: BoundedVec<Role, T::MaxRoles>,
			credentials: Commitment,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_admit(admin, roles, credentials, Some(T::Time::now())).map(|_| ())
		}

		/// Removes an organisation and all its member accounts, releasing every deposit.
		///
		/// Its seat in the governing body goes with it, and so do its roles' activation times
		/// ([`RoleActiveSince`]) and its GS1 Company Prefixes.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits [`Event::MemberRemoved`] per member,
		/// [`Event::CompanyPrefixWithdrawn`] per prefix and [`Event::OrganizationRemoved`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove(T::MaxMembers::get()))]
		pub fn remove(
			origin: OriginFor<T>,
			organization: OrganizationId,
		) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let org = Organizations::<T>::get(organization).ok_or(Error::<T>::NotFound)?;
			let mut removed = 0u32;
			for (account, ()) in OrganizationMembers::<T>::drain_prefix(organization) {
				if let Some(membership) = Members::<T>::take(&account) {
					Self::release_member_deposit(&membership)?;
				}
				removed = removed.saturating_add(1);
				Self::deposit_event(Event::MemberRemoved { organization, account });
			}
			T::Currency::release(
				&HoldReason::OrganizationDeposit.into(),
				&org.depositor,
				org.deposit,
				Precision::Exact,
			)?;
			T::Seats::remove_seat(organization)?;
			// Only roles the organisation holds have an activation time (at most `MaxRoles`).
			for role in org.roles.keys() {
				RoleActiveSince::<T>::remove(organization, role);
			}
			// At most `MaxCompanyPrefixes`, each with at most eight shorter entries.
			for prefix in PrefixesOf::<T>::take(organization) {
				Self::release_prefix(prefix);
				Self::deposit_event(Event::CompanyPrefixWithdrawn { prefix, organization });
			}
			Organizations::<T>::remove(organization);
			Self::deposit_event(Event::OrganizationRemoved { organization });
			Ok(Some(T::WeightInfo::remove(removed)).into())
		}

		/// Grants `role` to an organisation, active at once (since now: [`RoleActiveSince`]).
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits [`Event::RoleGranted`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::grant_role())]
		pub fn grant_role(
			origin: OriginFor<T>,
			organization: OrganizationId,
			role: Role,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::mutate_org(organization, |org| {
				ensure!(!org.roles.contains_key(&role), Error::<T>::RoleAlreadyGranted);
				org.roles
					.try_insert(role, RoleStatus::Active)
					.map_err(|_| Error::<T>::TooManyRoles)?;
				Ok(())
			})?;
			RoleActiveSince::<T>::insert(organization, role, T::Time::now());
			Self::deposit_event(Event::RoleGranted { organization, role });
			Ok(())
		}

		/// Suspends an active role: the organisation may not act in it, nor vote, until
		/// reinstated. Its activation time ([`RoleActiveSince`]) is cleared.
		///
		/// Origin: [`Config::SuspendOrigin`]. Emits [`Event::RoleSuspended`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::suspend_role())]
		pub fn suspend_role(
			origin: OriginFor<T>,
			organization: OrganizationId,
			role: Role,
		) -> DispatchResult {
			T::SuspendOrigin::ensure_origin(origin)?;
			Self::change_role_status(
				organization,
				role,
				RoleStatus::Suspended,
				Error::<T>::RoleAlreadySuspended,
			)?;
			RoleActiveSince::<T>::remove(organization, role);
			Self::deposit_event(Event::RoleSuspended { organization, role });
			Ok(())
		}

		/// Reinstates a suspended role, active again since now ([`RoleActiveSince`]).
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits [`Event::RoleReinstated`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::reinstate_role())]
		pub fn reinstate_role(
			origin: OriginFor<T>,
			organization: OrganizationId,
			role: Role,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::change_role_status(
				organization,
				role,
				RoleStatus::Active,
				Error::<T>::RoleNotSuspended,
			)?;
			RoleActiveSince::<T>::insert(organization, role, T::Time::now());
			Self::deposit_event(Event::RoleReinstated { organization, role });
			Ok(())
		}

		/// Revokes a role, active or suspended.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits [`Event::RoleRevoked`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_role())]
		pub fn revoke_role(
			origin: OriginFor<T>,
			organization: OrganizationId,
			role: Role,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::mutate_org(organization, |org| {
				org.roles.remove(&role).ok_or(Error::<T>::RoleNotGranted)?;
				Ok(())
			})?;
			RoleActiveSince::<T>::remove(organization, role);
			Self::deposit_event(Event::RoleRevoked { organization, role });
			Ok(())
		}

		/// Adds `account` as a member of the caller's organisation.
		///
		/// Origin: a signed admin member. Holds [`Config::MemberDeposit`] from the caller.
		/// Emits [`Event::MemberAdded`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::add_member())]
		pub fn add_member(
			origin: OriginFor<T>,
			account: T::AccountId,
			is_admin: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let organization = Self::admin_organization(&who)?;
			Self::do_add_member(who, organization, account, is_admin)
		}

		/// Removes `account` from its organisation and releases its deposit to whoever paid it.
		///
		/// Origin: a signed admin of the same organisation, or `account` itself (leaving). The
		/// last admin cannot be removed, nor the organisation's voter. Emits
		/// [`Event::MemberRemoved`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::remove_member())]
		pub fn remove_member(origin: OriginFor<T>, account: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let membership = Members::<T>::get(&account).ok_or(Error::<T>::NotMember)?;
			let organization = membership.organization;
			if who != account {
				ensure!(Self::is_admin_of(&who, organization), Error::<T>::NotAuthorized);
			}
			let mut org = Organizations::<T>::get(organization).ok_or(Error::<T>::NotFound)?;
			if membership.is_admin {
				ensure!(org.admins > 1, Error::<T>::LastAdmin);
				org.admins = org.admins.saturating_sub(1);
			}
			ensure!(org.voter != account, Error::<T>::VoterCannotLeave);
			org.members = org.members.saturating_sub(1);
			Self::release_member_deposit(&membership)?;
			Organizations::<T>::insert(organization, org);
			Members::<T>::remove(&account);
			OrganizationMembers::<T>::remove(organization, &account);
			Self::deposit_event(Event::MemberRemoved { organization, account });
			Ok(())
		}

		/// Replaces the caller's organisation's credentials commitment.
		///
		/// Origin: a signed admin member. Emits [`Event::CredentialsUpdated`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_credentials())]
		pub fn set_credentials(origin: OriginFor<T>, credentials: Commitment) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let organization = Self::admin_organization(&who)?;
			Self::mutate_org(organization, |org| {
				org.credentials = credentials;
				Ok(())
			})?;
			Self::deposit_event(Event::CredentialsUpdated { organization });
			Ok(())
		}

		/// Makes `voter`, an admin account of `organization`, the one that casts the
		/// organisation's vote (a key rotation). The seat and any vote it cast stay the same.
		///
		/// Origin: the organisation's current voter, or [`Config::GovernanceOrigin`] (a lost or
		/// compromised voter key). Emits [`Event::VoterChanged`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_voter())]
		pub fn set_voter(
			origin: OriginFor<T>,
			organization: OrganizationId,
			voter: T::AccountId,
		) -> DispatchResult {
			let mut org = Organizations::<T>::get(organization).ok_or(Error::<T>::NotFound)?;
			if T::GovernanceOrigin::try_origin(origin.clone()).is_err() {
				let who = ensure_signed(origin)?;
				ensure!(who == org.voter, Error::<T>::NotVoter);
			}
			ensure!(Self::is_admin_of(&voter, organization), Error::<T>::VoterNotAdmin);
			ensure!(org.voter != voter, Error::<T>::AlreadyVoter);
			let from = core::mem::replace(&mut org.voter, voter.clone());
			Organizations::<T>::insert(organization, org);
			Self::deposit_event(Event::VoterChanged { organization, from, to: voter });
			Ok(())
		}

		/// Casts, or changes, the caller's organisation's vote on poll `poll` (a referendum of
		/// the governing body): one vote per organisation, whoever its voter is.
		///
		/// Origin: the organisation's voter; the organisation must have no suspended role.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::vote().saturating_add(T::Seats::vote_weight()))]
		pub fn vote(origin: OriginFor<T>, poll: u32, aye: bool) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let organization = Self::voting_organization(&who)?;
			T::Seats::vote(organization, poll, aye)
		}

		/// Assigns GS1 Company Prefix `prefix` to `organization`, which from now on is the only
		/// one that registers products whose GTIN begins with it (after the indicator digit) and
		/// packs cases whose SSCC begins with it (after the extension digit). Refused if it
		/// overlaps an assigned prefix.
		///
		/// Origin: [`Config::GovernanceOrigin`] (GS1 licensed the prefix to the organisation).
		/// Emits [`Event::CompanyPrefixAssigned`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::assign_company_prefix())]
		pub fn assign_company_prefix(
			origin: OriginFor<T>,
			organization: OrganizationId,
			prefix: CompanyPrefix,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_assign_prefix(organization, prefix)
		}

		/// Withdraws GS1 Company Prefix `prefix` from the organisation holding it. Products
		/// registered and cases packed under it stay; no new ones are registered or packed until
		/// it is assigned again.
		///
		/// Origin: [`Config::GovernanceOrigin`]. Emits [`Event::CompanyPrefixWithdrawn`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::withdraw_company_prefix())]
		pub fn withdraw_company_prefix(
			origin: OriginFor<T>,
			prefix: CompanyPrefix,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let organization = CompanyPrefixes::<T>::get(prefix)
				.and_then(|entry| entry.holder)
				.ok_or(Error::<T>::CompanyPrefixNotAssigned)?;
			PrefixesOf::<T>::mutate_exists(organization, |held| {
				if let Some(list) = held {
					list.retain(|p| *p != prefix);
					if list.is_empty() {
						*held = None;
					}
				}
			});
			Self::release_prefix(prefix);
			Self::deposit_event(Event::CompanyPrefixWithdrawn { prefix, organization });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Admits an organisation (the body of [`Pallet::admit`], also used at genesis). Its
		/// roles are recorded as active since `active_since`; with `None` (genesis) no time is
		/// kept, so they report 0.
		pub(crate) fn do_admit(
			admin: T::AccountId,
			roles: BoundedVec<Role, T::MaxRoles>,
			credentials: Commitment,
			active_since: Option<Moment>,
		) -> Result<OrganizationId, DispatchError> {
			ensure!(!roles.is_empty(), Error::<T>::NoRoles);
			ensure!(!Members::<T>::contains_key(&admin), Error::<T>::AlreadyMember);
			let mut role_map = BoundedBTreeMap::<Role, RoleStatus, T::MaxRoles>::new();
			for role in roles.iter() {
				let previous = role_map
					.try_insert(*role, RoleStatus::Active)
					.map_err(|_| Error::<T>::TooManyRoles)?;
				ensure!(previous.is_none(), Error::<T>::DuplicateRole);
			}
			let id = NextOrganizationId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let deposit = T::OrganizationDeposit::get();
			T::Currency::hold(&HoldReason::OrganizationDeposit.into(), &admin, deposit)?;

			T::Seats::add_seat(id)?;
			let now = frame_system::Pallet::<T>::block_number();
			NextOrganizationId::<T>::put(next);
			Organizations::<T>::insert(
				id,
				Organization {
					roles: role_map,
					credentials,
					members: 1,
					admins: 1,
					depositor: admin.clone(),
					voter: admin.clone(),
					deposit,
					created: now,
					updated: now,
				},
			);
			Members::<T>::insert(
				&admin,
				Membership {
					organization: id,
					is_admin: true,
					depositor: None,
					deposit: Default::default(),
				},
			);
			OrganizationMembers::<T>::insert(id, &admin, ());
			Self::deposit_event(Event::OrganizationAdmitted { organization: id, admin });
			for role in roles {
				if let Some(since) = active_since {
					RoleActiveSince::<T>::insert(id, role, since);
				}
				Self::deposit_event(Event::RoleGranted { organization: id, role });
			}
			Ok(id)
		}

		/// Assigns `prefix` to `organization` (the body of [`Pallet::assign_company_prefix`], also
		/// used at genesis): refused if the organisation does not exist, the prefix is invalid or
		/// overlaps an assigned one, or the organisation holds as many as it may.
		pub(crate) fn do_assign_prefix(
			organization: OrganizationId,
			prefix: CompanyPrefix,
		) -> DispatchResult {
			ensure!(prefix.is_valid(), Error::<T>::InvalidCompanyPrefix);
			ensure!(Organizations::<T>::contains_key(organization), Error::<T>::NotFound);
			// Neither assigned nor extended by an assigned one...
			ensure!(CompanyPrefixes::<T>::get(prefix).is_none(), Error::<T>::CompanyPrefixTaken);
			// ...nor an extension of an assigned one.
			ensure!(
				prefix
					.shorter()
					.all(|p| CompanyPrefixes::<T>::get(p).is_none_or(|e| e.holder.is_none())),
				Error::<T>::CompanyPrefixTaken
			);
			PrefixesOf::<T>::try_mutate(organization, |held| held.try_push(prefix))
				.map_err(|_| Error::<T>::TooManyCompanyPrefixes)?;
			for p in prefix.shorter() {
				CompanyPrefixes::<T>::mutate(p, |entry| {
					let entry = entry.get_or_insert_with(Default::default);
					entry.longer = entry.longer.saturating_add(1);
				});
			}
			CompanyPrefixes::<T>::insert(
				prefix,
				PrefixEntry { holder: Some(organization), longer: 0 },
			);
			Self::deposit_event(Event::CompanyPrefixAssigned { prefix, organization });
			Ok(())
		}

		/// The holder of the assigned prefix among `prefix_of(4)`, `prefix_of(5)`, …,
		/// `prefix_of(12)` (a GS1 key's first digits of each length), shortest first: a missing
		/// entry ends the search, since every assigned prefix keeps an entry at each shorter
		/// length. At most nine reads.
		fn holder_of_key(prefix_of: impl Fn(u8) -> CompanyPrefix) -> Option<OrganizationId> {
			for digits in CompanyPrefix::MIN_DIGITS..=CompanyPrefix::MAX_DIGITS {
				let entry = CompanyPrefixes::<T>::get(prefix_of(digits))?;
				if entry.holder.is_some() {
					return entry.holder;
				}
			}
			None
		}

		/// Clears assigned prefix `prefix` and its count in every shorter entry, removing the
		/// entries left empty (the caller has taken it out of its holder's list).
		fn release_prefix(prefix: CompanyPrefix) {
			CompanyPrefixes::<T>::remove(prefix);
			for p in prefix.shorter() {
				CompanyPrefixes::<T>::mutate_exists(p, |entry| {
					if let Some(e) = entry {
						e.longer = e.longer.saturating_sub(1);
						if e.longer == 0 && e.holder.is_none() {
							*entry = None;
						}
					}
				});
			}
		}

		/// Adds `account` to `organization`, holding the member deposit from `depositor` (the
		/// body of [`Pallet::add_member`], also used at genesis).
		pub(crate) fn do_add_member(
			depositor: T::AccountId,
			organization: OrganizationId,
			account: T::AccountId,
			is_admin: bool,
		) -> DispatchResult {
			ensure!(!Members::<T>::contains_key(&account), Error::<T>::AlreadyMember);
			let mut org = Organizations::<T>::get(organization).ok_or(Error::<T>::NotFound)?;
			ensure!(org.members < T::MaxMembers::get(), Error::<T>::TooManyMembers);
			let deposit = T::MemberDeposit::get();
			T::Currency::hold(&HoldReason::MemberDeposit.into(), &depositor, deposit)?;

			org.members = org.members.saturating_add(1);
			if is_admin {
				org.admins = org.admins.saturating_add(1);
			}
			Organizations::<T>::insert(organization, org);
			Members::<T>::insert(
				&account,
				Membership { organization, is_admin, depositor: Some(depositor), deposit },
			);
			OrganizationMembers::<T>::insert(organization, &account, ());
			Self::deposit_event(Event::MemberAdded { organization, account, is_admin });
			Ok(())
		}

		/// The organisation whose voter `who` is, provided it may vote now (no suspended role).
		pub fn voting_organization(who: &T::AccountId) -> Result<OrganizationId, DispatchError> {
			let organization = Members::<T>::get(who).ok_or(Error::<T>::NotVoter)?.organization;
			let org = Organizations::<T>::get(organization).ok_or(Error::<T>::NotFound)?;
			ensure!(org.voter == *who, Error::<T>::NotVoter);
			ensure!(Self::in_good_standing(&org), Error::<T>::OrganizationSuspended);
			Ok(organization)
		}

		/// Whether `org` holds at least one role and none of them is suspended.
		fn in_good_standing(org: &OrganizationOf<T>) -> bool {
			!org.roles.is_empty() && org.roles.values().all(|status| *status == RoleStatus::Active)
		}

		/// Whether `who` is an admin of `organization`.
		fn is_admin_of(who: &T::AccountId, organization: OrganizationId) -> bool {
			Self::admin_organization(who).ok() == Some(organization)
		}

		/// The organisation `who` is an admin of.
		fn admin_organization(who: &T::AccountId) -> Result<OrganizationId, DispatchError> {
			match Members::<T>::get(who) {
				Some(m) if m.is_admin => Ok(m.organization),
				_ => Err(Error::<T>::NotAuthorized.into()),
			}
		}

		/// Applies `f` to an organisation and stamps `updated`.
		fn mutate_org(
			organization: OrganizationId,
			f: impl FnOnce(&mut OrganizationOf<T>) -> DispatchResult,
		) -> DispatchResult {
			Organizations::<T>::try_mutate(organization, |maybe| {
				let org = maybe.as_mut().ok_or(Error::<T>::NotFound)?;
				f(org)?;
				org.updated = frame_system::Pallet::<T>::block_number();
				Ok(())
			})
		}

		/// Moves a granted role to `to`; `already` is the error when it is there already.
		fn change_role_status(
			organization: OrganizationId,
			role: Role,
			to: RoleStatus,
			already: Error<T>,
		) -> DispatchResult {
			Self::mutate_org(organization, |org| {
				let status = org.roles.get_mut(&role).ok_or(Error::<T>::RoleNotGranted)?;
				ensure!(*status != to, already);
				*status = to;
				Ok(())
			})
		}

		fn release_member_deposit(membership: &MembershipOf<T>) -> DispatchResult {
			if let Some(depositor) = &membership.depositor {
				T::Currency::release(
					&HoldReason::MemberDeposit.into(),
					depositor,
					membership.deposit,
					Precision::Exact,
				)?;
			}
			Ok(())
		}

		/// The organisation `id`, as the runtime API reports it.
		pub fn organization_info(
			id: OrganizationId,
		) -> Option<OrganizationInfo<T::AccountId, BlockNumberFor<T>>> {
			let org = Organizations::<T>::get(id)?;
			let members = OrganizationMembers::<T>::iter_key_prefix(id)
				.take(T::MaxMembers::get() as usize)
				.filter_map(|account| {
					Members::<T>::get(&account)
						.map(|m| MemberInfo { account: account.clone(), is_admin: m.is_admin })
				})
				.collect::<Vec<_>>();
			Some(OrganizationInfo {
				id,
				roles: org.roles.into_iter().collect(),
				credentials: org.credentials,
				members,
				created: org.created,
				updated: org.updated,
			})
		}

		/// The organisations `who` is a member of (at most one), for the runtime API.
		pub fn organizations_of(who: &T::AccountId) -> Vec<OrganizationId> {
			<Self as OrganizationRegistry<T::AccountId>>::organization_of(who).into_iter().collect()
		}
	}

	impl<T: Config> PrefixHolders for Pallet<T> {
		/// From the GTIN's 4-digit prefix up: the first entry with a holder answers, and a
		/// length with no entry means no assigned prefix is that long or longer. At most nine
		/// reads; one when no assigned prefix begins with the GTIN's first four digits.
		fn holder_of_gtin(gtin: Gtin) -> Option<OrganizationId> {
			Self::holder_of_key(|digits| gtin.company_prefix(digits))
		}

		fn holder_of_sscc(sscc: Sscc) -> Option<OrganizationId> {
			Self::holder_of_key(|digits| sscc.company_prefix(digits))
		}
	}

	impl<T: Config> OrganizationRegistry<T::AccountId> for Pallet<T> {
		fn organization_of(who: &T::AccountId) -> Option<OrganizationId> {
			Members::<T>::get(who).map(|m| m.organization)
		}

		fn exists(org: OrganizationId) -> bool {
			Organizations::<T>::contains_key(org)
		}

		fn has_active_role(org: OrganizationId, role: Role) -> bool {
			Organizations::<T>::get(org)
				.is_some_and(|o| o.roles.get(&role) == Some(&RoleStatus::Active))
		}

		fn is_active(org: OrganizationId) -> bool {
			Organizations::<T>::get(org).is_some_and(|o| Self::in_good_standing(&o))
		}

		fn role_active_since(org: OrganizationId, role: Role) -> Option<Moment> {
			if !Self::has_active_role(org, role) {
				return None;
			}
			Some(RoleActiveSince::<T>::get(org, role).unwrap_or(0))
		}
	}
}

/// Accepts a signed account that is an organisation's voter, its organisation in good standing
/// (no suspended role): who may submit a referendum to the governing body. The account pays the
/// submission deposit. Where an `EnsureOriginWithArg` is wanted, wrap it in
/// `AsEnsureOriginWithArg`.
pub struct EnsureVoter<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::EnsureOrigin<T::RuntimeOrigin> for EnsureVoter<T> {
	type Success = T::AccountId;

	fn try_origin(o: T::RuntimeOrigin) -> Result<Self::Success, T::RuntimeOrigin> {
		let Some(who) = frame_support::traits::OriginTrait::as_signer(&o).cloned() else {
			return Err(o);
		};
		match Pallet::<T>::voting_organization(&who) {
			Ok(_) => Ok(who),
			Err(_) => Err(o),
		}
	}

	/// No voter exists in an empty benchmark state.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<T::RuntimeOrigin, ()> {
		Err(())
	}
}
