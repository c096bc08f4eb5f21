#!/usr/bin/env python3
"""Tests of scripts/weights-floor.py on weights and a log as the benchmark CLI writes them:

    python3 scripts/test_weights_floor.py

Standard library only; scripts/test.sh runs it.
"""
import importlib.util
import pathlib
import unittest

spec = importlib.util.spec_from_file_location(
    "weights_floor", pathlib.Path(__file__).with_name("weights-floor.py")
)
floor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(floor)

# Three functions as scripts/frame-weight-template.hbs writes them (one without components, two
# with one), and the `()` implementation.
WEIGHTS = """\
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
\tfn ship() -> Weight {
\t\t// Minimum execution time: 10_000_000 picoseconds.
\t\tWeight::from_parts(11_000_000, 7590)
\t\t\t.saturating_add(T::DbWeight::get().reads(3_u64))
\t}
\t/// The range of component `n` is `[1, 1000]`.
\tfn commission(n: u32, ) -> Weight {
\t\t// Proof Size summary in bytes:
\t\t// Minimum execution time: 164_200_000 picoseconds.
\t\tWeight::from_parts(34_794_211, 26961)
\t\t\t// Standard Error: 52_129
\t\t\t.saturating_add(Weight::from_parts(11_700_777, 0).saturating_mul(n.into()))
\t\t\t.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
\t\t\t.saturating_add(Weight::from_parts(0, 2475).saturating_mul(n.into()))
\t}
\t/// The range of component `n` is `[1, 256]`.
\tfn pack_case(n: u32, ) -> Weight {
\t\t// Minimum execution time: 178_237_000 picoseconds.
\t\tWeight::from_parts(182_310_000, 35107)
\t\t\t.saturating_add(Weight::from_parts(24_526_864, 0).saturating_mul(n.into()))
\t}
}
impl WeightInfo for () {
\tfn ship() -> Weight {
\t\tWeight::from_parts(11_000_000, 7590)
\t}
\tfn commission(n: u32, ) -> Weight {
\t\tWeight::from_parts(34_794_211, 26961)
\t\t\t.saturating_add(Weight::from_parts(11_700_777, 0).saturating_mul(n.into()))
\t}
\tfn pack_case(n: u32, ) -> Weight {
\t\tWeight::from_parts(182_310_000, 35107)
\t\t\t.saturating_add(Weight::from_parts(24_526_864, 0).saturating_mul(n.into()))
\t}
}
"""


def distribution(pallet, call, component, rows):
    lines = "\n".join(f"  {n:>4}     {mean:>5}     6.282    3.5%" for n, mean in rows)
    return f"""
Pallet: "{pallet}", Extrinsic: "{call}", Lowest values: [], Highest values: [], Steps: 50, Repeat: 20
Raw Storage Info
========

Median Slopes Analysis
========
-- Extrinsic Time --

Model:
Time ~=    127.1
    + {component}     11.4
              µs

Min Squares Analysis
========
-- Extrinsic Time --

Data points distribution:
    {component}   mean µs  sigma µs       %
{lines}

Model:
Time ~=    34.79
    + {component}     11.7
              µs
"""


# commission: 46.5 µs charged at n = 1 against 179.2 µs measured (the 2026-12-06 run); pack_case:
# its line is above the mean at n = 1. The Median Slopes model comes first in the CLI's output,
# without a distribution.
LOG = (
    'Pallet: "pallet_provenance", Extrinsic: "ship", Lowest values: [], Steps: 50, Repeat: 20\n'
    + distribution("pallet_provenance", "commission", "n", [(1, 179.2), (21, 407.4)])
    + distribution("pallet_provenance", "pack_case", "n", [(1, 190.0), (6, 330.0)])
    + distribution("pallet_other", "commission", "n", [(1, 500.0)])
)


class Floor(unittest.TestCase):
    def steps(self):
        return floor.lowest_steps(LOG, "pallet_provenance")

    def test_reads_the_min_squares_table_of_the_named_pallet(self):
        self.assertEqual(
            self.steps(),
            {"commission": ("n", 1, 179_200_000), "pack_case": ("n", 1, 190_000_000)},
        )

    def test_raises_only_a_line_below_the_lowest_step(self):
        raised = floor.floors(WEIGHTS, self.steps())
        self.assertEqual(list(raised), ["commission"])
        old, new, component, step, mean = raised["commission"]
        self.assertEqual((old, component, step, mean), (34_794_211, "n", 1, 179_200_000))
        # The new line meets the measured mean at n = 1 exactly, with the slope unchanged.
        self.assertEqual(new + 11_700_777 * 1, 179_200_000)

    def test_rewrites_both_implementations_and_says_why(self):
        text = floor.rewrite(WEIGHTS, floor.floors(WEIGHTS, self.steps()))
        self.assertEqual(text.count("Weight::from_parts(167_499_223, 26961)"), 2)
        self.assertNotIn("34_794_211, 26961", text)
        self.assertEqual(text.count(floor.NOTE), 1)
        self.assertIn(
            "\t\t// Raised from 34_794_211 ps: the line reaches the mean measured at n = 1, "
            "179.2 µs (scripts/weights-floor.py).\n\t\tWeight::from_parts(167_499_223, 26961)",
            text,
        )
        # Everything else is as it was: the slope, the proof, the other functions.
        self.assertEqual(
            text.replace("167_499_223", "34_794_211").replace(
                "\t\t// Raised from 34_794_211 ps: the line reaches the mean measured at n = 1, "
                "179.2 µs (scripts/weights-floor.py).\n",
                "",
            ),
            WEIGHTS,
        )

    def test_a_second_run_changes_nothing(self):
        once = floor.rewrite(WEIGHTS, floor.floors(WEIGHTS, self.steps()))
        self.assertEqual(floor.floors(once, self.steps()), {})

    def test_a_component_without_slope_is_compared_by_its_name(self):
        # A flat benchmark: the template writes `_n` and no slope; the line is its base.
        flat = WEIGHTS.replace("fn pack_case(n: u32, )", "fn pack_case(_n: u32, )").replace(
            "\t\t\t.saturating_add(Weight::from_parts(24_526_864, 0).saturating_mul(n.into()))\n", ""
        )
        raised = floor.floors(flat, self.steps())
        self.assertEqual(raised["pack_case"], (182_310_000, 190_000_000, "n", 1, 190_000_000))
        text = floor.rewrite(flat, raised)
        self.assertEqual(text.count("Weight::from_parts(190_000_000, 35107)"), 2)
        self.assertIn("mean measured at n = 1, 190 µs", text)

    def test_a_benchmark_missing_from_the_log_is_left(self):
        self.assertEqual(floor.floors(WEIGHTS, {}), {})

    def test_a_component_the_log_names_differently_is_refused(self):
        with self.assertRaises(SystemExit):
            floor.floors(WEIGHTS, {"commission": ("m", 1, 179_200_000)})

    def test_implementations_that_disagree_are_refused(self):
        broken = WEIGHTS[: WEIGHTS.index("impl WeightInfo for ()")] + WEIGHTS[
            WEIGHTS.index("impl WeightInfo for ()") :
        ].replace("34_794_211", "34_794_212")
        with self.assertRaises(SystemExit):
            floor.rewrite(broken, floor.floors(broken, self.steps()))


if __name__ == "__main__":
    unittest.main()
