#!/usr/bin/env python3
"""Tests of scripts/bench-drift.py on probe files as scripts/benchmark-all.sh writes them:

    python3 scripts/test_bench_drift.py

Standard library only; scripts/test.sh runs it.
"""
import importlib.util
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

# scripts/weights-table.py, which the rows check reads weights files with, finds the runtime's
# database weights from the repository's root.
os.chdir(pathlib.Path(__file__).resolve().parent.parent)

spec = importlib.util.spec_from_file_location(
    "bench_drift", pathlib.Path(__file__).with_name("bench-drift.py")
)
drift = importlib.util.module_from_spec(spec)
spec.loader.exec_module(drift)


def judged(text, tolerance=10.0):
    return drift.disturbed(drift.parse(text.splitlines()), tolerance)


class Disturbed(unittest.TestCase):
    def test_a_steady_run_has_none(self):
        self.assertEqual(judged("probe 82.4\ngroup a\nprobe 84.0\ngroup b\nprobe 83.0\n"), [])

    def test_a_slow_probe_marks_the_groups_on_both_sides_of_it(self):
        text = "probe 82\ngroup a\nprobe 82\ngroup b\nprobe 116\ngroup c\nprobe 83\ngroup d\nprobe 82\n"
        self.assertEqual(judged(text), ["b", "c"])

    def test_the_least_probe_is_the_yardstick_wherever_it_falls(self):
        # The run's first probe was slow (as session 51's first run was from its start): the
        # groups before the machine sped up are marked, though no probe rose against the first.
        text = "probe 116\ngroup a\nprobe 115\ngroup b\nprobe 82\ngroup c\nprobe 83\n"
        self.assertEqual(judged(text), ["a", "b"])

    def test_the_tolerance_is_a_bound_not_a_step(self):
        text = "probe 100\ngroup a\nprobe 110\ngroup b\nprobe 110.1\n"
        self.assertEqual(judged(text), ["b"])
        self.assertEqual(judged(text, tolerance=20), [])

    def test_a_group_measured_again_is_judged_by_its_last_measurement(self):
        text = "probe 82\ngroup a\nprobe 120\ngroup b\nprobe 82\ngroup a\nprobe 83\ngroup b\nprobe 84\n"
        self.assertEqual(judged(text), [])

    def test_a_group_measured_again_while_still_slow_stays_marked_once(self):
        text = "probe 82\ngroup a\nprobe 120\ngroup a\nprobe 121\n"
        self.assertEqual(judged(text), ["a"])

    def test_a_group_without_a_probe_after_it_is_judged_by_the_one_before(self):
        self.assertEqual(judged("probe 82\ngroup a\nprobe 95\ngroup b\n"), ["a", "b"])
        self.assertEqual(judged("probe 82\ngroup a\nprobe 83\ngroup b\n"), [])

    def test_a_run_without_probes_is_refused(self):
        with self.assertRaises(ValueError):
            judged("group a\n")

    def test_a_line_of_another_kind_is_refused(self):
        with self.assertRaises(ValueError):
            judged("probe 82\nfailed a\n")
        with self.assertRaises(ValueError):
            judged("probe fast\n")


class Rows(unittest.TestCase):
    def test_slow_rows_mark_a_group_whose_probes_were_steady(self):
        text = "probe 82\ngroup a\nrows a 1.02\nprobe 83\ngroup b\nrows b 1.30\nprobe 82\n"
        self.assertEqual(judged(text), ["b"])

    def test_the_rows_tolerance_is_its_own(self):
        text = "probe 82\ngroup a\nrows a 1.12\nprobe 83\n"
        self.assertEqual(judged(text), [])
        self.assertEqual(drift.disturbed(drift.parse(text.splitlines()), 10, 10), ["a"])

    def test_rows_that_reproduce_are_a_change_of_the_code_not_a_disturbance(self):
        text = "probe 82\ngroup a\nrows a 1.30\nprobe 83\ngroup a\nrows a 1.27\nprobe 82\n"
        self.assertEqual(judged(text), [])

    def test_a_slow_measurement_after_a_steady_one_is_not_a_reproduction(self):
        # The first measurement was fine but a probe next to it was slow; the second is slow.
        text = "probe 82\ngroup a\nrows a 1.05\nprobe 100\ngroup a\nrows a 1.20\nprobe 82\n"
        self.assertEqual(judged(text), ["a"])

    def test_a_reproduction_agrees_within_half_the_tolerance(self):
        text = "probe 82\ngroup a\nrows a 1.30\nprobe 83\ngroup a\nrows a 1.42\nprobe 82\n"
        self.assertEqual(judged(text), ["a"])

    def test_rows_are_judged_against_the_machines_speed_that_day(self):
        # The committed run's reference took 70 µs, today's least probe 82: a day 1.17 × slower,
        # so rows 1.25 × the committed ones are 1.07 × in today's terms.
        text = "probe 82\ngroup a\nrows a 1.25\nprobe 83\n"
        self.assertEqual(judged(text), ["a"])
        self.assertEqual(judged("reference 70\n" + text), [])
        # And a faster day does not hide a disturbance: 1.10 × on a day 1.2 × faster.
        self.assertEqual(judged("reference 98.4\n" + text.replace("1.25", "1.10")), ["a"])

    def test_a_measurement_without_rows_does_not_inherit_the_earlier_ones(self):
        text = "probe 82\ngroup a\nrows a 1.30\nprobe 83\ngroup a\nprobe 82\n"
        self.assertEqual(judged(text), [])

    def test_the_reference_groups_own_row_is_its_probe_after_it(self):
        text = (
            "probe 82\ngroup pallet_balances\nprobe {own}\nrows pallet_balances 1.00\nprobe 83\n"
            "group b\nrows b 1.00\nprobe 82\n"
        )
        self.assertEqual(judged(text.format(own=82.4)), [])
        self.assertEqual(judged(text.format(own=120)), ["pallet_balances"])

    def test_rows_of_another_group_than_the_one_measured_are_refused(self):
        with self.assertRaises(ValueError):
            judged("probe 82\ngroup a\nrows b 1.00\nprobe 82\n")

    def test_rows_that_do_not_reproduce_stay_marked(self):
        text = "probe 82\ngroup a\nrows a 1.30\nprobe 83\ngroup a\nrows a 1.60\nprobe 82\n"
        self.assertEqual(judged(text), ["a"])

    def test_a_group_measured_again_at_its_usual_speed_is_not_marked(self):
        text = "probe 82\ngroup a\nrows a 1.30\nprobe 83\ngroup a\nrows a 1.01\nprobe 82\n"
        self.assertEqual(judged(text), [])

    def test_a_rows_line_does_not_hide_the_probe_after_its_group(self):
        text = "probe 82\ngroup a\nrows a 1.00\nprobe 120\n"
        self.assertEqual(judged(text), ["a"])

    def test_a_malformed_rows_line_is_refused(self):
        with self.assertRaises(ValueError):
            judged("probe 82\nrows a\n")


# A weights file as scripts/frame-weight-template.hbs writes one, reduced to what the table reads.
WEIGHTS = """\
//! Autogenerated weights for `pallet_example`
//! Machine `vm`, CPU `{cpu}`.
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {{
\tfn one() -> Weight {{
\t\tWeight::from_parts({one}, 3593)
\t}}
\t/// The range of component `n` is `[1, 10]`.
\tfn many(n: u32, ) -> Weight {{
\t\tWeight::from_parts(1_000_000, 3593)
\t\t\t.saturating_add(Weight::from_parts({slope}, 0).saturating_mul(n.into()))
\t}}
\tfn three() -> Weight {{
\t\tWeight::from_parts({three}, 3593)
\t}}
}}
"""


class RowsMedian(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, cpu="Intel Xeon", one=10_000_000, slope=1_000_000, three=30_000_000):
        path = pathlib.Path(self.dir.name) / name
        path.write_text(WEIGHTS.format(cpu=cpu, one=one, slope=slope, three=three))
        return str(path)

    def test_the_median_of_the_calls_at_their_components_maximum(self):
        old = self.write("old.rs")
        # one × 1.2, many(10) 11 µs → 22 µs (× 2.0), three × 1.1: the median is 1.2.
        new = self.write("new.rs", one=12_000_000, slope=2_100_000, three=33_000_000)
        self.assertAlmostEqual(drift.rows_median(old, new), 1.2)

    def test_files_from_two_processors_do_not_compare(self):
        old = self.write("old.rs", cpu="AMD EPYC")
        new = self.write("new.rs", one=50_000_000)
        self.assertIsNone(drift.rows_median(old, new))

    def test_a_file_of_the_clis_own_template_compares_with_itself(self):
        # `CPU: \`…\`` and the proof added apart, as the runtime's files from the CLI have them.
        path = "runtime/src/weights/pallet_sudo.rs"
        self.assertIsNotNone(drift.processor(open(path).read()))
        self.assertAlmostEqual(drift.rows_median(path, path), 1.0)


def command(*args):
    """scripts/bench-drift.py run as benchmark-all.sh runs it; fails the test if it fails."""
    script = pathlib.Path(__file__).with_name("bench-drift.py")
    return subprocess.run([sys.executable, script, *args], capture_output=True, text=True, check=True)


class CommandLine(unittest.TestCase):
    def test_prints_the_disturbed_groups_and_nothing_for_rows_that_do_not_compare(self):
        with tempfile.TemporaryDirectory() as directory:
            probes = pathlib.Path(directory) / "probes.txt"
            probes.write_text("probe 82\ngroup a\nprobe 82\ngroup b\nrows b 1.5\nprobe 83\n")
            out = command(str(probes))
            self.assertEqual(out.stdout, "b\n")
            self.assertIn("1 group(s) disturbed", out.stderr)
            sudo = "runtime/src/weights/pallet_sudo.rs"
            consent = "pallets/consent/src/weights.rs"
            other = pathlib.Path(directory) / "other.rs"
            other.write_text(open(consent).read().replace("CPU `", "CPU `AMD EPYC, not ", 1))
            self.assertEqual(command("--rows", str(other), consent).stdout, "")
            self.assertEqual(command("--rows", sudo, sudo).stdout, "1.000\n")


class Reference(unittest.TestCase):
    def test_the_weight_not_the_minimum_is_read(self):
        text = """\
\tfn transfer_allow_death() -> Weight {
\t\tWeight::from_parts(90_000_000, 0)
\t}
\tfn transfer_keep_alive() -> Weight {
\t\t// Minimum execution time: 78_901_000 picoseconds.
\t\tWeight::from_parts(82_382_000, 0)
\t\t\t.saturating_add(Weight::from_parts(0, 3593))
\t}
"""
        self.assertAlmostEqual(drift.reference_weight(text), 82.382)

    def test_the_runtimes_own_reference_reads(self):
        path = pathlib.Path(__file__).parent.parent / "runtime/src/weights/pallet_balances.rs"
        self.assertGreater(drift.reference_weight(path.read_text()), 1.0)


if __name__ == "__main__":
    unittest.main()
