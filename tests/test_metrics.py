"""Spec 3: what is computed per person, as pure functions of a vault and today."""

from __future__ import annotations

import datetime as dt

import pytest

from vaultnet.config import Config
from vaultnet.metrics.stats import compute, person_stats, reciprocity_of
from vaultnet.model import Contact, Note, Person, Vault

TODAY = dt.date(2026, 11, 21)


def person(*contacts: tuple[str, str], **note: object) -> Person:
    fields = {"file": "People/A.md", "kind": "person", "name": "A", **note}
    return Person(
        note=Note(**fields),  # type: ignore[arg-type]
        contacts=tuple(
            Contact(dt.date.fromisoformat(d), direction, "x.md", 1, "") for d, direction in contacts
        ),  # type: ignore[arg-type]
    )


def stats(p: Person, config: Config | None = None, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
    return person_stats(p, today, config or Config())


def test_never_contacted() -> None:
    s = stats(person())
    assert (s.last_contact, s.days_since, s.due, s.overdue_days, s.active) == (None, None, None, 0, False)
    assert s.reciprocity == "unknown"


def test_never_contacted_with_a_cadence_is_due_today() -> None:
    s = stats(person(cadence_days=30))
    assert (s.due, s.overdue_days) == (TODAY, 0)


def test_recency_cadence_due_and_overdue() -> None:
    s = stats(person(("2026-06-01", "mutual"), cadence_days=90))
    assert (s.days_since, s.due, s.overdue_days, s.active) == (173, dt.date(2026, 8, 30), 83, False)


def test_active_window_without_cadence() -> None:
    assert stats(person(("2026-08-23", "unknown"))).active  # 90 days
    assert not stats(person(("2026-08-22", "unknown"))).active
    assert stats(person(("2026-08-22", "unknown")), Config(active_days=91)).active


def test_cadence_from_tags_shortest_wins_and_own_cadence_first() -> None:
    config = Config(cadence={"family": 14, "work": 90})
    assert stats(person(tags=("family", "work")), config).cadence_days == 14
    assert stats(person(tags=("work",), cadence_days=30), config).cadence_days == 30
    assert stats(person(tags=("friends",)), config).cadence_days is None


def test_a_cadence_tag_holds_for_the_tags_it_ends_not_those_nested_below_it() -> None:
    """A `[cadence]` tag holds for a person's tag that is it or ends with it (`family` for
    `people/family`, `type/family`); the shortest still wins. Not for a tag nested below it:
    `client/former` is a former client, `friends/lost-touch` no friend kept in touch with."""
    config = Config(
        cadence={"family": 14, "work": 90, "people": 60, "circle/close": 7, "client": 7, "friends": 30}
    )
    assert stats(person(tags=("people/family",)), config).cadence_days == 14
    assert stats(person(tags=("type/work",)), config).cadence_days == 90
    assert stats(person(tags=("x/circle/close",)), config).cadence_days == 7
    assert stats(person(tags=("people/work",)), config).cadence_days == 90
    for tags in [
        ("client/former",),
        ("friends/lost-touch",),
        ("circle/close/old",),
        ("circle/far", "families"),
    ]:
        assert stats(person(tags=tags), config).cadence_days is None, tags


def test_front_matter_last_contact_only_moves_last_contact_later() -> None:
    later = stats(person(("2026-11-01", "inbound"), last_contact=dt.date(2026, 11, 10)))
    assert (later.last_contact, later.interactions, later.inbound) == (dt.date(2026, 11, 10), 1, 1)
    earlier = stats(person(("2026-11-01", "inbound"), last_contact=dt.date(2026, 1, 1)))
    assert earlier.last_contact == dt.date(2026, 11, 1)
    alone = stats(person(last_contact=dt.date(2026, 11, 10)))
    assert (alone.last_contact, alone.interactions, alone.reciprocity) == (
        dt.date(2026, 11, 10),
        0,
        "unknown",
    )


def test_planned_contacts_count_for_nothing() -> None:
    s = stats(person(("2026-11-01", "outbound"), ("2026-12-24", "mutual")))
    assert (s.last_contact, s.interactions, s.mutual, s.reciprocity) == (
        dt.date(2026, 11, 1),
        1,
        0,
        "one-way-me",
    )
    assert [c.date for c in s.planned] == [dt.date(2026, 12, 24)]


def test_reciprocity_window() -> None:
    old_and_new = person(("2025-11-19", "inbound"), ("2025-11-20", "inbound"), ("2026-11-01", "outbound"))
    s = stats(old_and_new)
    assert (s.inbound, s.outbound, s.interactions, s.reciprocity) == (0, 1, 3, "one-way-me")
    assert stats(old_and_new, Config(reciprocity_days=366)).reciprocity == "two-way"


def test_a_contact_365_days_ago_is_in_the_window_as_it_keeps_someone_from_lapsing() -> None:
    s = stats(person(("2025-11-21", "mutual"), cadence_days=365))
    assert (s.days_since, s.active, s.lapsed) == (365, True, False)
    assert (s.mutual, s.reciprocity) == (1, "two-way")
    s = stats(person(("2025-11-20", "mutual"), cadence_days=30))
    assert (s.days_since, s.active, s.lapsed, s.mutual) == (366, False, True, 0)


@pytest.mark.parametrize(
    ("counts", "result"),
    [
        ((0, 0, 1), "two-way"),
        ((1, 1, 0), "two-way"),
        ((0, 2, 0), "one-way-me"),
        ((3, 0, 0), "one-way-them"),
        ((0, 0, 0), "unknown"),
    ],
)
def test_reciprocity_of(counts: tuple[int, int, int], result: str) -> None:
    assert reciprocity_of(*counts) == result


def test_real_needs_active_reciprocal_and_personal() -> None:
    real = stats(person(("2026-11-01", "mutual"), facts=("climbs",)))
    assert (real.active, real.reciprocal, real.personal, real.real) == (True, True, True, True)
    assert not stats(person(("2026-11-01", "mutual"))).real
    assert not stats(person(("2026-11-01", "outbound"), facts=("climbs",))).real


def test_summary_counts_and_purity() -> None:
    vault = Vault(notes=(), people=(person(("2026-11-01", "mutual"), facts=("x",)), person()), problems=())
    first = compute(vault, TODAY, Config())
    assert first == compute(vault, TODAY, Config())
    assert (first.summary.people, first.summary.active, first.summary.real) == (2, 1, 1)
