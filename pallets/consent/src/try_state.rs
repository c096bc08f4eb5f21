//! Invariants of the consent pallet, checked after every unit test and under try-runtime.

use frame_support::{
	ensure,
	traits::{Get, Time},
};
use healthchain_primitives::consent::ConsentStatus;
use sp_runtime::TryRuntimeError;

use crate::{
	Config, ConsentRule, Consents, NextConsentId, NextSessionId, OpenSessions, Pallet, Proxies,
	Sessions, SubjectConsents, SubjectSessions,
};

impl<T: Config> Pallet<T> {
	/// Checks that:
	/// - every consent is listed exactly once under its subject, with an id below
	///   `NextConsentId`, and every listed id exists, in ascending order, its listed rule equal
	///   to the stored consent's terms, and no list is longer than `MaxConsentsPerSubject`
	///   (a bound lowered without migrating the lists) or is not a list of rules at all;
	/// - a superseded consent names its successor, which names it back; only non-active
	///   consents have an end time;
	/// - every session is listed under its subject, below `NextSessionId`, and vice versa;
	///   each patient's open sessions exist, are theirs, ascend and stay within the bound, and
	///   every session whose access is open now is among them (what `break_glass_open` relies
	///   on to read one session, not the list);
	/// - every consent was in force no earlier than it was stored;
	/// - no patient is their own proxy or has a proxy twice.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextConsentId::<T>::get();
		let mut listed = 0usize;
		// A longer list does not decode as `ConsentRules`, so `iter` below would skip it, and
		// so would it skip a value that is not a list of rules at all.
		for subject in SubjectConsents::<T>::iter_keys() {
			let key = SubjectConsents::<T>::hashed_key_for(&subject);
			ensure!(
				Pallet::<T>::stored_rules(&key).is_ok(),
				"a patient's list is not a list of rules"
			);
			ensure!(
				SubjectConsents::<T>::decode_len(&subject).unwrap_or(0) as u32
					<= T::MaxConsentsPerSubject::get(),
				"a patient's list is longer than MaxConsentsPerSubject"
			);
		}
		for (subject, rules) in SubjectConsents::<T>::iter() {
			ensure!(
				rules.windows(2).all(|w| w.first().map(|r| r.id) < w.last().map(|r| r.id)),
				"consent ids not ascending"
			);
			for rule in rules.iter() {
				let c = Consents::<T>::get(rule.id).ok_or("listed consent does not exist")?;
				ensure!(c.subject == subject, "consent listed under another subject");
				ensure!(*rule == ConsentRule::of(rule.id, &c), "listed rule differs from consent");
			}
			listed += rules.len();
		}
		let mut stored = 0usize;
		for (id, c) in Consents::<T>::iter() {
			stored += 1;
			ensure!(
				c.classes.iter().all(|class| class.is_allowed_on_chain()),
				"a sensitive category stored in plain"
			);
			ensure!(id < next, "consent id at or above NextConsentId");
			ensure!(
				(c.status == ConsentStatus::Active) == c.ended_at.is_none(),
				"end time and status disagree"
			);
			ensure!(c.valid_from >= c.created_at, "consent in force before it was stored");
			if c.status == ConsentStatus::Superseded {
				let successor = c.superseded_by.ok_or("superseded without successor")?;
				if let Some(s) = Consents::<T>::get(successor) {
					ensure!(s.supersedes == Some(id), "successor does not name its predecessor");
				}
			}
		}
		ensure!(listed == stored, "stored and listed consents differ");

		let next_session = NextSessionId::<T>::get();
		for (subject, ids) in OpenSessions::<T>::iter() {
			ensure!(!ids.is_empty(), "empty open-session list stored");
			ensure!(ids.len() as u32 <= T::MaxOpenSessions::get(), "too many open sessions");
			ensure!(ids.windows(2).all(|w| w.first() < w.last()), "open sessions not ascending");
			for id in ids.iter() {
				let s = Sessions::<T>::get(id).ok_or("open session does not exist")?;
				ensure!(s.subject == subject, "session open under another subject");
			}
		}
		let mut listed_sessions = 0usize;
		for (subject, id, ()) in SubjectSessions::<T>::iter() {
			let s = Sessions::<T>::get(id).ok_or("listed session does not exist")?;
			ensure!(s.subject == subject, "session listed under another subject");
			listed_sessions += 1;
		}
		let mut stored_sessions = 0usize;
		let now = T::Time::now();
		for (id, s) in Sessions::<T>::iter() {
			stored_sessions += 1;
			ensure!(id < next_session, "session id at or above NextSessionId");
			ensure!(s.opened_at <= s.expires_at, "session ends before it opens");
			ensure!(
				!s.open_at(now) || OpenSessions::<T>::get(&s.subject).contains(&id),
				"session open but not among its patient's open sessions"
			);
		}
		ensure!(listed_sessions == stored_sessions, "stored and listed sessions differ");

		for (subject, proxies) in Proxies::<T>::iter() {
			ensure!(!proxies.is_empty(), "empty proxy list stored");
			for (i, p) in proxies.iter().enumerate() {
				ensure!(p.account != subject, "patient is their own proxy");
				ensure!(
					!proxies.iter().take(i).any(|q| q.account == p.account),
					"proxy appointed twice"
				);
			}
		}
		Ok(())
	}
}
