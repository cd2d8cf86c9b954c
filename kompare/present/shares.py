"""How much of a document each kind takes, as whole percentages that add up to 100."""

from __future__ import annotations

from kompare.core.model import Shares
from kompare.present.looks import STATUS_KINDS, Kind, look_of


def share_of(shares: Shares, kind: Kind) -> float:
    return getattr(shares, kind.value)


def percentages(fractions: list[float] | tuple[float, ...]) -> list[int]:
    """Whole percentages that add up to 100 (largest remainder), or all 0.

    >>> percentages([0.625, 0.125, 0.25])
    [63, 12, 25]
    >>> percentages([0.0, 0.0, 0.0])
    [0, 0, 0]
    """
    total = sum(fractions)
    if total <= 0:
        return [0] * len(fractions)
    raw = [f / total * 100 for f in fractions]
    floors = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: (raw[i] - floors[i], raw[i]), reverse=True)
    for i in order[: 100 - sum(floors)]:
        floors[i] += 1
    return floors


def share_figures(shares: Shares) -> list[tuple[Kind, int]]:
    """Each status kind with its whole percentage of the document (they add up to 100)."""
    return list(zip(STATUS_KINDS, percentages([share_of(shares, k) for k in STATUS_KINDS])))


def share_text(shares: Shares, *, keep_zero: bool = False) -> str:
    """'agrees 62 % · diverges 21 % · unique 17 %' (kinds at 0 % left out unless asked).

    >>> share_text(Shares(0.62, 0.21, 0.17, 0.0))
    'agrees 62 % · diverges 21 % · unique 17 %'
    """
    parts = [f"{look_of(k).share_label} {p} %" for k, p in share_figures(shares) if p or keep_zero]
    return " · ".join(parts) or "nothing compared"
