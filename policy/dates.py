"""Calendar arithmetic for the policy's windows ("the 12 months ending on the request date").

Months are calendar months: 2025-09-15 minus 12 months is 2024-09-15, and a day that does
not exist in the target month is clamped to that month's last day (2025-08-31 minus 6
months is 2025-02-28). Durations of therapy are counted in days instead (see
``covered_days``), because a union of separate episodes has no calendar shape.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

Interval = tuple[dt.date, dt.date]
"""A closed interval of days ``[first, last]``: both ends are days of the episode."""


def shift_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months (negative: earlier), clamped to month end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def window(end: dt.date, months: int) -> Interval:
    """The ``months`` calendar months ending on ``end``, both ends included."""
    return shift_months(end, -months), end


def clip(interval: Interval, bounds: Interval) -> Interval | None:
    """The part of ``interval`` inside ``bounds``; None when they do not overlap."""
    first = max(interval[0], bounds[0])
    last = min(interval[1], bounds[1])
    return (first, last) if first <= last else None


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Union of closed day intervals; overlapping or touching intervals become one."""
    merged: list[Interval] = []
    for first, last in sorted(intervals):
        if merged and first <= merged[-1][1] + dt.timedelta(days=1):
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def covered_days(intervals: Iterable[Interval]) -> int:
    """Number of distinct days in the union of the intervals (both ends counted)."""
    return sum((last - first).days + 1 for first, last in merge(intervals))
