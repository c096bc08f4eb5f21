//! The load generator against a real dev node, briefly: it sets up its accounts and
//! organisations, runs three workloads (transfers, ship/receive with its dependent receipts, and
//! claims, each of which the rules must approve in its block), the last two each between two
//! transfer windows, and must account for every extrinsic it submitted.

use std::process::Command;

#[test]
fn a_short_run_settles_every_extrinsic_and_writes_the_table() {
	let node = std::env::var("HEALTHCHAIN_NODE")
		.expect("HEALTHCHAIN_NODE names the node binary (source scripts/env.sh)");
	let table = std::env::temp_dir().join(format!("bench-table-{}.md", std::process::id()));
	let output = Command::new(env!("CARGO_BIN_EXE_healthchain-bench"))
		.args(["--node", &node, "--duration", "4", "--max-rate", "100"])
		.args(["--workloads", "transfer,ship-receive,claim", "--markdown"])
		.arg(&table)
		.output()
		.expect("healthchain-bench runs");
	let stdout = String::from_utf8_lossy(&output.stdout);
	assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
	let table = std::fs::read_to_string(&table).expect("the table was written");
	let rows: Vec<Vec<&str>> = table
		.lines()
		.filter(|l| ["| transfer ", "| ship-receive ", "| claim "].iter().any(|w| l.starts_with(w)))
		.map(|l| l.split('|').map(str::trim).collect())
		.collect();
	// Transfers open the run and follow every other workload, which each compare with the
	// transfer windows around them.
	let order: Vec<&str> = rows.iter().map(|row| row[1]).collect();
	assert_eq!(order, ["transfer", "ship-receive", "transfer", "claim", "transfer"], "{table}");
	for row in rows.iter().filter(|row| row[1] != "transfer") {
		let around: Vec<f64> = row[16]
			.split(" / ")
			.map(|r| r.parse().unwrap_or_else(|_| panic!("transfers around it: {row:?}")))
			.collect();
		assert_eq!(around.len(), 2, "{row:?}");
		let ratio: f64 = row[3].parse().unwrap_or_else(|_| panic!("{row:?}"));
		let rate: f64 = row[2].parse().unwrap_or_else(|_| panic!("{row:?}"));
		let expected = rate / ((around[0] + around[1]) / 2.0);
		// The rates are printed rounded to whole extrinsics a second, the ratio to hundredths.
		let slack = expected * (0.5 / rate + 0.5 / around[0].min(around[1])) + 0.005;
		assert!((ratio - expected).abs() <= slack, "{ratio} against {expected}: {row:?}");
	}
	assert!(!table.contains("not approved by the rules"), "{table}");
	for row in rows {
		// | workload | rate | ratio | submitted | ok | failed | rejected | lost | …
		let number = |i: usize| row[i].parse::<f64>().unwrap_or_else(|_| panic!("{row:?}"));
		assert!(number(2) > 0.0, "nothing sustained: {row:?}");
		assert!(number(5) > 0.0, "nothing included: {row:?}");
		assert_eq!((number(6), number(7), number(8)), (0.0, 0.0, 0.0), "{row:?}\n{stdout}");
		assert_eq!(number(4), number(5), "submitted = included ok: {row:?}");
	}
}
