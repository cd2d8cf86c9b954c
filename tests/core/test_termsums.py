"""Array sums and rounding that give exactly what Python's sum() and round() give."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kompare.core.termsums import ordered_sums, round9

unit = st.floats(0.0, 1.0, allow_nan=False)
halves = st.integers(0, 2 * 10**9).map(lambda n: (n + 0.5) / 1e9)  # ties and near ties
anything = st.floats(-1e20, 1e20, allow_nan=False, allow_infinity=False)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(unit, halves, anything), max_size=50))
def test_round9_is_pythons_round(values):
    assert round9(np.array(values, dtype=float)).tolist() == [round(v, 9) for v in values]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.floats(0, 1e6, allow_nan=False), max_size=100), max_size=8))  # runs past SHORT_RUN too
def test_ordered_sums_are_pythons_sums_left_to_right(groups):
    owner = np.array([g for g, values in enumerate(groups) for _ in values], dtype=np.int64)
    values = np.array([v for vs in groups for v in vs], dtype=float)
    assert ordered_sums(owner, values, len(groups)).tolist() == [float(sum(vs)) for vs in groups]
    assert all(math.isfinite(x) for x in ordered_sums(owner, values, len(groups)).tolist())


def test_sorted_unique_in_place_gives_the_same_values():
    import numpy as np

    from kompare.core.termsums import sorted_unique

    rng = np.random.default_rng(4)
    for values in (rng.integers(0, 50, 1000), np.repeat(np.arange(30), 4)[::-1].copy(), np.zeros(0, dtype=np.int64)):
        expected = np.unique(values).tolist()
        work = values.copy()
        assert sorted_unique(values).tolist() == expected and (values == work).all()  # (left as it was)
        assert sorted_unique(work, copy=False).tolist() == expected
