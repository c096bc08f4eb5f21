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
	let cells = |l: &str| -> Vec<String> { l.split('|').map(|c| c.trim().to_string()).collect() };
	let header = cells(table.lines().find(|l| l.starts_with("| workload ")).expect("a header"));
	let column = |name: &str| {
		header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name}: {header:?}"))
	};
	let rows: Vec<Vec<String>> = table
		.lines()
		.filter(|l| ["| transfer ", "| ship-receive ", "| claim "].iter().any(|w| l.starts_with(w)))
		.map(cells)
		.collect();
	let number = |row: &[String], name: &str| -> f64 {
		row[column(name)].parse().unwrap_or_else(|_| panic!("{name}: {row:?}"))
	};
	// Transfers open the run and follow every other workload, which each compare with the
	// transfer windows around them.
	let order: Vec<&str> = rows.iter().map(|row| row[column("workload")].as_str()).collect();
	assert_eq!(order, ["transfer", "ship-receive", "transfer", "claim", "transfer"], "{table}");
	let first = number(&rows[0], "sustained ext/s");
	for row in &rows {
		let rate = number(row, "sustained ext/s");
		let around_cell = &row[column("transfers before / after (ext/s)")];
		// The rates are printed rounded to whole extrinsics a second, the ratios to hundredths:
		// a ratio of printed rates is within this of the printed ratio.
		let slack = |rate: f64, of: f64| {
			(rate / of) * ((1.0 + 0.5 / rate) / (1.0 - 0.5 / of) - 1.0) + 0.005
		};
		let to_first = number(row, "× the first transfer window");
		assert!((to_first - rate / first).abs() <= slack(rate, first), "{row:?}");
		if row[column("workload")] == "transfer" {
			assert_eq!(around_cell, "–", "{row:?}");
			continue;
		}
		let around: Vec<f64> = around_cell
			.split(" / ")
			.map(|r| r.parse().unwrap_or_else(|_| panic!("transfers around it: {row:?}")))
			.collect();
		assert_eq!(around.len(), 2, "{row:?}");
		let (mean, lowest) = ((around[0] + around[1]) / 2.0, around[0].min(around[1]));
		let ratio = number(row, "× transfers around it");
		assert!(
			(ratio - rate / mean).abs() <= slack(rate, lowest),
			"{ratio} against {}: {row:?}",
			rate / mean
		);
	}
	// A transfer window is compared with the mean of all of them: their ratios average one.
	let transfer_ratios: Vec<f64> = rows
		.iter()
		.filter(|row| row[column("workload")] == "transfer")
		.map(|row| number(row, "× transfers around it"))
		.collect();
	let average = transfer_ratios.iter().sum::<f64>() / transfer_ratios.len() as f64;
	assert!((average - 1.0).abs() <= 0.005, "{transfer_ratios:?}");
	assert!(!table.contains("not approved by the rules"), "{table}");
	for row in &rows {
		assert!(number(row, "sustained ext/s") > 0.0, "nothing sustained: {row:?}");
		assert!(number(row, "included ok") > 0.0, "nothing included: {row:?}");
		let settled = ["failed", "rejected", "lost"].map(|name| number(row, name));
		assert_eq!(settled, [0.0; 3], "{row:?}\n{stdout}");
		assert_eq!(
			number(row, "submitted"),
			number(row, "included ok"),
			"submitted = included ok: {row:?}"
		);
	}
}
