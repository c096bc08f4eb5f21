//! Invariants of the trials registry, checked after every unit test and under try-runtime.

use frame_support::{ensure, traits::Get};
use healthchain_primitives::trials::TrialStatus;
use sp_runtime::TryRuntimeError;

use crate::{Amendments, Config, Enrolments, NextTrialId, Pallet, Participations, Trials};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every trial id is below `NextTrialId`, its protocol version is 1 plus its amendments
	///   (each stored, none beyond), within `MaxAmendments`, with at least one primary outcome;
	/// - a trial's enrolment count less its released enrolments is its number of stored
	///   enrolments, each under an existing version; only closed trials release;
	/// - a trial needing re-consent from a version names an amendment that asked for it;
	/// - every enrolment is listed among its participant's participations, exactly once, and
	///   every participation has its enrolment.
	/// - a trial's data use names at least one class and one action;
	/// - a trial with results is active and no longer recruiting, completed or terminated, and
	///   its protocol in force is no younger than its results.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextTrialId::<T>::get();
		for (id, t) in Trials::<T>::iter() {
			ensure!(id < next, "trial id at or above NextTrialId");
			ensure!(
				t.data_use.classes.iter().all(|c| c.is_allowed_on_chain()),
				"a sensitive category stored in plain"
			);
			let version = t.protocol.version;
			ensure!(version >= 1, "protocol version 0");
			ensure!(version <= T::MaxAmendments::get() + 1, "more amendments than allowed");
			for v in 2..=version {
				ensure!(Amendments::<T>::contains_key(id, v), "missing amendment");
			}
			ensure!(!Amendments::<T>::contains_key(id, version + 1), "amendment beyond version");
			ensure!(!t.protocol.primary_outcomes.is_empty(), "no primary outcome");
			let mut enrolled = 0u32;
			for (participant, e) in Enrolments::<T>::iter_prefix(id) {
				enrolled += 1;
				ensure!(e.version >= 1 && e.version <= version, "enrolment under unknown version");
				let listed = Participations::<T>::get(&participant);
				ensure!(
					listed.iter().filter(|t| **t == id).count() == 1,
					"enrolment not listed once among the participations"
				);
			}
			ensure!(
				!t.data_use.classes.is_empty() && !t.data_use.actions.is_empty(),
				"empty data use"
			);
			ensure!(
				Some(enrolled) == t.enrolled.checked_sub(t.released),
				"enrolment count differs"
			);
			ensure!(t.released == 0 || t.status.is_closed(), "released from an open trial");
			if let Some((_, at)) = t.results {
				ensure!(
					matches!(
						t.status,
						TrialStatus::ActiveNotRecruiting
							| TrialStatus::Completed
							| TrialStatus::Terminated(_)
					),
					"results from a trial still before or in recruitment"
				);
				let amended_at = Amendments::<T>::get(id, version).map(|a| a.at);
				ensure!(amended_at.is_none_or(|a| a <= at), "protocol amended after the results");
			}
			if t.reconsent_from > 0 {
				let asked = Amendments::<T>::get(id, t.reconsent_from)
					.is_some_and(|a| a.reconsent_required);
				ensure!(asked, "re-consent without an amendment asking for it");
			}
		}
		for (participant, trials) in Participations::<T>::iter() {
			ensure!(!trials.is_empty(), "empty participation list stored");
			for trial in trials.iter() {
				ensure!(
					Enrolments::<T>::contains_key(trial, &participant),
					"participation without enrolment"
				);
			}
		}
		Ok(())
	}
}
