"""The front-matter synonym table: each typed field and the keys that mean it."""

from __future__ import annotations

FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full_name", "fullname", "fn", "display_name"),
    "aliases": ("aliases", "alias"),
    "tags": ("tags", "tag", "relationship", "relationships", "relation"),
    "types": ("type", "types", "categories", "category"),
    "kind": ("kind",),
    "org": ("org", "company", "organization", "organisation", "employer"),
    "birthday": ("birthday", "bday", "birth-date", "birth_date", "birthdate", "dob", "date_of_birth"),
    "anniversary": ("anniversary", "wedding", "wedding_anniversary"),
    "status": ("status", "state"),
    "snooze": ("snooze", "paused_until", "snooze_until", "snoozed_until"),
    "next_contact": (
        "next_contact",
        "next_contact_date",
        "next_touchpoint",
        "reach_out_on",
        "next_follow_up",
        "next_follow_up_date",
        "next_followup",
        "follow_up_date",
        "followup_date",
    ),
    "last_contact": (
        "last_contact",
        "lastcontact",
        "last-contact",
        "last_contacted",
        "last_interaction",
        "last_chat",
        "last_chatted",
        "last_talked",
        "last_seen",
        "last_met",
        "last_spoke",
    ),
    "cadence": ("cadence", "frequency", "keep_in_touch", "contactfrequency"),
    "date": ("date", "day"),
    "direction": (
        "direction",
        "who_started",
        "started_by",
        "initiated",
        "initiated_by",
        "initiator",
        "who_initiated",
        "who_reached_out",
        "reached_out_by",
    ),
    "facts": ("facts", "interests", "hobbies"),
    "interests": ("interests", "hobbies"),
    "location": ("location", "city", "town", "based_in", "lives_in"),
    "emails": ("email", "emails", "mail", "email_address", "email_addresses"),
    "relations": ("partner", "spouse", "kids", "children", "parents", "siblings"),
    "people": (
        "people",
        "contacts",
        "attendees",
        "participants",
        "with",
        "guests",
        "person",
        "contact",
        "who",
    ),
    "organizer": (
        "organizer",
        "organiser",
        "organized_by",
        "organised_by",
        "hosted_by",
        "invited_by",
    ),
}
"""Each typed field and the front-matter keys that mean it, matched in any case and however their
words are joined (`keep-in-touch` is `keep_in_touch`)."""

INTEREST_HEADINGS = {"interests", "hobbies"}
FACT_HEADINGS = {
    "about", "facts", "personal", "family", "interests", "notes", "background", "bio",
    "how we met", "kids", "children", "likes", "dislikes", "preferences", "favorites", "favourites",
    "gift ideas", "gifts", "personal notes", "personal details", "personal info", "things to remember",
    "context", "relationship", "where we met", "conversation topics", "talking points",
    "who they are", "how we know each other", "friends", "pets",
} | INTEREST_HEADINGS  # fmt: skip
"""The spec's five, and what owners' person notes (and personal CRM templates) put what they know
under: the names of sections, and of the keys that hold what is known (`how_we_met:`)."""
