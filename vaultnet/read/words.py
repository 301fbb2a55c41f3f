"""Who started a contact, from the words of its line (spec 6.5): the phrase table lives here, once.

Most people never type an arrow: they write "[[Sal]] called", "coffee with [[Emily]]". When no mark,
front-matter `direction` or meeting rule gives a contact its direction, the phrases below do, and
the contact is marked inferred. `X` in a phrase stands for the person: a link, or in a person's
own log entry `she`, `he`, `they`, `them`, `her`, `him` for the person whose note it is. `…` is
one to four words of one clause. A phrase without `X` (one a user adds for another language: `rief
an`) speaks of everyone the line names but one whose own phrase says which way it went.
`vaultnet.toml` extends the table, never replaces it:

    [words]
    inbound = ["rief an"]
    outbound = ["X angerufen"]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from vaultnet.config import Config
from vaultnet.convert import folded
from vaultnet.model import Direction
from vaultnet.patterns import lazy_pattern

ONE_ON_ONES = ("1:1", "1-1", "1on1", "1-on-1", "one-on-one", "o3", "skip-level", "skip level")
"""What a meeting of two at work is called: a one-on-one however spelt (`o3`, as Lattice names
one) and a skip-level with your manager's manager. One list, read wherever a meeting is: a meeting
word and noun (`[[Bo]] 1on1`), before `with X`, a dated note's tag (`#o3`), a heading of them
(`## 1on1s`) and a title (`2026-11-24 Priya 1-1.md`)."""

INBOUND = (
    "X called", "X rang", "X phoned", "X emailed", "X e-mailed", "X texted", "X messaged",
    "X wrote to me", "X wrote me", "X replied", "X responded", "X answered", "X asked me", "X came",
    "X stopped by", "X dropped by", "X popped by", "X popped round", "X popped over", "X lent me",
    "X visited me", "X visited", "X sent", "X pinged", "X checked in", "X DMed me", "X DM'd me",
    "X got back to me", "X wrote back", "X wished me", "X congratulated me", "X thanked me",
    "X followed up", "X dropped me a line", "X dropped me a note", "X left a message",
    "X left a voicemail", "X left a note", "missed X's call", "missed X call", "X asked for",
    "X recommended me", "X picked me up",
    "X returned my call", "X stayed over", "X stayed with me",
    "X stayed with us",
    "reply from X", "response from X", "DM from X", "voicemail from X", "voice message from X",
    "WhatsApp from X", "heard back from X", "msg from X", "Slack from X", "Signal from X",
    "InMail from X", "InMails from X", "X let me know",
    "Telegram from X", "iMessage from X", "SMS from X", "X dropped in", "X popped in",
    "call from X", "email from X", "e-mail from X", "message from X", "text from X",
    "letter from X", "note from X", "card from X", "postcard from X", "heard from X",
    "got a … from X", "got an … from X", "got the … from X",
    "received … from X", "X left me a message", "X left me a voicemail", "X left me a note",
    "X shared … with me", "X skyped me", "X slacked me", "X whatsapped me", "X visited us",
    "X facetimed", "X video called",
    "X helped me", "X helped us", "visited by X", "X introduced me", "X mailed me", "mail from X",
    "X gave me", "X recommended … to me", "X reviewed my", "X dropped off", "X bought me",
    "X bought us", "X brought me", "X brought us", "X cooked for me", "X cooked for us",
    "voice memo from X", "voice note from X",
    "wishes from X", "feedback from X",
    "X introduced himself", "X introduced herself", "X introduced themselves", "X tried to reach me",
    "X tried calling me", "X tried to call me", "X said hi", "X said hello",
    "X slid into my DMs", "X shot me", "X swung by", "X referred me", "X asked if", "X asked whether",
    "replied to my newsletter", "responded to my newsletter", "msgs from X", "messages from X",
    "texts from X", "emails from X", "e-mails from X", "calls from X", "cards from X", "letters from X",
    "DMs from X", "voicemails from X", "X left voicemail", "X left a vm", "X left vm", "X left me a vm",
    "vm from X",
)  # fmt: skip
"""The person acts towards me (`replied to my newsletter`, no one named: in a person's own log,
they did, as no one replies to their own)."""

OUTBOUND = (
    "called X", "rang X", "phoned X", "emailed X", "e-mailed X", "texted X", "messaged X",
    "pinged X", "DMed X", "DM'd X", "wrote to X", "wrote X", "sent X", "sent a … to X",
    "posted … to X", "posted X a", "posted X an", "posted X the",
    "replied to X", "responded to X", "answered X", "congratulated X",
    "thanked X", "left X a message", "left X a voicemail", "left X a note", "visited X",
    "asked X", "followed up with X", "checked in on X", "checked in with X",
    "f/u with X", "f/u'd with X", "f/u to X", "let X know", "InMail to X", "InMailed X",
    "wished X", "got back to X",
    "dropped X a line", "dropped X a note", "I called", "I rang",
    "I phoned", "I emailed", "I texted", "I messaged", "I wrote", "I followed up", "I checked in",
    "call X", "ring X", "phone X", "email X", "e-mail X", "text X", "message X", "ping X", "DM X",
    "write to X", "send X", "invite X", "thank X", "congratulate X", "reply to X",
    "follow up with X", "check in with X", "check in on X", "reach out to X", "contact X",
    "facetimed X", "skyped X", "slacked X",
    "whatsapped X", "video called X", "helped X", "congrats to X", "congratulations to X", "congrats X",
    "congratulations X",
    "shared … with X", "introduced X to", "intro'd X to", "picked X up",
    "returned X's call", "returned X call", "treated X", "picked up X", "dropped off X", "drove X",
    "text to X", "message to X",
    "msg to X",
    "email to X", "e-mail to X", "letter to X", "card to X", "postcard to X", "note to X", "DM to X",
    "call to X", "wrote back to X", "mailed X", "gave X", "recommended … to X", "brought X",
    "dropped off … for X", "lent X", "bought X", "cooked for X", "cooked … for X", "sent … for X's",
    "stopped by X's", "dropped by X's", "popped by X's", "popped round to X's", "popped over to X's",
    "dropped off … at X's", "introduced myself to X", "tried calling X", "tried to reach X",
    "tried reaching X", "said hi to X", "said hello to X", "WhatsApp to X", "Slack to X",
    "Signal to X", "Telegram to X", "iMessage to X", "SMS to X", "dropped in on X", "popped in on X",
    "voice memo to X", "voice note to X", "voice message to X", "voicemail to X",
    "left a voicemail for X", "left a message for X", "left a note for X", "texted back X",
    "called back X", "emailed back X", "messaged back X", "returned X's text", "returned X's email",
    "returned X's message", "shot X an email", "shot X a text", "shot X a message", "shot X a note",
    "shot X a line", "dropped X a text", "dropped X a message", "dropped X an email",
    "swung by X's", "sent over … to X", "got hold of X", "got ahold of X", "couldn't reach X",
    "could not reach X", "sent … to X", "forwarded X", "forwarded … to X", "condolences to X",
    "happy birthday to X", "birthday wishes to X", "reviewed X's", "feedback to X", "helping X",
    "bought … for X", "got … for X", "ordered … for X", "made … for X", "wrote … for X",
    "baked … for X", "picked up … for X", "sent to X", "tried X", "dialed X", "dialled X", "dial X",
    "voicemailed X", "vm'd X", "left voicemail for X", "left vm for X", "left a vm for X",
    "left X a vm", "left a voicemail", "left voicemail", "left a vm", "left vm", "pointed X to",
)  # fmt: skip
"""I act towards the person (without `X`: in their own log, they are the one). The bare verbs
(`call X`) are as a task says what to do: done (`- [x] Call [[Sam]]`), you did it. An attempt
is yours too, answered or not (`tried X`, `dialed X`, `left voicemail for X`; a voicemail left
with no one named is of the line's people, as a call list writes `[[Bo]] - left VM`)."""

STARTED_BY_THEM = (
    "X reached out", "X reached back out", "X got in touch", "X got back in touch", "X contacted me",
    "X invited me", "X invited us",
    "invitation from X", "invite from X", "at X's invitation", "at X invitation",
    "accepted X's invite", "accepted X's invitation",
    "at X's request", "at X request", "X's idea", "X idea", "X's suggestion", "X suggestion",
    "X's invite", "X's invitation",
    "X asked to meet", "X asked to meet up", "X asked to catch up", "X asked to grab",
    "X wanted to meet", "X wanted to meet up", "X wanted to catch up", "X suggested it",
    "X set it up", "X initiated", "initiated by X", "X had me over", "X had us over", "X hosted",
    "hosted by X", "X organised", "X organized", "organised by X", "organized by X",
    "X treated me", "X treated us", "X took me to", "X took us to", "X took me out", "(inbound)",
    "invited to X's", "X's treat", "X called me", "X phoned me", "X rang me", "X called us",
    "X facetimed me", "X video called me",
)  # fmt: skip
"""The person started it (an inbound phrase): on a line that also says it was done together
(`Coffee with [[Ana]], her idea`), these say whose it was, as an arrow says it of a meeting."""

STARTED_BY_ME = (
    "I reached out", "reached out to X", "got in touch with X", "contacted X", "invited X",
    "at my invitation", "at my request", "my idea", "my suggestion", "my invite", "my invitation", "my treat",
    "asked X to meet", "asked X to meet up", "asked X to catch up", "asked X to grab",
    "I asked to meet", "I suggested it", "I set it up", "I initiated", "initiated by me",
    "had X over", "hosted X", "I hosted", "I organised", "I organized", "organised by me",
    "organized by me", "treated X", "I treated", "took X to", "took X out", "(outbound)",
    "asked for a call with X", "asked for a meeting with X", "asked for a chat with X",
    "asked for a coffee with X", "asked for an intro call with X", "requested a call with X",
    "requested a meeting with X", "requested a demo with X", "proposed a call with X",
    "proposed a meeting with X", "proposed a time with X", "tried to book … with X",
    "tried to set up … with X", "tried to schedule … with X", "tried to arrange … with X",
)  # fmt: skip
"""I started it (an outbound phrase), over a line's words of doing it together as
`STARTED_BY_THEM` is: `Lunch with [[Ed]], my invite`. An ask for a meeting is mine, not the
meeting (`Tried to book a call with [[Zed]], no luck`)."""

MUTUAL = (
    "met X", "met with X", "met up with X", "X and I", "caught up with X", "catch-up with X",
    "catch up with X", "catching up with X", *(f"{word} with X" for word in ONE_ON_ONES),
    "talked with X", "talked to X", "spoke with X", "spoke to X", "chatted with X",
    "coffee with X", "tea with X", "lunch with X", "dinner with X", "drinks with X",
    "drink with X", "beers with X", "breakfast with X", "brunch with X", "walk with X",
    "call with X", "video call with X", "phone call with X", "video chat with X", "zoom with X",
    "facetime with X", "chat with X", "hike with X", "run with X", "conversation with X",
    "convo with X", "conversations with X", "session with X", "interview with X", "sync with X",
    "IV with X", "screen with X", "screening with X", "final round with X", "onsite with X",
    "interviewed with X",
    "synced with X", "catchup with X", "check-in with X", "skype with X",
    "meeting with X", "visit with X", "hung out with X", "ran into X", "bumped into X",
    "went to … with X", "went for … with X", "went out with X", "hiking with X", "walking with X",
    "running with X", "climbing with X", "cycling with X", "skiing with X", "swimming with X",
    "sailing with X", "hiked with X", "walked with X", "climbed with X", "cycled with X",
    "biked with X", "skied with X", "swam with X", "sailed with X", "danced with X",
    "cooked with X", "trained with X", "worked out with X", "played … with X",
    "back and forth with X", "coffee at X's", "lunch at X's", "dinner at X's", "drinks at X's",
    "stayed with X", "stayed at X's",
    "ran into each other", "bumped into each other", "we met",
    "facetimed with X", "skyped with X", "zoomed with X", "interviewed X", "party at X's",
    "bbq at X's", "barbecue at X's", "thread with X", "exchanged emails with X",
    "exchanged messages with X", "exchanged texts with X", "texting with X", "text exchange with X",
    "chatted on … with X", "beer with X", "pint with X", "pints with X", "spent … with X",
    "weekend with X", "afternoon with X", "evening with X", "saw X at", "caught X at",
    "caught X on the phone", "sat next to X", "sat with X", "carpooled with X", "demo with X",
    "office hours with X", "workshop with X", "standup with X",
    "stand-up with X", "X & I", "me and X", "me & X", "texted with X", "messaged with X",
    "emailed with X", "whatsapp with X", "mentored X", "X mentored me", "X interviewed me",
    "interviewed by X",
    "celebrated with X", "celebrated X's", "caught X after", "caught X before", "went to X's",
    "went over to X's", "went round to X's", "night at X's", "at X's place", "at X's house",
    "at X's home", "walked … with X", "watched … with X", "attended X", "reconnected with X",
    "touched base with X", "worked with X on", "paired with X", "pairing with X",
    "pair programming with X", "paired on … with X", "review with X", "retro with X", "back and forth",
    "chatted … with X",
    "talked … with X", "spoke … with X", "coffee at … with X", "tea at … with X",
    "lunch at … with X", "dinner at … with X", "drinks at … with X", "breakfast at … with X",
    "brunch at … with X", "beers at … with X", "coffee @ … with X", "lunch @ … with X",
    "dinner @ … with X", "drinks @ … with X", "drinks after … with X", "walk in … with X",
    "walk and talk with X", "walk & talk with X", "on the phone with X", "texts with X",
    "mtg with X", "dinner for X's", "lunch for X's", "drinks for X's", "hung out at X's",
    "party for X's", "X joined us", "X joined me", "X came along", "X tagged along",
    "housewarming at X's", "watched … at X's", "bouldering with X", "tennis with X", "golf with X",
    "squash with X", "yoga with X", "gym with X", "visited … with X", "at X's with X",
    "lesson with X", "appointment with X", "appt with X", "consultation with X", "supervision with X",
    "QBR with X", "onsite at … with X",
)  # fmt: skip
"""We did it together (or met by chance: nobody started it)."""

MENTION = (
    "via X", "h/t X", "hat tip X", "source:: X", "author:: X", "by:: X", "X announces",
    "X announced", "X posted", "X published", "X tweeted", "X blogged", "X wrote about",
    "read X's", "reading X's", "quoted X", "X's post", "X's article", "X's newsletter",
    "X's blog", "article by X", "post by X", "book by X", "talk by X", "listened to X's",
    "watched X's", "X's podcast", "X's talk", "X's keynote", "X's tutorial", "X's lecture", "X's webinar",
    "X liked my", "X's birthday today", "X's birthday is",
    "X's birthday tomorrow", "X's birthday next", "X's birthday on", "X's birthday coming",
    "X's birthday soon", "X's birthday in",
    "X commented on my", "X reacted to my", "endorsed X", "liked X's", "commented on X's",
    "reacted to X's", "saw X speak", "saw X present", "watched X speak", "X gave a talk",
    "birthday: X", "birthdays: X", "looked up X", "X was mentioned", "mentioned X", "X's substack",
    "subscribed to X's", "paper by X", "papers by X", "preprint by X", "X's preprint", "cited X", "citing X",
    "authors:: X", "referred by X", "referral from: X", "source: X", "X opened my", "X opened the",
    "X opened our", "X viewed my", "X viewed the", "X viewed our", "X clicked", "X cited", "X cites",
    "keynote by X", "keynote: X", "lecture by X", "plenary by X", "X's ad", "X's … ad", "to X's paper",
    "to X's … paper",
)  # fmt: skip
"""The person is only mentioned: a link here is no contact (it still links people). What a
tracker reports of them (`[[Bo]] opened my email`, `viewed the proposal`, `clicked the link`:
`_TRACKED`) is no word from them, as `X liked my` is none; nor is their keynote heard, their
citing you, or their job ad or paper you pointed someone to (`Pointed [[Jo]] to [[Ida]]'s postdoc
ad`)."""

PLAN = (
    "should … X", "need to … X", "needs to … X", "have to … X", "must … X", "want to … X",
    "going to … X", "gonna … X", "plan to … X", "planning to … X", "meaning to … X",
    "remember to … X", "don't forget to … X", "remind me to … X", "reminder: … X", "reminder to … X",
    "I'll … X", "I will … X",
    "planning … with X", "booked … with X", "scheduled … with X", "X will", "X is going to", "X plans to",
    "X tomorrow", "X next week",
    "X next month", "X next monday", "X next tuesday", "X next wednesday", "X next thursday", "X next friday",
    "X next saturday", "X next sunday", "X later this week", "X later this month", "X in two weeks",
    "X in a few weeks", "X in a couple of weeks", "planning X's", "planned X's", "maybe X", "maybe … X",
    "perhaps X",
    "perhaps … X", "might … X",
    "idea: X",
    "idea: … X", "remember: X", "remember: … X", "idea for X", "ideas for X", "prep for X",
    "prep for … X", "prepping for … X",
    "prepped for … X", "preparing for … X", "prepared for … X", "agenda for X", "agenda for … X",
    "waiting on a call with X", "waiting for a call with X", "waiting on a meeting with X",
    "waiting for a meeting with X", "hoping for a call with X", "hoping for a meeting with X",
)  # fmt: skip
"""What is still to do (`Need to call [[Sam]]`, as a to-do list written without boxes): a mention,
no contact, whatever deed it names; what else the line says of the person still counts."""

_AWAY_OPENINGS = (
    "excused", "cancelled", "canceled", "no-show", "no-shows", "no show", "no shows", "didn't show",
    "did not show", "not coming", "declined",
)  # fmt: skip
"""Labels of who was not there that may also say what became of a thing (`Flight cancelled: [[Bo]]
drove me`): read only where they open a line or a clause (`_after_no_word`)."""
AWAY_LABELS = ("absent", "apologies", "regrets", "not present", *_AWAY_OPENINGS)
"""Labels over those who were not there (`Absent: [[Bo]]`, `Cancelled: [[Gus]], [[Hal]]`,
`No-shows: [[Ivy]]`): each a phrase of `UNDONE` (`absent: X`), and a line of a meeting's note
that opens with one names its people as not there (`away`)."""

UNDONE = (
    "didn't … X", "did not … X", "haven't … X", "have not … X", "not heard from X",
    "no reply from X", "no response from X", "no answer from X", "no word from X",
    "no news from X", "never heard back from X", "never heard from X", "never got back to X",
    "never replied to X", "never called X", "never wrote to X", "forgot to … X", "meant to … X",
    "missed … with X", "cancelled … with X", "canceled … with X", "skipped … with X", "postponed … with X",
    "rescheduled … with X", "put off … with X", "cancelled on X", "canceled on X", "bailed on X",
    "stood X up", "X didn't", "X did not", "X hasn't", "X has not",
    "X never", "X still hasn't", "no reply", "no response", "no answer", "waiting to hear",
    "ghosted", "didn't reply", "did not reply", "didn't respond", "did not respond", "never replied",
    "never responded", "never answered", "radio silence", "crickets", "still nothing", "nothing back",
    "heard nothing", "no word since", "no word yet", "still no word", "no news", "no update", "no updates",
    "silence since", "still pending", "never accepted", "no convo", "no conversation",
    "still waiting", *(f"{label}: X" for label in AWAY_LABELS),
    "haven't heard back", "have not heard back", "not heard back", "skipped X's", "missed X's party",
    "missed X's birthday", "missed X's wedding", "missed X's housewarming", "can't make X's",
    "cannot make X's", "can't make it to X's", "won't make X's", "couldn't make X's",
    "could not make X's", "couldn't make it to X's", "could not make it to X's", "X ghosted me",
    "X ghosted us", "ghosted by X", "owe X", "X owes me", "X owes us", "with X moved to",
    "with X pushed to", "with X pushed back", "waiting on X", "waiting for X", "no texts from X",
    "no calls from X", "no messages from X", "no msgs from X", "no emails from X", "no letters from X",
    "old texts from X", "old letters from X", "old emails from X", "old messages from X", "old cards from X",
    "no luck", "wrong number", "went to voicemail", "went to vm", "straight to voicemail", "straight to vm",
    "didn't pick up", "did not pick up", "no pickup", "no pick-up", "email bounced", "e-mail bounced",
    "mail bounced", "X bounced", "X's email bounced", "X's e-mail bounced", "email to X bounced",
    "e-mail to X bounced",
)  # fmt: skip
"""What did not happen (`Haven't heard from [[Bo]]`, `Didn't call [[Cy]]`, `Missed lunch with
[[Di]]`): a mention, no contact, in a person's own log too; what else the line says of the person
still counts (`Coffee, she didn't mention the move`). A call or an email that reached no one
(`went to VM`, `wrong number`, `[[Bo]] bounced`) did not happen either: an attempt on its line
is still yours (`dialed [[Bo]], went to VM`)."""

CALLED_OFF_BY = (
    "X cancelled", "X canceled", "X postponed", "X rescheduled", "X called off", "X could not make it",
    "X couldn't make it", "X was absent", "X sent apologies", "X sent regrets", "X wasn't there",
    "X was not there", "X bailed", "X stood me up", "X stood us up", "X absent", "X sends apologies",
    "X sends regrets", "apologies from X", "regrets from X", "X out sick", "X was out sick",
    "X is out sick", "X off sick", "X was off sick", "X is off sick", "X OOO", "X was OOO", "X is OOO",
    "X out of office", "X on leave", "X was on leave", "X is on leave",
    "X on PTO", "X was on PTO", "X is on PTO", "X didn't show", "X did not show",
    "X never showed", "X never joined", "X didn't join", "X did not join", "X didn't turn up",
    "X did not turn up", "X never turned up", "X no-show", "X was a no-show", "X no show",
)  # fmt: skip
"""What the person called off (`Lunch with [[Ana]] — she cancelled`) or did not turn up to (`Demo
with [[Zed]] - he never joined`): what did not happen, as `UNDONE` is, and what was to be done
together with them on the line did not happen either. A deed of yours or theirs still did
(`Called [[Di]]; she cancelled our lunch`), as does what they called off of their own (`Coffee with
[[Kit]], she rescheduled her dentist so we could meet`: `_OFF_WHAT`)."""

ABOUT = (
    "thinking of X", "thinking about X", "thought of X", "thought about X", "wondering if X",
    "wondering how X", "wondering whether X", "wonder if X", "wonder how X", "wonder whether X",
    "hope X", "hoping X", "worried about X", "worrying about X", "heard X", "heard that X",
    "thought about what X", "thought about how X", "wondering what X", "wonder what X",
    "thinking of … X", "thinking about … X", "grateful for X", "grateful to X", "thankful for X",
    "thankful to X", "missing X", "prayed for X", "praying for X", "pray for X", "X came up",
    "read … interview with X", "watched … interview with X", "listened to … interview with X",
    "read about X", "reading about X", "read that X", "read in … that X", "read on … that X",
    "saw in … that X", "saw on … that X",
    "dreamt about X", "dreamed about X",
    "dreamt of X", "dreamed of X", "dream about X", "really miss X", "miss X so", "miss X a lot",
    "X has been on my mind", "X on my mind", "would have been X's", "old photos of X", "old pictures of X",
    "photos of X from", "looked at … photos of X", "looked through … photos of X", "therapist about X",
    "therapist about … X", "counsellor about X", "counselor about X",
    "invoice sent to X", "invoice to X", "invoiced X", "thought … about X", "thinking … about X",
    "remembering X", "missed X today", "missed X so much", "would love to see X",
    "would love to catch up with X", "X and i used to", "used to … with X", "connection request to X",
    "connection request from X", "linkedin request to X", "linkedin request from X", "linkedin invite to X",
    "sent X a connection request", "sent X a linkedin request", "sent X a linkedin invite",
    "X accepted my connection request", "X accepted my linkedin request", "X accepted my linkedin invite",
    "X accepted my connection", "accepted X's connection request", "accepted X's linkedin request",
    "connected with X on linkedin", "connected on linkedin with X", "X connected with me on linkedin",
)  # fmt: skip
"""Whom a line is about, not whom it was with (`Thinking of [[Ana]]`, a gratitude journal's
`Grateful for [[Bo]]`, news of them read or seen: `Read an interview with [[Cy]]`, `Saw on
LinkedIn that [[Di]] moved`), an invoice (`Invoice sent to [[Ivo]]`), a memory or a longing
(`[[Gran]] and I used to bake`, `Would love to see [[Al]] again`), a connection on LinkedIn (`Sent
[[Bo]] a connection request`: no conversation, as docs/vcard.md says): a mention, no contact, as a
plan's people are. Not read in a
person's own log, where `thinking of her` is no less an entry of hers. `about X` is not in it:
the spec counts `[[Cleo]] asked me about [[Dev]]'s new job` as a contact with Dev
(examples-v2/08); an owner who reads it otherwise adds it (`[words] about`)."""

GONE = (
    "X died", "X has died", "X passed away", "X has passed away", "X's passing", "X's death",
    "death of X", "passing of X", "X's grave", "X's funeral", "X's memorial", "X's headstone",
    "X grave", "X funeral", "X headstone",
)  # fmt: skip
"""Their death, their funeral, their grave (`[[Gran]] passed away`, `Visited her grave`): about
them, no contact with them, as `ABOUT`'s are, and in their own log too (`- 2021-03-14 she passed
away peacefully`, `her funeral`: `her` is `X` there), where the rest of `ABOUT` is an entry of
theirs."""

MEETING_WORDS = (
    "coffee", "lunch", "dinner", "drinks", "breakfast", "brunch", "walk", "hike", "run",
    "video call", "phone call", "video chat", "zoom", "facetime", "call", "chat", "visit",
    "meeting", "met", *ONE_ON_ONES, "conversation", "skype", "whatsapp call", "teams call", "voice call",
    "beers", "pints", "party", "in person", "standup", "stand-up", "catchup", "sync",
    "mentoring", "check-in", "interview", "wedding", "housewarming", "barbecue", "bbq", "picnic",
    "beer", "pint", "drink", "tea", "climbing", "bouldering", "tennis", "golf", "squash", "skiing",
    "cycling", "sailing", "swimming", "yoga", "demo", "workshop", "hiking", "retro", "retrospective",
    "session", "lesson", "appointment", "appt", "consultation", "coaching", "tutoring", "supervision",
    "qbr", "onsite",
)  # fmt: skip
"""An own log entry that opens with one of these, and says nothing else, was a meeting: mutual."""

MEETING_NOUNS = (
    "coffee", "lunch", "dinner", "drinks", "breakfast", "brunch", *ONE_ON_ONES, "meeting", "beers",
    "pints", "party", "standup", "stand-up", "video call", "phone call", "conversation", "catchup",
    "catch-up", "wedding", "housewarming", "barbecue", "bbq", "picnic", "qbr",
)  # fmt: skip
"""The meeting words a dated note's line may write beside its people with no mark between
(`Coffee [[Bo]]`, `[[Bo]] 1:1`): things done, not what to do (`Call [[Bo]]` is a task's words)."""

_MEETING_LINKS = frozenset((*MEETING_WORDS, *MEETING_NOUNS))


def a_meeting_word(target: str) -> bool:
    """Is a link's target a meeting word (`[[Coffee]] with [[Ed]]`, Roam's and Logseq's tag of a
    page, `#[[1:1]] with [[Dev]]`, `#[[Lunch]]`), which a line's words read as that word?"""
    return target.lower() in _MEETING_LINKS


MESSAGE_WORDS = (
    "email", "e-mail", "mail", "text", "message", "letter", "card", "postcard", "dm", "sms",
    "voicemail", "voice note", "phone", "whatsapp", "signal", "telegram", "slack", "linkedin",
)  # fmt: skip
"""Kinds of contact that are a message, not a meeting. An own log's dated line that names only
one (`### 2026-10-02 — Email`), as one naming only a meeting word, is told by the line under it."""

MEETING_HEADINGS = (
    "meetings", "calls", *(f"{word}s" for word in ONE_ON_ONES), "met", "met with", "people i met", "seen",
    "catch-ups", "treffen", "besprechungen", "reuniones", "réunions",
)  # fmt: skip
"""Headings a daily note lists its meetings under (`## Meetings` over `- [[Bo]]`): each line under
one that names people was a meeting with them, as a meeting note's lines are."""

ABSENT_HEADINGS = (
    "absent", "absentees", "apologies", "regrets", "not present", "unable to attend", "excused", "cancelled",
    "canceled", "cancellations", "no-show", "no-shows", "no show", "no shows", "didn't show", "not coming",
    "declined", "abwesend", "entschuldigt", "ausentes", "excusados", "absents", "excusés",
)  # fmt: skip
"""Headings a meeting note lists those who were not there under (`## Apologies` over `- [[Bo]]`):
each line under one names its people, and met none of them."""

PLAN_HEADINGS = (
    "plans", "plan", "next week", "plans for next week", "plans for the week", "plans for tomorrow",
    "plans for the weekend", "weekend plans", "tomorrow", "for tomorrow", "ideas", "to do", "todo",
    "to-do", "todos", "to-dos", "to do list", "todo list", "upcoming", "next steps", "someday",
    "to contact", "people to contact", "to reach out to", "people to reach out to", "to follow up",
    "intentions", "action items", "action points", "next actions", "follow-ups", "follow ups", "followups",
    "open items", "reminders", "reminder", "tasks", "task list", "nächste woche", "aufgaben", "zu erledigen",
    "próxima semana", "pendientes", "tareas", "la semaine prochaine", "à faire",
)  # fmt: skip
"""Headings a daily or weekly note lists what is yet to come under (`## Next week` over `- Catch up
with [[Kofi]]`): each line under one names people not yet met, but a task done there."""

GRATITUDE_HEADINGS = (
    "gratitude", "grateful", "grateful for", "thankful", "thankful for", "gratitude list",
    "gratitude journal", "thanks", "i'm grateful for", "i am grateful for", "today i'm grateful for",
    "things i'm grateful for", "three things i'm grateful for", "3 things i'm grateful for",
    "what i'm grateful for", "what i am grateful for", "grateful for today", "gratitude log",
    "daily gratitude", "i'm thankful for", "i am thankful for", "three good things", "3 good things",
    "dankbar", "dankbar für", "dankbarkeit", "agradecido", "agradecida", "agradecido por", "agradecida por",
    "gratitud", "reconnaissance",
)  # fmt: skip
"""Headings a daily note keeps a gratitude journal under (`## Gratitude` over `- [[Bo]] for the
ride`): each person named there is thanked for, not met, unless the line's words say a contact
(`- lunch with [[Bo]]`)."""

NOUN_KINDS = (
    "weekly", "monthly", "quick", "long", "team", "working", "business", "short", "brief", "great",
    "good", "nice", "lovely", "fun", "late", "early", "a", "an", "another",
    "intro", "follow-up", "birthday", "our", "the", "deep", "virtual", "casual", "proper", "first",
    "farewell", "leaving", "goodbye", "welcome", "usual", "regular", "daily", "family", "morning",
    "evening", "afternoon", "weekend", "holiday", "christmas", "xmas", "easter", "thanksgiving",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "therapy",
)  # fmt: skip
"""A word that may come before a meeting noun or word, saying which kind (`Weekly 1:1 [[Bo]]`,
`- 2026-11-02 Quick call about the move`, `A long lunch`), or when or whose it was (`Sunday
call`, `Christmas dinner`, `Family lunch`)."""

OPENINGS = {
    "outbound": (
        "called", "rang", "phoned", "emailed", "e-mailed", "texted", "messaged", "pinged", "DMed",
        "DM'd", "wrote", "sent", "replied", "responded", "reached out", "followed up", "checked in",
        "f/u", "f/u'd",
        "visited", "congratulated", "thanked", "wished", "left a message", "left a voicemail",
        "facetimed", "skyped", "slacked", "whatsapped", "video called", "congrats", "congratulations",
        "stopped by", "dropped by", "popped by", "popped round", "popped over", "outbound", "outgoing",
        "got in touch", "dropped off",
    ),
    "inbound": (
        "got a call", "got a text", "got a message", "got an email", "got an e-mail", "got a letter",
        "got a card", "got a note", "got a postcard", "received", "heard from", "invited to",
        "invited for", "missed call", "missed a call", "got a voice note", "got a voicemail",
        "got a voice message", "got a voice memo", "inbound", "incoming",
    ),
    "mutual": (
        "caught up", "catch up", "catch-up", "met up", "hung out", "talked", "spoke", "chatted",
        "exchanged", "email thread", "texting", "spent the afternoon", "spent the day",
        "spent the evening", "spent the weekend", "spent time", "reconnected", "email exchange",
        "text exchange", "on the phone",
    ),
}  # fmt: skip
"""How an own log entry may open with what was done and no one doing it, as a diary writes
(`Called about the job`, `Got a call about the move`, `Caught up`): you did it, they did, or you
did it together. Read, as the meeting words are, when the line says nothing else of the person
(`Had lunch` is a meeting word after a verb that takes it, `_TAKEN`)."""

PRONOUNS = ("she", "he", "they", "them", "her", "him")
"""In a person's own log entry, the person whose note it is."""


SELF = -1
"""The slot of the person whose note holds the entry."""

_OPEN, _CLOSE = "\ue000", "\ue001"
"""A slot in a line's template, around the index of the target it stands for (private use: no
note's text holds them)."""
_SLOT = lazy_pattern(f"{_OPEN}(-?\\d+){_CLOSE}")
OTHER_ANDS = "und|y|e|et|en|och|og"
"""`and` in German, Spanish, Italian and Portuguese, French, Dutch, Swedish, Danish and Norwegian,
as a regex's alternatives: between two people, never a word of their names (slots stand for those)."""
_AND = rf"\s(?:{OTHER_ANDS})\s"
_KIN = r"(?:\s+(?:her|his|their|my|our)\s+[\w-]+)?"
"""Who the next of a run of people is to the last (`[[Ana]] and her husband [[Bo]]`)."""


def _slots(again: str = "", before: str = "") -> str:
    """One slot or a run of them (`X, Y and Z`, `X, Y, and Z`, `X + Y`, `X/Y`, `X and her husband
    Y`, `X's partner Y`, and with the `and` of other languages: `X und Y`); `#` before a slot is
    Logseq's `#[[Maya]]`, a link too. After a phrase's word (`again`, a regex), each person of
    the run may have it said again before them (`talked to X and to Y`, `llamé a X y a Y`), and
    the words `before` may come before each (`_BEFORE_A_NAME`, in an owner's own phrase)."""
    again = f"(?:\\s*{again}(?=\\s))?" if again else ""
    return (
        f"#?{_OPEN}-?\\d+{_CLOSE}"
        f"(?:(?:\\s*(?:(?:,\\s*)?(?:and|&|{_AND})|,|\\+|/){again}{_KIN}|['’]s\\s+[\\w-]+)\\s*{before}#?{_OPEN}-?\\d+{_CLOSE})*"
    )


_SLOTS = _slots()
"""One slot or a run of them (`_slots`)."""
_FILLED = f"[^\\s{_OPEN}]*[^\\s{_OPEN},;:!?]"
_FILLER = f"(?:{_FILLED}[^\\S\\n]+){{0,3}}{_FILLED}"
"""`…` in a phrase: one to four words, the clause going on through them (`forgot to tell you,
[[Bo]] called` is not `forgot to … X`: the comma ends what was forgotten), its sentence too (a
diary's `Didn't sleep well. [[Kit]] came over` is not `didn't … X`: `_lowered` ends it)."""
_CLOCK = r"\d{1,2}(?:[:.h]\d{2}(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)"
_TIME_OF_DAY = rf"^[\s*]*(?:\[?{_CLOCK}(?:\s*[-–—]\s*{_CLOCK})?\]?[\s*]*(?:[-–—]\s*)?)?"
"""How a line of a day's log may open: the time of day or a span of it (`18:30`, `9.30am -`,
`9am`, `09:00-10:00`, `[09:00]`), if any."""
_NAMED_FIRST = rf"{_TIME_OF_DAY}({_SLOTS})[\s*]*[-:—–·|,(]+\s*"
"""A line that opens with the people it is about (after the time of day, if any) and a mark,
then what was done (`[[Ana]]: lunch`, `18:00 [[Di]]: drinks`, `[[Ana]] (called me back)`;
without the mark, `[[Ana]] met [[Bo]]` may be about them and not you)."""
_named_first = lazy_pattern(_NAMED_FIRST)
_DONE_FIRST = rf"{_TIME_OF_DAY}([^\s{_OPEN}][^{_OPEN}]{{0,40}}?)[\s*]*[-:—–·|@]+\s*({_SLOTS})"
"""The mirror of `_NAMED_FIRST`: a line that opens with what was done, a mark, then the people
(`Lunch - [[Ana]]`, `Call: [[Bo]]`, `Drinks after work: [[Ana]], [[Bo]]`, `Dinner @ [[Cy]]'s`)."""
_done_first = lazy_pattern(_DONE_FIRST)
_SPACED_NOUNS = "|".join(noun.replace(" ", r"\s+") for noun in MEETING_NOUNS if " " in noun)
_NOUN = rf"((?:(?:{'|'.join(NOUN_KINDS)})\s+)?(?:{_SPACED_NOUNS}|[\w:-]+)(?:\s+(?:call|chat))?)"
_BESIDE = (
    rf"{_TIME_OF_DAY}(?:({_SLOTS})(?:['’]s)?[\s(/]+{_NOUN}|{_NOUN}\s+({_SLOTS}))"
    r"(?:[\s).!]*$|\s*(?:[,;—–]|\s-)\s)"
)
"""A line that is only its people and a meeting noun, either way round, no mark between them
(`Coffee [[Bo]]`, `10:00 [[Bo]] 1:1`, `[[Bo]] (lunch)`, `Weekly 1:1 [[Bo]]`, `[[Dana]] skip
level`), or whose it was (`[[Hal]]'s farewell drinks`); and then, after a mark, what was said
(`[[Ben]] 1:1, quiet again`, `[[Di]] 1-1 — moving date confirmed`)."""
_beside = lazy_pattern(_BESIDE)
_THEIRS = lazy_pattern(r"(?<!\w)(?:hers|his|theirs?)(?!\w)")
"""A possessive pronoun, in a person's own log theirs (`dinner at hers` is `dinner at X's`, `their
idea` is `X's idea`; `her` is `X`, as in `called her`)."""
_PRONOUN = lazy_pattern("(?:" + "|".join(rf"{p}(?<!\w{p})" for p in PRONOUNS) + r")(?!\w)")
"""A pronoun as a word (each tested for a word character before it after it: see `_word`)."""


def slot(index: int) -> str:
    """The text that stands for target `index` (or SELF) in a line's template."""
    return f"{_OPEN}{index}{_CLOSE}"


def _word(token: str) -> str:
    literal = re.escape(token.lower())
    pattern = literal
    if token[0].isalnum() or token[0] == "_":
        # No word character before it, tested after the word: a regex that starts with its
        # literal is searched for that literal, not tried at every position of the line.
        pattern += rf"(?<!\w{literal})"
    if token[-1].isalnum() or token[-1] == "_":
        pattern += r"(?!\w)"
    elif token[-1] == ":":  # `reading: … X` reads a Dataview field's `Reading:: ...` too
        pattern += ":?"
    return pattern


def _pattern(phrase: str, kind: str = "", owners: bool = False) -> tuple[str, bool]:
    """A phrase as a regex over a lower-case template, and whether it has a slot for the person.
    A deed of the owner's (`called X`, `met X`, of `_MY_DEEDS`) is not one when another person
    does it (`[[Bo]] met [[Cy]]`), nor is someone's towards me (`X called`) when they did it to
    another (`[[Bo]] called [[Cy]]`): theirs, which may be no contact of yours with either. A
    list of people after a word of the phrase may say the word again before each (`_slots`);
    in an `owners` phrase (of `[words]`), who they are to me may come before them
    (`_BEFORE_A_NAME`: `llamé a X` reads `Llamé a mi hermana [[E]]`)."""
    tokens = phrase.split()
    parts = []
    slotted = False
    for at, token in enumerate(tokens):
        if token in ("…", "..."):
            parts.append(_FILLER)
        elif token == "X" or token.startswith("X'"):
            word = tokens[at - 1] if at else ""
            again = _word(word) if _WORD.fullmatch(word) else ""
            before = _BEFORE_A_NAME if owners and at else ""
            parts.append(f"(?:{before}{_slots(again, before)})" + re.escape(token[1:].lower()))
            if token == "X" and not parts[1:] and len(tokens) > 1 and kind in _THEIR_DEEDS:
                parts[0] += _ADVERB  # `X replied`: `X finally replied` too
            slotted = True
        else:
            parts.append(_word(token))
    if kind == "outbound" and tokens[0] in _KIND_MAKES_A_NOUN:  # `call X`, not `weekly call X`
        parts[0] += _not_after(NOUN_KINDS, tokens[0])
    elif kind == "mutual" and tokens[0] in _MAY_BE_BOOKED:  # `appointment with X`, not `made an ...`
        parts[0] += _not_after(_BOOKING, tokens[0])
    elif phrase in _NOT_AFTER:  # `- wrong number`, not `gave me the wrong number`
        parts[0] += _not_after(_NOT_AFTER[phrase], tokens[0])
    # Within a sentence (`_lowered` ends each with a new line); a colon may come before the person
    # of what a line is about or names, or two, as a daily template's field writes it (`Grateful
    # for:: [[Bo]]`), where before the person of a deed it says what was done (`Call: [[Bo]]`).
    field = kind in ("about", "mention")
    source = parts[0] + "".join(
        (_TO_THE_PERSON if field and (token == "X" or token.startswith("X'")) else r"[^\S\n]+") + part
        for token, part in zip(tokens[1:], parts[1:], strict=True)
    )
    if kind in _MY_DEEDS and slotted and _a_deed_done(tokens[0]):
        source = f"(?<!{_CLOSE} ){source}"
    elif kind == "inbound" and tokens[0] == "X" and "X" not in tokens[1:] and tokens[-1][-1:].isalpha():
        source = f"{source}{_NOT_TO_ANOTHER}"
    elif kind == _OFF and tokens[0] == "X" and tokens[-1] in _PUT_OFF_WORDS:  # `X cancelled`, not `X OOO`
        source = f"{source}{_OFF_WHAT}"
    elif kind == _OFF and tokens[0] == "X" and tokens[-1] in _NO_SHOW_WORDS:  # `X never showed`
        source = f"{source}{_NO_SHOW_WHAT}"
    if phrase in _LABELS:  # `Cancelled: X` opening a line or a clause, not `Flight cancelled: X`
        source = source.replace(parts[0], parts[0] + _after_no_word(tokens[0]), 1)
    return source + _NOT_FOLLOWED_BY.get(phrase, ""), slotted


_LABELS = frozenset(f"{label}: X" for label in _AWAY_OPENINGS)
"""The phrases of `UNDONE` that are labels of who was not there only where they open (`cancelled: X`)."""


def _after_no_word(token: str) -> str:
    """A lookbehind, after a phrase's first word `token`, that no word or person comes just
    before it, as before a label that opens a line or a clause (`_AWAY_OPENINGS`)."""
    return rf"(?<![\w){_CLOSE}][^\S\n]{re.escape(token.lower())})"


_A_LATER_DAY = (
    r"next\b|tomorrow|tmrw?\b|another\b|a later|later\b"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{4}-\d\d-\d\d|#?\ue000"
)
"""The day a meeting is put off to (`pushed to next week`, `rescheduled to Friday`, `moved to Thu`):
not a time or a place of the same day (`pushed to 3pm`, `moved to Zoom`, `to Mario's`), when it
still took place."""
_SENSES = (
    r"talks?|keynotes?|tutorials?|lectures?|seminars?|webinars?|presentations?|defen[cs]e|panels?|classe?s?"
)
_TRACKED = (
    r"(?=[^\S\n]+(?:[\w'-]+[^\S\n]+){0,2}(?:e-?mails?|mail|messages?|inmails?|proposals?|decks?|links?|docs?"
    r"|documents?|quotes?|contracts?|pdfs?|newsletters?|slides|one-pager|attachments?|profile|pricing)(?!\w))"
    r"(?![^\n]*\b(?:called|rang|phoned|replied|responded|wrote|e-?mailed|texted|messaged|booked|asked)\b)"
)
"""What a tracker reports was opened, viewed or clicked (`my email`, `the pricing deck`, `the
link`), after a phrase of `MENTION` (`X opened the`): not `opened the door`, `opened up`; nor on
a line that goes on to what they did (`[[Bo]] opened my email and called me right after`)."""
_NOT_FOLLOWED_BY = {
    "went to X's": rf"(?![^\S\n]+(?:{_SENSES})(?!\w))",
    "attended X": rf"(?!['’]s[^\S\n]+(?:{_SENSES})(?!\w))",
    "X replied": r"(?![^\S\n]+with[^\S\n]+(?:an?[^\S\n]+)?(?:hearts?|likes?|thumbs|emojis?|reactions?)\b)",
    "X died": r"(?![^\S\n]+(?:laughing|of laughter|on stage|inside))",
    "X funeral": r"(?![^\S\n]+plans?(?!\w))",
    "X grave": "(?!-)",
    "X's memorial": r"(?![^\S\n]+day)",
    "tried X": r"(?=\s*(?:[.,;:!?()\[\]—–-]|again\b|twice\b|today\b|back\b|but\b|and\b|on\b|at\b|$))",
    "X bounced": r"(?=\s*(?:[.,;:!?()\[\]—–-]|again\b|$))",
    **dict.fromkeys(("with X moved to", "with X pushed to"), rf"(?=[^\S\n]+(?:{_A_LATER_DAY}))"),
    **dict.fromkeys(("X's invite", "X's invitation"), r"(?=\s*(?:[.,;:!?)\]—–-]|$))"),
    "posted … to X": r"(?!'s\b)",
    "X visited": (
        r"(?=\s*(?:[.,;:!?()\[\]—–-]|$)|[^\S\n]+(?:with|for|from|over|today|yesterday|tonight|this|last|on|at"
        r"|again|briefly|earlier|recently)\b)"
    ),
    **dict.fromkeys(
        (
            "X opened my",
            "X opened the",
            "X opened our",
            "X viewed my",
            "X viewed the",
            "X viewed our",
            "X clicked",
        ),
        _TRACKED,
    ),
}
"""What may not follow a phrase for it to say what it says: going to someone's talk is no visit
to their home, nor attending their keynote a meeting with them (`X's talk` is a mention); a heart
under a post is no reply; one who `died laughing` lives; `her funeral plans for her mum`, `his memorial
day BBQ` and a `grave-faced` friend are no death; to try someone's cooking, or `tried her new
recipe`, is no call (`tried X` is one where the line ends or goes on with `again`, `twice`, ...); one who
`bounced early` left, where `[[Bo]] bounced (left the company)` is an email that did; and a tracker
reports a document opened (`_TRACKED`), not a door; a meeting moved or pushed to Zoom, a room
or a time of the day (`Lunch with [[Bo]] moved to Mario's`) still took place (`_A_LATER_DAY`); their
invite is who asked for it only where it says so, at a clause's end (`— his invite`; not `Forwarded
[[Bo]]'s invite to the team`); a parcel posted to them is no link to their article posted (`Posted
a link to [[Bo]]'s article`); and they visited you where no place follows (`[[Ed]] visited with
Marta`, `for the weekend`; not `[[Ed]] visited Rome`)."""
_THEIR_DEEDS = frozenset(("inbound", "they started", "called off"))
"""The kinds of phrase a word may come into between the person and their deed (`_ADVERB`)."""
_MAY_BE_BOOKED = frozenset(("appointment", "appt", "consultation", "lesson", "supervision"))
_BOOKING = tuple(
    f"{verb} {article}"
    for verb in ("made", "make", "book", "booked", "need", "needs", "want", "get", "got", "for", "requested")
    for article in ("a", "an")
)
"""A verb of getting one before a meeting (`Made an appointment with [[Ed]]`, `Need an appointment
with`): booked or wanted, not had."""


_NOT_AFTER = {"wrong number": ("the", "a", "my", "his", "her", "their", "your", "our")}
"""What may not come just before a phrase for it to say what it says: a call log's `- wrong number`
is a call that reached no one, where `[[Bo]] gave me the wrong number` is his deed."""


def _not_after(words: Iterable[str], token: str) -> str:
    """Lookbehinds, after a phrase's first word `token`, that no one of `words` comes just before
    it (one for each length: Python's are of one width). After the word, as `_word` puts its own:
    a regex that starts with its literal is searched for that literal."""
    before = [f"{word} {token}" for word in words]
    return "".join(
        f"(?<!{'|'.join(sorted(re.escape(text) for text in before if len(text) == size))})"
        for size in sorted({len(text) for text in before})
    )


_ADVERBS = (
    "finally", "eventually", "kindly", "just", "also", "then", "already", "quickly", "promptly",
    "immediately", "actually", "suddenly", "unexpectedly", "randomly", "briefly", "even", "again",
    "once", "still", "only", "really", "politely", "happily", "graciously", "belatedly",
)  # fmt: skip
_ADVERB = rf"(?:[^\S\n]+(?:{'|'.join(_ADVERBS)}))?"
"""A word that may come between the person opening a phrase and what they did (`[[Ana]] finally
replied`, `[[Bo]] eventually emailed back`), as the phrase reads without it."""
_TO_THE_PERSON = r":{0,2}[^\S\n]+"
_MY_DEEDS = frozenset(("outbound", "mutual", "you started"))
"""The kinds of phrase of what I did, with or to the person (`called X`, `met X`, `invited X`)."""
_NOT_TO_ANOTHER = rf"(?!\s+#?{_OPEN}(?![^.;—–]*\b(?:and|&)\s+(?:me|us|myself)\b))"
"""After `X called`: not another person, but with me (`[[Bo]] called [[Cy]], [[Di]] and me` is
his call)."""


def _a_deed_done(word: str) -> bool:
    """Is a phrase's first word a deed done (`met`, `called`, `caught up`), which a person before
    it did (`[[Bo]] met [[Cy]]`)? A meeting's name (`meeting with X`, `coffee with X`) is none:
    `[[Acme Corp]] meeting with [[Ana]]` was a meeting with her."""
    return word.endswith("ed") or word in _DONE


_DONE = frozenset((
    "met", "rang", "spoke", "wrote", "sent", "ran", "saw", "caught", "took", "gave", "brought", "bought",
    "lent", "had", "hung", "went", "drove", "swam", "sat", "made", "got", "left", "shot", "rode", "told",
    "hit", "spent", "did", "ate",
))  # fmt: skip
"""The past of the verbs the phrases open with that do not end in `ed`."""


Phrase = tuple[str, str, bool, frozenset[str]]
"""A phrase as a line is read for it: its kind, its regex's source, whether it has a slot for
the person, and its `_literal_words`, each of which a line's words must hold for it to match
(its regex, compiled only then, is not tried otherwise)."""


@dataclass(frozen=True, eq=False)
class Table:
    """The phrase table: each phrase filed under a word it cannot match without (a line is tried
    only against the phrases whose word it holds: a few, of some 300). A phrase becomes a regex
    when a line first holds every word of it, compiled then: a build that reads one changed note
    needs few."""

    by_word: dict[str, tuple[tuple[str, str], ...]]
    """A word → (kind, phrase) of each phrase filed under it."""
    opening: dict[str, str]
    """How an own log entry may open, filed by first word as the phrases are: a word → the regex
    of the openings that start with it, with a group `meeting` for the meeting words and one for
    each kind of `OPENINGS` (compiled when an entry first opens with the word)."""
    words: frozenset[str]
    """The words phrases are filed under, each a whole `\\w+` run: a line's are its runs among
    them (one intersection in C, where a regex of the words tries each at every word start)."""
    owned: frozenset[tuple[str, str]] = frozenset()
    """The (kind, phrase) of each phrase of the owner's `[words]`, in any language: who a person
    is to me may come before them in it (`_pattern`)."""
    _made: dict[str, tuple[Phrase, ...]] = field(default_factory=dict, repr=False)

    def filed(self, word: str) -> tuple[Phrase, ...]:
        """Each phrase filed under `word`, made into a `Phrase`."""
        made = self._made.get(word)
        if made is None:
            owned = self.owned
            made = self._made[word] = tuple(
                (kind, *_pattern(phrase, kind, (kind, phrase) in owned), frozenset(_literal_words(phrase)))
                for kind, phrase in self.by_word[word]
            )
        return made

    def tried(self, text: str) -> list[Phrase]:
        """The phrases a lower-case template is tried against: those filed under a word of it
        (and those with no word to file them under) whose every word it holds, and with a slot
        for the person only when it holds one."""
        runs = frozenset(_WORD.findall(text))
        present = self.words.intersection(runs)
        if "" in self.by_word:
            present |= {""}
        slotted = _OPEN in text
        # In the words' order, not the set's: which of two overlapping cut phrases is cut first
        # decides what is left, and a set's order differs from process to process (`PYTHONHASHSEED`).
        return [
            p for word in sorted(present) for p in self.filed(word) if (slotted or not p[2]) and p[3] <= runs
        ]

    def opened(self, text: str) -> str | None:
        """The group (`meeting`, or a kind of `OPENINGS`) of how `text`, a lower-case template,
        opens; None when it opens with none of them. A meeting word may come after words saying
        which kind (`quick call`, `a long lunch`: `NOUN_KINDS`), a verb taking it (`grabbed
        lunch`) or whose it was (`her wedding`); any opening after `we` was done together (`We
        had coffee`, `We emailed about the move`), and one after `i` is as if alone (`I sent the
        photos`)."""
        lead = _LEAD.match(text)
        if lead is None:
            return None
        if lead[1] == "we":
            return "meeting" if self.opened(text[lead.end() :]) is not None else None
        if lead[1] == "i":  # `I sent the photos`, as a diary writes `Sent the photos`
            return self.opened(text[lead.end() :])
        source = self.opening.get(lead[1])
        found = _compiled(source).match(text) if source else None
        if found is not None:
            return found.lastgroup
        before = lead if lead[1] in _KINDS else _TAKEN.match(text) or _whose.match(text)
        if before is None:
            return None
        rest = self.opened(text[before.end() :])  # `Quick call`, `Long email exchange`
        return rest if rest in _TOGETHER else None


_KINDS = frozenset(NOUN_KINDS)
_whose = lazy_pattern(rf"\W*#?{_OPEN}-?\d+{_CLOSE}['’]s(?!\w)")
"""Whose a meeting word was, before it (`Her birthday party`, `[[Bo]]'s wedding`): read as the
meeting word alone."""
_TAKEN = lazy_pattern(r"\W*(?:grabbed|got|had|played|went(?:\s+out)?(?:\s+(?:for|on|to))?)(?!\S)")
"""A verb a diary writes before a meeting word (`Grabbed lunch`, `Got drinks`, `Had a long call`,
`Went for a walk`, `Went out to dinner`, `Played tennis`): read as the meeting word alone."""
_FIELD_OF_PEOPLE = lazy_pattern(
    rf"[(\[]\s*(?!(?:source|author|by)\s*::)[\w -]{{1,30}}::\s*({_SLOTS})\s*[)\]]"
)
"""A Dataview field in brackets whose value is people (`(person:: X)`, `[with:: X, Y]`): read as
them, where the line says it (an attribution's, `source:: X`, is `MENTION`'s)."""
_DONE_TO_ME = lazy_pattern(r"\W*(?!(?:i|we|you|let|join|tell|show)\s)[a-z][\w'-]*\s+(?:me|us)(?!\w)")
"""An own log entry that opens with a deed done to me and no one doing it (`Called me back`,
`Sent me the slides`, `Invited us over`): the person whose note it is did it."""
_WORD = lazy_pattern(r"\w+")
_GOING_ON = ("with", "to", "for", "at", "and", "or", "about", "on", "from", "of", "in", "by", "over")
"""English words that go on to say more, not what someone is to me (`_RELATION`, `_NOT_A_RELATION`)."""
_RELATION = rf"(?!(?:{'|'.join(_GOING_ON)})\s)[\w'-]+"
"""A word of what someone is to me (`sister`, `old boss`): not one that goes on to say more."""
_GROUP_OF = rf"(?<!\w)(?:the|my|our)\s+(?:{_RELATION}\s+)?{_RELATION}\s*\(\s*({_SLOTS})\s*\)"
_group_of = lazy_pattern(_GROUP_OF)
"""A group named, then its people in brackets (`the team ([[Tia]], [[Uma]])`): they are whom it
says."""
_group_and = lazy_pattern(
    rf"(?<=\bwith )(?:the|my|our)\s+(?:{_RELATION}\s+)?{_RELATION}\s+and\s+(?=#?{_OPEN})"
)
"""A group met with someone, before them (`Lunch with the team and [[Bo]]`, `with my kids and
[[Cy]]`): whom it was with."""
_to_me = lazy_pattern(rf"(?<!\w)(?:my|our)\s+(?:(?:{_RELATION}\s+)?{_RELATION}\s+)?(?=#?{_OPEN})")
"""Who a person is to me, before them (`my sister [[Xan]]`, `my old boss [[Cy]]`, `my [[Mum]]`)."""
_who_they_are = lazy_pattern(
    lambda: (
        rf"(?<={_CLOSE})(?:\s+\((?!{_AWAY_WORDS}\)|{_PUT_OFF})[^(){_OPEN}]{{1,40}}\)"
        rf"|,\s+(?:(?:the|my|our|his|her|their|a|an)\s+|[\w-]+'s\s+)[^,;:(){_OPEN}]{{1,30}},)"
        r"(?=\s+(?!and\b|or\b)[a-z])"
    )
)
"""Who someone is, said right after their name and before the words go on (`[[Mrs Lee]] (Jamie's
mum) emailed`, `[[Kai]], the HM, replied`); not a mark that they were not there (`(absent)`,
`(cancelled)`: `NOT_THERE`, `_CALLED_OFF`)."""
_when = lazy_pattern(
    r"\s+(?:(?:last|this)\s+(?:night|morning|afternoon|evening)|tonight|today|yesterday|earlier|after\s+work)"
    r"(?=\s+with(?!\w))"
)
"""When it was, between a meeting and whom it was with (`Dinner last night with [[Ray]]`)."""


def _asides_cut(text: str) -> str:
    """`text`, a lower-case template, less what says nothing of whom it was with or what was
    done: when it was, before `with` (`_when`), who they are to me (`_to_me`, `_group_of`,
    `_who_they_are`), a group met with them (`_group_and`) and a place linked before `with`
    (`_place_linked`).
    Each looked for only where its words are: most lines hold none."""
    if "(" in text:
        text = _group_of.sub(r"\1", text)
    if "with " in text and " and " in text:
        text = _group_and.sub("", text)
    if _CLOSE + " (" in text or _CLOSE + ", " in text:
        text = _who_they_are.sub("", text)
    if "my " in text or "our " in text:
        text = _to_me.sub("", text)
    if " with" in text and any(word in text for word in _WHEN_WORDS):
        text = _when.sub("", text)
    if _CLOSE + " with " in text:
        text = _place_linked.sub(rf"\1{_SOMETHING.strip()}", text)
    return text


_NEXT_OF_KIN = (
    r"(?:mum|mom|mother|dad|father|parents|wife|husband|partner|boyfriend|girlfriend|son|daughter"
    r"|brother|sister|grandma|grandpa|boss|assistant)"
)
_KIN_WORDS = (
    rf"(?:{_NEXT_OF_KIN}|parent|fianc[ée]e?|kids?|children|siblings?|gran|family|teacher|nanny|landlord"
    r"|landlady|lawyer|doctor|colleague|team|office|school)"
)
_MINE = (
    "my", "our", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "mein", "meine", "meinen",
    "meinem", "meiner", "meines", "unser", "unsere", "unseren", "unserem", "unserer", "mon", "ma", "mes",
    "notre", "mój", "moja", "moją", "moje", "mojego", "mojej", "mojemu", "moim", "moich", "nasz", "nasza",
    "naszą", "nasze", "naszego", "naszej", "naszym", "mio", "mia", "miei", "mie", "nostro", "nostra", "meu",
    "minha", "meus", "minhas", "nosso", "nossa", "mijn", "onze",
)  # fmt: skip
"""`my` and `our` in English, Spanish, German, French, Polish, Italian, Portuguese and Dutch (not
Spanish `nos`, which is `us`)."""
_THE = ("the", "el", "la", "los", "las", "der", "die", "das", "den", "dem", "le", "les", "il", "lo", "gli")
"""`the`, in those languages that have one before a person's kin (`la tía`, `den Onkel`)."""
_KIN_NOUNS = (
    "madre", "padre", "mamá", "papá", "hermana", "hermano", "hija", "hijo", "tía", "tío", "abuela", "abuelo",
    "prima", "primo", "sobrina", "sobrino", "esposa", "esposo", "mujer", "marido", "novia", "novio", "suegra",
    "suegro", "cuñada", "cuñado", "mutter", "vater", "mama", "papa", "schwester", "bruder", "tochter", "sohn",
    "tante", "onkel", "oma", "opa", "cousine", "cousin", "nichte", "neffe", "frau", "mann", "freundin",
    "freund", "mère", "père", "maman", "sœur", "frère", "fille", "fils", "oncle", "neveu", "nièce", "femme",
    "mari", "sorella", "fratello", "figlia", "figlio", "zia", "zio", "nonna", "nonno", "cugina", "cugino",
    "moglie", "marito", "mãe", "pai", "irmã", "irmão", "tia", "tio", "avó", "avô",
)  # fmt: skip
"""A person's kin, after `the` in another language than English (`la tía [[F]]`, `den Onkel
[[G]]`), as `_KIN_WORDS` are in English."""
_NOT_A_RELATION = (
    *_GOING_ON, "de", "del", "a",
    "al", "con", "en", "y", "e", "o", "u", "para", "por", "sin", "sobre", "que", "von", "vom", "zu", "zum",
    "zur", "mit", "bei", "beim", "für", "und", "oder", "aus", "im", "an", "am", "auf", "über", "nach", "der",
    "des", "dem", "den", "die", "das", "du", "à", "au", "aux", "avec", "pour", "chez", "et", "ou", "dans",
    "sur", "par", "le", "la", "les", "z", "ze", "do", "od", "dla", "w", "we", "i", "na", "po", "przy", "oraz",
    "lub", "di", "della", "da", "per", "com", "em", "no", "van", "met", "voor", "bij", "op", "aan",
)  # fmt: skip
"""Words that go on to say more than who someone is to me (`mi tía de [[F]]` is F's aunt, `meinen
Onkel von [[G]]` G's uncle): in those languages, a preposition, a conjunction or an article."""
_BEFORE_A_NAME = (
    rf"(?:(?<!\w)(?:{'|'.join(_MINE)})[^\S\n]+(?:(?!(?:{'|'.join(_NOT_A_RELATION)})[^\S\n])[\w'-]+[^\S\n]+){{0,2}}"
    rf"|(?<!\w)(?:(?:{'|'.join(_THE)})[^\S\n]+|l')(?:{'|'.join(_KIN_NOUNS)}|{_KIN_WORDS})[^\S\n]+)?"
)
"""Who a person is to me, before them, in an owner's own phrase of any language (`llamé a X`
reads `Llamé a mi hermana [[E]]`, `Llamé a la tía [[F]]`, `Habe meinen Onkel [[G]] angerufen`;
not `Llamé a la tía de [[F]]`), as `_to_me` reads it in English: `my`, in the languages vaultnet
reads, and a word or two of what they are, or `the` and a word of kin."""
_KIN_AFTER, _OWN_SLOT = f"{_CLOSE}'s", f"{_OPEN}{SELF}{_CLOSE}"
"""What a line holds where `_their_kin` may match (`_lowered` writes every apostrophe `'`): someone's,
or the slot of the person whose note it is."""
_their_kin = lazy_pattern(
    rf"{_OPEN}(?:(-?\d+){_CLOSE}'s\s+{_KIN_WORDS}|({SELF}){_CLOSE}\s+{_NEXT_OF_KIN})(?!\w|\s*#?{_OPEN})"
)
"""Someone's relative after a deed (`emailed X's mum`), or, in their own log, where `her` stood
(`called her dad`: a family noun only, as `sent her family photos` is no deed to her family);
not one named (`texted [[Bo]]'s wife [[Ana]]`: a list of both, `_SLOTS`)."""
_DEED_TO = lazy_pattern(
    r"(?<!\w)(?:called|emailed|e-mailed|texted|messaged|rang|phoned|wrote\s+to|dm'?d|pinged|spoke\s+to"
    r"|talked\s+to|sent|invited)\s+$"
)


def _talked_of(text: str, own: bool) -> tuple[str, set[int]]:
    """`text`, a lower-case template, less what it tells of people only as others': a deed to
    their relative (`_kin_cut`: `Emailed [[Bo]]'s mum`), a review of their paper
    (`_refereed_cut`), or the one an introduction is asked to (`_asked_intro_cut`; not in the
    `own` log of a person, whom nobody else named there is met with anyway); and the slots of
    those people: talked about, not met."""
    text, kin = _kin_cut(text)
    text, refereed = _refereed_cut(text)
    if own or "intro" not in text:
        return text, kin | refereed  # most lines
    text, asked = _asked_intro_cut(text)
    return text, kin | refereed | asked


def _asked_intro_cut(text: str) -> tuple[str, set[int]]:
    """`text` less each introduction it says someone asks for, or is thanked for (`[[Hugo]] emailed
    asking for an intro to [[Carla]]`, `[[Ivo]] wants an intro to [[Jade]]`, `[[Kim]] asked me to
    introduce her to [[Lou]]`, `asked [[Max]] for an intro to [[Ned]]`), and the slots of those it
    is to: talked about, not met. The words that ask stay: they say what the one asking did
    (`X asked me`, `X asked for`). Not an introduction made (`Introduced [[Sol]] to [[Tia]]`)."""
    asked: set[int] = set()
    for found in reversed(list(_asked_intro.finditer(text))):
        cut = found.start("a") if found["a"] else found.start("b")
        asked.update(int(index) for index in _SLOT.findall(text, cut, found.end()))
        text = f"{text[:cut]}{_SOMETHING}{text[found.end() :]}"
    return text, asked


_asked_intro = lazy_pattern(
    r"(?<!\w)(?:(?:for|about|wants?|wanted|wanting|like|needs?|needed|requested|requesting)\s+"
    rf"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?P<a>intro(?:duction)?s?\s+to\s+{_SLOTS})"
    r"|(?:me\s+to|if\s+i\s+(?:could|can|would|might)|if\s+i['’]d|whether\s+i\s+(?:could|can|would))\s+"
    rf"(?P<b>intro(?:duce)?\s+(?:her|him|them|us|#?{_OPEN}-?\d+{_CLOSE})\s+to\s+{_SLOTS}))"
)
"""An introduction asked for, or thanked for, and whom it is to (`for an intro to X`, `wants a
warm intro to X`, `about the introduction to X`; `me to introduce her to X`, `if I could
introduce him to X`), its group `a` or `b` from the word of the introduction on."""


def _kin_cut(text: str) -> tuple[str, set[int]]:
    """`text`, a lower-case template, less each deed done to someone's relative, or to those they
    work with (`Emailed [[Bo]]'s mum`, in Bo's own log `Called her husband`): theirs to tell of,
    no deed to the person; and the slots of those people."""
    kin: set[int] = set()
    if _KIN_AFTER not in text and _OWN_SLOT not in text:
        return text, kin  # most lines: no one's relative, and no one whose note it is
    at = text.find(_OPEN)
    while at >= 0:
        found = _their_kin.match(text, at)
        deed = _DEED_TO.search(text, max(0, at - 16), at) if found else None
        if found is None or deed is None:
            at = text.find(_OPEN, at + 1)
            continue
        kin.add(int(found[1] or found[2]))
        text = f"{text[: deed.start()]}{_SOMETHING}{text[found.end() :]}"
        at = text.find(_OPEN, deed.start())
    return text, kin


_REFEREED = lazy_pattern(
    r"(?<!\w)(?:re-?reviewed|reviewed|reviewing|refereed|refereeing|review\s+(?:of|for)|report\s+on"
    r"|(?:referee|reviewer|review)(?:'?s)?\s+(?:report|comments)\s+(?:on|for|of))"
    rf"\s+(?:the\s+)?({_SLOTS})(?:'s)?\s+(?:(?!drafts?\b|thesis\b|dissertation\b)[\w-]+\s+){{0,2}}?"
    r"(?:manuscripts?|papers?|submissions?|grants?|proposals?|articles?|preprints?|abstracts?)(?!\w)"
    r"(?![^\S\n]+(?:drafts?|with|together)\b)"
)
"""A review of someone's manuscript, paper, submission, grant, proposal or article, as a referee
writes one (`Reviewed [[Kenji]]'s manuscript for NAR`, `referee report on [[Kenji]]'s paper`):
about them, for a journal or a funder, often anonymous; not a draft, a thesis or a CV they gave
you to look at (`Reviewed [[Sam]]'s paper draft`, `reviewed X's` as `OUTBOUND` reads it), nor one
done with them (`reviewed [[Bo]]'s paper with him`)."""


def _refereed_cut(text: str) -> tuple[str, set[int]]:
    """`text`, a lower-case template, less each review of someone's paper (`_REFEREED`), and the
    slots of those whose paper it was: about them, no deed to them."""
    if "review" not in text and "refere" not in text and "report" not in text:
        return text, set()  # most lines
    refereed: set[int] = set()
    for found in _REFEREED.finditer(text):
        refereed.update(map(int, _SLOT.findall(found[1])))
    return (_REFEREED.sub(_SOMETHING, text) if refereed else text), refereed


_place_linked = lazy_pattern(
    rf"((?<!\w)(?:at|in|(?:went|go|going|drove|flew|walked|travell?ed|trip|headed|moved)\s+to)\s)"
    rf"#?{_OPEN}-?\d+{_CLOSE}(?= with #?{_OPEN})"
)
"""A place linked where a meeting was, then whom it was with (`coffee at [[Blue Bottle]] with
[[Sam]]`, `went to [[Berlin]] with [[Lena]]`): a word of the line, not a person it names."""


_WHEN_WORDS = ("night", "morning", "afternoon", "evening", "today", "yesterday", "earlier", "after work")


_LEAD = lazy_pattern(r"\W*(\w+)")
"""The first word of a line: what an opening is filed under."""
_WITH = lazy_pattern(rf"(?<![\w/])w/(?=\s)|(?<![\w/'])w(?=\s+#?{_OPEN})")
"""`w/`, as notes shorten `with` (`coffee w/ [[Sam]]`), and `w` before a person (`coffee w
[[Sam]]`): read as the word (`w/o` is not it)."""


def _literal_words(phrase: str) -> list[str]:
    """The words a phrase cannot match without, in order: its tokens' runs of letters, but of the
    person's slot (`X`, `X's`) and a gap (`…`)."""
    return [
        word
        for token in phrase.split()
        if token not in ("…", "...") and token != "X" and not token.startswith("X'")
        for word in _WORD.findall(token.lower())
    ]


def _filed_under(phrase: str) -> str:
    """The word a phrase is filed under (`Table`): of its `_literal_words`, the longest, and one
    of the commonest (`at`, `my`, `with`, ...) only when it has no other. The rarer the word, the
    fewer lines try the phrase: `at X's invitation` is tried on a line with `invitation`, not on
    every line with `at`."""
    words = _literal_words(phrase)
    rare = [word for word in words if word not in _COMMON] or words
    return max(rare, key=len, default="")


_COMMON = frozenset(
    (
        "a",
        "an",
        "and",
        "at",
        "for",
        "from",
        "i",
        "in",
        "it",
        "me",
        "my",
        "of",
        "on",
        "the",
        "to",
        "up",
        "us",
        "with",
    )
)
"""Words in most lines of a log, under which a phrase is filed only when it has no other."""


def _key(phrase: str) -> str:
    """The word an opening is filed under (`Table.opening`): the first of its `_literal_words`, as
    an entry's first word (`_LEAD`) is looked up."""
    words = _literal_words(phrase)
    return words[0] if words else ""


@cache
def table(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Table:
    """The built-in phrases, extended by `extra` ((kind, phrases) pairs from `[words]`)."""
    added = {kind.replace("_", " "): phrases for kind, phrases in extra}  # `they_started`: `they started`
    built = {
        "inbound": INBOUND, "outbound": OUTBOUND, "mutual": MUTUAL, "mention": MENTION, "plan": PLAN,
        "about": ABOUT, "undone": UNDONE, "they started": STARTED_BY_THEM, "you started": STARTED_BY_ME,
        _OFF: CALLED_OFF_BY, _GONE: GONE,  # `gone` is the reader's own: `[words]` does not extend it
    }  # fmt: skip
    by_word: dict[str, list[tuple[str, str]]] = {}
    for kind in built:
        for phrase in dict.fromkeys((*built[kind], *added.get(kind, ()))):
            if phrase.strip():
                by_word.setdefault(_filed_under(phrase), []).append((kind, phrase))
    openings: dict[str, dict[str, list[str]]] = {}  # a first word → kind → regexes, in order
    for phrase in MEETING_WORDS:  # first: `met up` opens with `met`, a meeting
        openings.setdefault(_key(phrase), {}).setdefault("meeting", []).append(_word(phrase))
    for kind, said in OPENINGS.items():
        for phrase in said:
            openings.setdefault(_key(phrase), {}).setdefault(kind, []).append(_pattern(phrase)[0])
    opening = {word: rf"^\W*(?:{_groups(kinds)})" for word, kinds in openings.items()}
    filed = {word: tuple(phrases) for word, phrases in by_word.items()}
    owned = frozenset((kind, phrase) for kind, said in added.items() for phrase in said)
    return Table(filed, opening, frozenset(word for word in filed if word), owned)


def table_of(config: Config) -> Table:
    """The phrase table with the phrases of `config`'s `[words]`."""
    return table(tuple(sorted(config.words.items())) if config.words else ())


def _groups(kinds: dict[str, list[str]]) -> str:
    return "|".join(f"(?P<{kind}>{'|'.join(patterns)})" for kind, patterns in kinds.items())


_STARTED = {"they started": "inbound", "you started": "outbound"}
"""The kinds of the phrases of who started it (`STARTED_BY_THEM`, `STARTED_BY_ME`), and the
direction each gives."""


def _found(text: str, candidates: Iterable[Phrase], everyone: list[int]) -> dict[int, set[str]]:
    """The kinds of phrase found on the line for each person (not those of `_CUT`, read before).
    A phrase of no one (`I called`, `my invite`) is of everyone, but one whose own phrase says
    which way it went (`[[Ed]] called, then I called the plumber` is his call)."""
    found: dict[int, set[str]] = {}
    unslotted: set[str] = set()
    for kind, source, slotted, _ in candidates:
        if kind in _CUT:
            continue
        pattern = _compiled(source)
        if not slotted:
            if pattern.search(text):
                unslotted.add(kind)
            continue
        for match in pattern.finditer(text):
            for index in _SLOT.findall(match[0]):
                found.setdefault(int(index), set()).add(kind)
    for index in everyone if unslotted else ():
        kinds = found.setdefault(index, set())
        if kinds.isdisjoint(_WAYS):
            kinds |= unslotted
    return found


_WAYS = frozenset(("inbound", "outbound"))
"""The kinds of phrase that say which way a contact went."""


def _merge(found: set[str]) -> str | None:
    """What the kinds of phrase found for one person on one line say: both ways is mutual (spec
    6.5), as is doing it together, unless a phrase says who started it (`Coffee with [[Ana]], her
    idea`: an arrow on a meeting, in words)."""
    if not found.isdisjoint(_STARTED):  # seldom: apart, so that the rest asks no more than it did
        ways = found | {_STARTED[kind] for kind in found if kind in _STARTED}
        if {"inbound", "outbound"} <= ways:
            return "mutual"
        return "inbound" if "inbound" in ways else "outbound"
    if "mutual" in found or {"inbound", "outbound"} <= found:
        return "mutual"
    for kind in ("inbound", "outbound"):
        if kind in found:
            return kind
    return "mention" if "mention" in found else None


def read_line(
    template: str,
    slots: Iterable[int],
    words: Table,
    own: bool = False,
    done: bool = False,
    met: bool = False,
) -> dict[int, str]:
    """`_read_line`, remembered: a vault writes the same few lines again and again ("coffee with
    X"), and a line's template holds no name. The answer is shared: do not change it."""
    return _read_line(template, tuple(slots), words, own, done, met)


def read_own(template: str, words: Table) -> str | None:
    """What the words of an entry of a person's own log say of that person: `read_line`'s answer
    for `SELF` with `own`, with no call between (it is asked for every such entry)."""
    return _read_line(template, (), words, True).get(SELF)


_SOMETHING = " \ue002 "
"""What a phrase of what a line is about leaves in its place: a word no phrase holds, as what it
was about was words (`Visited [[Gran]]'s grave with [[Mum]]` still visited … with Mum)."""
_ONE_SLOT = f"#?{_OPEN}-?\\d+{_CLOSE}"
_BY_YOU = rf"(?<!{_CLOSE} )(?<!he )(?<!they )(?<!\w)"
"""No one named just before the verb (`[[Ana]] introduced X to Y`, `she made an intro` are hers)."""
_INTRODUCING = rf"{_BY_YOU}(?:introduced|intro'?d|introed|connected|referred)"
_INTRO_OF = r"(?:duction)?(?:\s+e-?mail(?:\s+to)?)?(?:\s+(?:between|for|of))?[\s:–—-]*"
"""What may come between `intro` and the first of two people (`intro: X`, `introduction between X`,
`intro email: X`, `intro email to X`, as a double opt-in introduction is written)."""
_INTRODUCED = (
    # `introduced X to Y`, `intro'd X and Y`, `connected X with Y`, `put X in touch with Y`
    rf"(?:{_INTRODUCING}\s+(?:{_ONE_SLOT}|(her|him|them))\s+(?:to|with|and|&|<>|<->|↔)"
    rf"|{_BY_YOU}put\s+(?:{_ONE_SLOT}|(her|him|them))\s+in\s+(?:touch|contact)\s+with)"
    rf"\s+{_ONE_SLOT}"
    # `introduced them`, `introduced the two`, after the line named them (`lunch with X and Y,
    # introduced them`)
    rf"|{_INTRODUCING}\s+(?:the\s+two|them\s+both|both\s+of\s+them|them(?=\s+to\s+each\s+other|\s*(?:[.,;:!)]|$)))"
    # `intro: X <> Y`, `made an introduction between X and Y`, `X <> Y intro`
    rf"|(?<!\w)intro{_INTRO_OF}{_ONE_SLOT}\s*"
    rf"(?:<>|<->|↔|&|\+|/|and|to)\s*{_ONE_SLOT}"
    rf"|{_ONE_SLOT}\s*(?:<>|↔)\s*{_ONE_SLOT}[\s:–—-]*intro(?!\w)"
    # in a person's own log, the person unsaid: `made an intro to Y`
    rf"|{_BY_YOU}(made)\s+(?:an|the)\s+intro(?:duction)?\s+(?:to|with|for)\s+{_ONE_SLOT}"
)
"""Each of its groups is a form that names the person whose note it is without a slot: in their
own log only."""
_introduced = lazy_pattern(_INTRODUCED)
_NOT_OF_TWO = r"\s+(?!(?:me|myself|us|to|with|in)(?!\w))"
"""After the verb, not what `[[Ana]] introduced me to`, `was introduced to` or `connected with` say."""
_MAY_INTRO = lazy_pattern(rf"intro(?<!\wintro)(?:(?:duced|['’]?d|ed){_NOT_OF_TWO}|{_INTRO_OF}[#\[{_OPEN}])")
_MAY_CONNECT = lazy_pattern(
    rf"(?:connected(?<!\wconnected)|put(?<!\wput)|referred(?<!\wreferred)){_NOT_OF_TWO}"
)
"""How `_INTRODUCED` opens, in the line as written (a link as written or a slot), but for its
forms with `made` or `<>`. Searched for only in a line that holds their words: a log says
`Introduced me to [[Bo]]` and `thanks for the intro to [[Bo]]` far more than it introduces, and
most lines say neither. `intro` opens the first, so that it is searched for as that word, not
tried at each place of the line."""


def may_introduce(text: str) -> bool:
    """Could the words of this line (in lower case or capitalised), links as written or slots,
    say an introduction? A quick test, asked of nearly every entry that names someone."""
    if (
        "ntro" not in text
        and "onnect" not in text
        and "touch" not in text
        and "ontact" not in text
        and "eferred" not in text
    ):
        return False  # most lines: not even made lower-case
    lowered = text.lower()
    if "intro" in lowered and (
        _MAY_INTRO.search(lowered) or "made" in lowered or "<>" in lowered or "↔" in lowered
    ):
        return True
    may = "connected" in lowered or "put" in lowered or "referred" in lowered
    return may and bool(_MAY_CONNECT.search(lowered))


def introduces(template: str, own: bool = False) -> bool:
    """Do the words say you introduced two people to each other (`introduced X to Y`, `intro: X
    <> Y`)? Each is a slot, or in a person's `own` log entry a pronoun for them (`introduced her
    to Y`). Only you: `X introduced me to Y` and `was introduced to Y` are no introduction you made."""
    if not may_introduce(template):
        return False
    found = _introduced.search(_lowered(template))
    return found is not None and (own or not any(found.groups()))


def reached_out_by_introducing(template: str) -> bool:
    """Is a line that `introduces` two people the introduction itself, you its writer: it opens
    with the deed (`Introduced X to Y over email`, `10:00 intro: X <> Y`), at no meeting (`over
    lunch`)? Then it went to both. Not `Sam introduced X to Y`, `Still haven't introduced X to
    Y`, or `X's intro: Y <> Z`, whatever `introduces` makes of them."""
    lowered = _lowered(template)
    return _OPENS_INTRODUCING.match(lowered) is not None and _A_MEETING.search(lowered) is None


_OPENS_INTRODUCING = lazy_pattern(
    r"[\s*_>:–—-]*(?:\d{1,2}[:.]\d{2}\s*[:–—-]?\s*)?(?:i\s+)?(?:(?:sent|wrote)\s+(?:(?:an?|the|my)\s+)?)?"
    r"(?:double[ -]opt[ -]?in\s+)?(?:introduced|intro'?d|introed|connected|referred|put|intro(?:duction)?\b)"
)
"""How a line opens that is the introduction itself (`Introduced X to Y`, `intro: X <> Y`, `Sent
intro email to X and Y`, `Double opt-in intro: X <> Y`)."""


@lru_cache(maxsize=1 << 15)
def own_reading(template: str, words: Table) -> tuple[str, str | None]:
    """`template` as `convert.folded` makes it (the reader looks for the person's own names in
    it) and `read_own`'s answer for it: both pure in the template, which an own log repeats, every
    link one slot. Read past `_read_line`'s cache, so that each template is kept once."""
    return folded(template), _read_line.__wrapped__(template, (), words, True).get(SELF)


_compiled = cache(re.compile)
"""A phrase's regex, compiled once a process (re's own cache holds fewer than the table)."""


def forget_lines() -> None:
    """Let go of the lines read and remembered (`own_reading`, `_read_line`): tens of thousands
    in a large vault, kept while its notes are read and not needed once they are."""
    own_reading.cache_clear()
    _read_line.cache_clear()


@lru_cache(maxsize=1 << 15)  # a person's log repeats its lines: ~13,000 differ in 5,000 notes
def _read_line(
    template: str, slots: tuple[int, ...], words: Table, own: bool, done: bool = False, met: bool = False
) -> dict[int, str]:
    """What the words of one line say of each person it names: `inbound`, `outbound`, `mutual`
    or `mention`, by slot, or `broadcast` for all when it went to many at once (`_MASS`) and
    nobody answered it; a person the words say nothing of is left out.

    `template` is the line with each link replaced by `slot(index)`; `slots` the indexes it holds.
    `own`: an entry of a person's own log, where pronouns (and a phrase without `X`) mean the
    person whose note it is (`SELF`), and an entry that opens with a meeting word or a deed
    (`OPENINGS`) and says nothing else of the person says what it opens with. A plan (`PLAN`)
    names what is yet to be done, but in an own log entry or a `done` task (`- [x] Need to call
    [[Sam]]`): then it is done. What a line is about (`ABOUT`) is no one it was with, but in an
    own log entry; what did not happen (`UNDONE`, `CALLED_OFF_BY`) is no contact, in an own log
    entry too. All three are cut from the line before the rest of it is read; and what the person
    called off undoes what the line says was done together with them. A phrase of who started it
    wins over doing it together (`_merge`). On a line that names one person, the pronouns are theirs.
    `met`: under a heading of meetings (`## Calls`), a meeting but as the words say (`_as_met`)."""
    text = _lowered(template)
    if own:
        text = _of_person(text, slot(SELF))
    elif len(slots) == 1:  # `Coffee with [[Ana]], she reached out`: whom else could she be?
        text = _pronouns_of(text, slot(slots[0]))
    mass = _to_many(text)  # `Sent the newsletter to [[Ana]], [[Bo]]`: audience, not networking
    if "w/" in text or "w " in text:
        text = _WITH.sub("with", text)
    text = _asides_cut(text)
    text, kin = _talked_of(text, own)  # `emailed X's mum`, `asked for an intro to X`: nothing done to X
    if "::" in text:  # `talked to (person:: [[Eli]])`: a Dataview field holding the person
        text = _FIELD_OF_PEOPLE.sub(r"\1", text)
    everyone = [SELF] if own else list(slots)
    planned = set(kin)  # the people of a plan or of what the line is about: no contact
    aside = set(kin)  # those a plan or what the line is about names: a phrase of no one is not theirs
    plan = None if own or done else _PLAN_OPENING.match(text)
    ahead = None if own or done or plan else _AHEAD_OPENING.match(text)
    if opening := plan or ahead or (None if own else _ARRANGING.match(text)):
        if (left := _after_the_plan(text, opening.end(), ahead is not None, planned)) is None:
            return dict.fromkeys(everyone, "mention")
        text, aside = left, aside | planned
    candidates = words.tried(text)
    off_by = _unspoken(text, everyone, planned)  # and who called it off (`CALLED_OFF_BY`): no meeting
    uncut = text  # how an own entry opens, before what did not happen is cut (`she hasn't called`)
    cuts = [p for p in candidates if p[0] in _CUT and _cut(p[0], own, done)]
    for kind, source, slotted, _ in sorted(cuts, key=_cut_first) if len(cuts) > 1 else cuts:
        spans = [match[0] for match in _compiled(source).finditer(text)]
        named = {int(index) for span in spans for index in _SLOT.findall(span)}
        planned |= named
        if kind == _OFF and spans and not slotted:  # `[words] called_off = ["abgesagt"]`: all of it
            return dict.fromkeys(everyone, "mention")
        if kind == _OFF:
            off_by |= named
        elif own and kind == _GONE and named:  # `visited her grave`: no visit of hers, whatever it opens with
            return {SELF: "mention"}
        elif kind in _ASIDE:
            aside |= named
        if spans and not slotted and (source not in _silences() or not _says_more(uncut, cuts)):
            planned.update(everyone)  # `no reply` alone; after `cold LI msg, ` only the reply did not happen
        text = _compiled(source).sub(_SOMETHING if kind in ("about", _GONE) else " ", text)
    if "(" in text and (marked := _ABSENT.findall(text)):  # `Attendees: X, Y (absent)`: Y alone
        planned.update(map(int, marked))
        text = _ABSENT.sub(" ", text)
    if plan and _PLAN_OPENING.match(text):  # a plan whose phrase did not cut its opening: all of it
        return dict.fromkeys(everyone, "mention")
    if _may_be_off(text):
        text, off = _called_off(text, planned)
        if off is not None:  # what the line tells of did not happen: what it says besides still counts
            return _told_besides(off, everyone, words, own, done, met)
    found = _found(text, candidates, [index for index in everyone if index not in aside] or everyone)
    said = {index: way for index, kinds in found.items() if (way := _merge(kinds))}
    # Named only as a mention names (`coffee, he told me about his talk`): what it opens with wins.
    mentioned = {index for index, way in said.items() if way == "mention"}
    if own and (SELF not in said or SELF in mentioned) and (opened := _own_opening(uncut, words)):
        if opened == "meeting":
            said[SELF] = "mutual"
        elif said.keys() <= mentioned:  # `called [[Bob]]` in Ana's log: the deed is Bob's, not hers
            said[SELF] = opened
    if mass is not None and (audience := _audience(mass, said, text, everyone)) is not None:
        return audience
    for index in planned:
        said.setdefault(index, "mention")
    if not own:
        _read_as_listed(text, words, said, mentioned)
    for index in off_by:
        if said.get(index) == "mutual":
            said[index] = "mention"
    return _as_met(said, found, text) if met else said


_UNSPOKEN = lazy_pattern(
    r"(?<!\w)(?:didn't|did not|never|couldn't|could not)\s+(?:(?:manage|managed|get|got|have|had|find"
    r"|found)\s+(?:(?:a|the)\s+chance\s+|(?:the\s+)?time\s+)?to\s+)?(?:say\s+(?:hi|hello)|talk|speak|chat|catch\s+up)"
    rf"(?:\s+(?:to|with)\s+({_SLOTS}))?(?:\s+at\s+all)?(?=[^\S\n]*(?:[.,;:!?)\]—–-]|\n|$)|\s+(?:but|though)\b)"
    rf"|(?<!\w)missed\s+({_SLOTS})(?=[^\S\n]*(?:[.,;:!?)\]—–-]|\n|$))"
)
"""A clause saying you did not speak to someone, to its end (`didn't get to talk to X`, `didn't
manage to say hi to X but`, `missed X.`), or to no one named (`Didn't manage to say hi.`): not
what was not said (`didn't talk to him about the move`), nor how much (`didn't get to talk
much`)."""


def _unspoken(text: str, everyone: list[int], planned: set[int]) -> set[int]:
    """The people a line, a lower-case template, says you did not speak to (`_UNSPOKEN`), also put
    in `planned`: what it says was done together with them did not happen with them (`Saw [[Bo]]
    at ISMB but didn't get to talk to him`, as `CALLED_OFF_BY` undoes it); a deed one way still
    did (`Emailed [[Bo]], didn't get to talk to him`). Said of no one, of the line's one person
    only (`keynote by [[Kenji]]. Didn't manage to say hi.`): of two, which?"""
    if "n't" not in text and " not " not in text and "never" not in text and "missed" not in text:
        return set()  # most lines
    unspoken: set[int] = set()
    for found in _UNSPOKEN.finditer(text):
        named = found[1] or found[2]
        if named:
            unspoken.update(map(int, _SLOT.findall(named)))
        elif len(everyone) == 1:
            unspoken.update(everyone)
    planned |= unspoken
    return unspoken


def _as_met(said: dict[int, str], found: dict[int, set[str]], text: str) -> dict[int, str]:
    """`said` made, what the words of a line under a heading of meetings (`## Calls`, `## Meetings`)
    say of its people, the meeting the heading says it was, for each the words say went one way
    but by no call or message (`_AT_A_DISTANCE`): what was said or done at it (`[[Bo]] asked me
    about the budget`, `[[Ed]] sent the agenda`), or who asked for what the words say was done
    together (`Lunch with [[Bo]], she invited me`). A call or a message one way is read as said
    (`Called [[Bo]], left a voicemail`, `[[Bo]] called me back`), and so is what did not happen (a
    mention). The heading is vaultnet's own reading, not the spec's meeting rule (a meeting
    note's `type`)."""
    far = _AT_A_DISTANCE.search(text) is not None
    for index, way in said.items():
        if way in _WAYS and (not far or "mutual" in found.get(index, ())):
            said[index] = "mutual"
    return said


_AT_A_DISTANCE = lazy_pattern(
    r"(?<!\w)(?:called|rang|phoned|dial(?:l?ed)|voice\s?mails?|vm|e-?mailed|mailed|texted|messaged"
    r"|dm(?:'?d|ed)|pinged|inmailed|whatsapped|slacked)(?!\w)"
)
"""A call or a message done (`called`, `voicemail`, `emailed`, `texted`): a contact at a distance,
which went one way when the words say so, under a heading of meetings too. Not a word of one to
be done or asked for (`[[Di]] asked me to call the supplier`, `I'll email the figures`), nor a
reply or a note written, which as often came of the meeting."""


def _cut_first(phrase: Phrase) -> tuple[bool, bool]:
    """The order `_read_line` cuts phrases in, first what the person called off (`[[Zed]] didn't
    show up` is theirs, not `X didn't` of `UNDONE`), then a phrase of a person before one of no
    one, which would take its words (`ghosted by [[Di]]` is hers, not a `ghosted` of the line)."""
    return phrase[0] != _OFF, not phrase[2]


def _says_more(text: str, cuts: list[Phrase]) -> bool:
    """Does a line, a lower-case template, say more than that someone did not answer (the phrases
    of `UNDONE` with no `X` among `cuts`: `no reply`, `crickets`)? A part of it (parted by a
    comma, a bracket, a dash, a sentence's end) that holds none of them and a word of its own
    (`_NOTHING_MORE` aside) does: `cold LI msg, no reply` and `f/u again. ghosted.` were
    messages; `no reply`, `No answer.`, `no word since final round` and `still pending, never
    accepted` were nothing. A silence that says nobody talked (`_NO_TALK`: `accepted. no
    convo`) is all the line's."""
    silences = [source for _, source, _, _ in cuts if source in _silences()]
    if any(_compiled(source).search(text) for source in _no_talk().intersection(silences)):
        return False
    return any(
        not any(_compiled(source).search(part) for source in silences)
        and not _NOTHING_MORE.issuperset(_WORD.findall(_SLOT.sub(" ", part)))
        for part in _PARTS.split(text)
    )


_PARTS = lazy_pattern(r"[,;()\[\]—–]|\s-\s|[.!?]?\n")
"""Where a line parts into what `_says_more` reads apart: not at a colon, after which a label's
words are what it labels (`Update: no reply`)."""
_NOTHING_MORE = frozenset((
    "yet", "still", "again", "so", "far", "as", "usual", "sadly", "sigh", "ugh", "lol", "though", "either",
    "anyway",
))  # fmt: skip
"""Words that say nothing more beside a silence (`no reply, as usual`, `crickets (again)`)."""
_NO_TALK = ("no convo", "no conversation")
"""The silences of `UNDONE` that say nobody talked at all, not only that nobody answered."""


@cache
def _silences() -> frozenset[str]:
    """The regexes of the phrases of `UNDONE` with no `X`: each says only that nobody answered
    (`no reply`, `crickets`). An owner's own (`[words] undone = ["cancelado"]`) says more: that
    what the line tells did not happen."""
    return frozenset(_pattern(phrase, "undone")[0] for phrase in UNDONE if "X" not in phrase)


@cache
def _no_talk() -> frozenset[str]:
    """The regexes of `_NO_TALK`'s phrases, as `Table` makes them."""
    return frozenset(_pattern(phrase, "undone")[0] for phrase in _NO_TALK)


def _after_the_plan(text: str, end: int, ahead: bool, planned: set[int]) -> str | None:
    """What is left to read of a line opening with a plan (`Need to`, or what comes next: `ahead`,
    `Next:`), whose opening ends at `end`: None when all of it is the plan (one clause: `Need to
    post the card to [[Ana]]`). A later clause naming others is read alone, the plan's people put
    in `planned` (`Need to buy milk. [[Kit]] called me`); after what comes next, one turning to
    what was done too (`— we spoke on the phone today`). A plan's own people told of after it
    are read in the whole line, its phrases cut (`Need to reply to [[Bo]]; she emailed`)."""
    later = _CLAUSE.search(text, end)
    if later is None:
        return None
    rest = text[later.end() :]
    head = {int(index) for index in _SLOT.findall(text, 0, later.start())}
    others = set(map(int, _SLOT.findall(rest))) - head
    if not (others or ahead):
        return text
    if not (others or _TURN.match(rest)):
        return None
    if _OPEN in rest:  # `Next: lunch with [[Ana]]; [[Bo]] called me today`: Ana is the plan's
        planned |= head
    return rest


def _own_opening(text: str, words: Table) -> str | None:
    """How an own log entry opens (`Table.opened`), or, after a short label and a stop, the deed
    the words after it open with (`Birthday — sent flowers`, `Her birthday, texted`), which wins
    over a meeting word in the label (`Wedding anniversary: sent a card`). Not a meeting word
    there: after a label it is as often what is yet to be done (`Note to self: call more often`)."""
    opened = words.opened(text)
    if opened not in (None, "meeting"):
        return opened
    label = _LABEL_THEN.match(text)
    later = words.opened(text[label.end() :]) if label else None
    return later if later not in (None, "meeting") else opened


_LABEL_THEN = lazy_pattern(r"\s*(?:[^\s:;,—–]+\s+){0,2}[^\s:;,—–]+\s*(?:[:;,—–]|\s-)\s*")
"""A label of a word or three and a stop, before what a diary says was done (`Birthday — `)."""


def _read_as_listed(text: str, words: Table, said: dict[int, str], mentioned: set[int]) -> None:
    """Put in `said` what a dated note's line says as a daily note lists whom you saw
    (`_listed`, `_said_after`), of each person its phrases said nothing of, or named only as
    a mention names (`[[Bo]] - chatted about his podcast`)."""
    named = _named_first.match(text)
    listed, way = _listed(text, words, named)
    for index in listed:
        if index not in said or index in mentioned:
            said[index] = way
    if named and len(one := _SLOT.findall(named[1])) == 1:
        index = int(one[0])
        if index not in said or index in mentioned:
            after = _said_after(text[named.end() :], index, words)
            if after and (index not in said or after != "mention"):
                said[index] = after


def _to_many(text: str) -> frozenset[int] | None:
    """Who of the line, in lower case, got what went to many at once (`_MASS`, or a round of
    cards to people it names: `_CARD_ROUND`): the people of the clauses that say so (`Sent the
    newsletter to [[Ana]], [[Bo]]`) and of no other clause (`[[Kai]] posted in the group chat;
    I called her`), none when only a clause naming no one says so (`Sent the deck to everyone,
    then called [[Ben]]`); None when no clause does (`Went to the group dinner with [[Ben]]`,
    `Called [[Jo]] about the group chat`: what it is about). Those in the audience of a talk you
    gave (`_heard`) are its audience, and the others of their clause are not."""
    if text.count(_OPEN) > GROUP_LIMIT and _SENT_A_MESSAGE.search(text):  # one message to a crowd
        return frozenset(map(int, _SLOT.findall(text)))
    talk = _gave_a_talk(text)
    if not (talk or _may_say_many(text) or "whole" in text or "entire" in text):
        return None
    found, elsewhere = None, set[int]()
    for clause in _CLAUSE.split(text):
        named = {int(index) for index in _SLOT.findall(clause)}
        said = _MASS.search(clause) or _TO_THE_WHOLE.search(clause)
        if said and " about " in clause[: said.start()]:  # `Called [[Jo]] about the group chat`: its subject
            said = None
        heard = _heard(clause) if talk and not said else set()
        if said or (len(named) > 1 and "cards" in clause and _CARD_ROUND.search(clause)):
            found = (found or frozenset()) | named
        elif heard:
            found, elsewhere = (found or frozenset()) | heard, elsewhere | (named - heard)
        else:
            elsewhere |= named
    return None if found is None else found - elsewhere


_TALKS = r"talks?|seminars?|lectures?|keynotes?|presentations?|colloqui(?:um|a)|webinars?|tutorials?|plenary"
_GAVE_A_TALK = lazy_pattern(
    rf"{_BY_YOU}(?:(?:gave|give|giving|delivered|presented)\s+(?:(?:a|an|my|the|our)\s+)?(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:{_TALKS})|presented\s+(?:at|to)|spoke\s+at|(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{_TALKS}))(?!\w)"
)
"""A talk you gave (`Gave talk at dept seminar`, `presented at group meeting`, `my keynote`): not
one someone else gave (`[[Bo]] gave a talk`)."""
_MANY_OTHERS = (
    r",?\s+and\s+(?:~|about\s+|around\s+|some\s+|over\s+)?(?:\d+|a\s+few|a\s+dozen|dozens|many|several|some"
    r"|lots|loads)(?:\s+(?:of\s+)?(?:others|other\s+people|more|people|students|folks))?"
)
_IN_THE_AUDIENCE = lazy_pattern(
    rf"({_SLOTS})(?:(?:{_MANY_OTHERS})?\s+(?:(?:were|was)\s+(?:also\s+)?)?(?:in\s+the\s+(?:audience|room|crowd)"
    rf"|in\s+attendance|among\s+the\s+audience|attended|(?:was|were)\s+at\s+(?:my|our)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_TALKS}))|{_MANY_OTHERS}\s+(?:(?:were|was)\s+)?there)(?!\w)"
    rf"|(?<!\w)audience\s*(?:incl(?:\.|uded|uding)?)?\s*:?\s*({_SLOTS})"
)
"""People said to be in an audience (`[[Cy]] in the audience`, `[[Ed]] was at my talk`, `audience
included [[Di]]`, `[[Al]],
[[Bo]] and ~30 others there`; not `[[Bo]] was there`, which may be at the dinner after)."""


_TALKED_TOO = lazy_pattern(
    r"(?<!\w)(?:chatted|talked|(?:spoke|speaking)\s+(?:to|with)|caught\s+up|met\s+up|coffee|lunch|dinner|drinks"
    r"|beers?)(?!\w)"
)
"""Words of a talk with someone, or a meal, beside a talk you gave (`[[Bo]] was at my keynote,
chatted after`): what the line says of its people is read as its words say it."""


def _gave_a_talk(text: str) -> bool:
    """Does a line, in lower case, tell of a talk you gave, and someone in its audience, and of no
    talk with anyone (`_TALKED_TOO`)? Its regexes are tried only when a word of an audience is
    there: nearly every line holds none."""
    heard = "there" in text or "audience" in text or "attend" in text or "room" in text or "crowd" in text
    heard = heard or " at my " in text or " at our " in text  # `[[Ed]] was at my talk`
    return heard and _GAVE_A_TALK.search(text) is not None and _TALKED_TOO.search(text) is None


def _heard(clause: str) -> set[int]:
    """The people a clause of a line that tells of a talk you gave says were in its audience
    (`_IN_THE_AUDIENCE`): of a talk they were no contact, as the readers of a newsletter are
    none; not the host whose lab it was at (`Gave a talk at [[Bo]]'s lab, [[Cy]] in the
    audience`), nor who chaired it (`[[Zoë]] chaired`)."""
    return {int(index) for found in _IN_THE_AUDIENCE.finditer(clause) for index in _SLOT.findall(found[0])}


_WHOLE_GROUP = (
    r"(?:the\s+(?:whole|entire)\s+(?:[\w-]+\s+)?(?:lab|group|department|dept|institute|faculty|unit|division"
    r"|cohort|class|school)|all\s+of\s+the\s+(?:lab|group|department|dept)|the\s+group|everyone|everybody)"
)
_TO_THE_WHOLE = lazy_pattern(
    r"(?<!\w)(?:(?:sent|mailed|e-?mailed|texted|messaged|wrote|posted|forwarded|whatsapped|pinged|slacked)"
    r"(?:\s+(?!(?:me|us)\b)[\w'-]+){0,3}?\s+(?:to|in)|e-?mailed|texted|messaged|whatsapped|pinged|slacked"
    r"|(?:e-?mail|message|msg|text|note|reminder|update|announcement|post)s?\s+to)"
    rf"\s+{_WHOLE_GROUP}\s*(?:\(\s*(?:(?:incl(?:\.|uding)?|e\.g\.|i\.e\.)\s*)?|:\s*|,\s*incl(?:\.|uding)?\s+)(?=#?{_OPEN})"
)
"""A message to a whole group, its people named after it (`Email to the whole lab (incl.
[[Priya]])`, `Emailed the group ([[Priya]])`, `Texted everyone ([[Bo]], [[Cy]])`): to many at
once, as `to the volunteers group` is. Not to `the lab` alone, which may be one office and whom
you wrote to there (`Emailed the lab ([[Bo]]) about my results`)."""


_CLAUSE = lazy_pattern(r"[;—–]|[.!?]\n|,?\s+then\b")
"""Where a line's clauses part: what went to many is said of the people of its own clause."""
_TURN = lazy_pattern(r"\s*(?:(?:but|and|then|so)\s+)?(?:we|i)\b")
"""A clause that turns to what was done (`— we spoke on the phone today`, `; but I called`)."""


def _audience(
    mass: frozenset[int], said: dict[int, str], text: str, everyone: list[int]
) -> dict[int, str] | None:
    """What a line that went to many at once (`_to_many`: `mass`) says: all of it audience (a
    broadcast), or None to read it as its words say, with those it went to set as audience in
    `said` (a mention: no contact) when others on the line were met (`Coffee with [[Gus]]; sent
    the investor update to [[Hal]]`). It is no broadcast when someone answered it (`replied to
    his newsletter`), when it went both ways with those it went to (`[[Jon]] texted the group
    chat ..., called him`), but for the sender of a mailing of theirs (`[[Jo]] sent out his
    newsletter`, `mass email from [[Cy]]`), nor when a clause naming no one went to many and the
    others say more (`Sent the deck to everyone, then called [[Ben]]`)."""
    if _MORE_THAN_A_MAILING.search(text):
        return None
    if not mass:  # no one of the line is in it: in a person's own entry, they are (`Sent the digest`)
        said_more = _OPEN in text and any(direction(said.get(index)) for index in everyone)
        return None if said_more else dict.fromkeys(everyone, "broadcast")
    ways = {said.get(index) for index in mass}
    if {"inbound", "mutual"} & ways and _SENDS_A_MAILING.search(text) is None:
        return None
    if mass.issuperset(everyone):
        return dict.fromkeys(everyone, "broadcast")
    said.update(dict.fromkeys(mass, "mention"))
    return None


_MAILINGS = r"newsletter|digest|mass[ -]?e?-?mail|bulk e-?mail|e-?mail blast"
"""What goes to many that `_SENDS_A_MAILING` tells of."""
_SENDS_A_MAILING = lazy_pattern(
    r"\b(?:sent|sends|mailed|published|posted|put)(?: out)?\s+(?:(?:me|us)\s+)?"
    rf"(?:(?:his|her|their|the|a|an|its)\s+)?(?:[\w-]+\s+){{0,2}}(?:{_MAILINGS})"
    r"|\bsent out\s+(?:his|her|their|its|own)\s+(?:[\w-]+\s+){0,2}(?:update|letter|announcement)"
    rf"|(?:{_MAILINGS})s?\s+from\s"
)
"""Someone sending out what goes to many (`sent out his monthly newsletter`, `sent a mass email`),
or it come from them (`got the alumni newsletter from [[Bo]]`, `mass email from [[Cy]]`)."""


_SENT_A_MESSAGE = lazy_pattern(
    r"\b(?:e-?mailed|texted|messaged|mailed|sent|wrote\s+to|dm'?d|bcc'?d|whatsapp'?d)\b"
)
"""A message sent: to more than `GROUP_LIMIT` people named on one line, a mailing, as an email
note to as many is."""
GROUP_LIMIT = 10
"""People an event or an email may list (you and its organiser or sender among them, a room not)
and still be a contact with each of your people in it: an all-hands of 40, or an update sent to 15
investors, is no two-way contact with everyone there."""


def done_first(template: str) -> bool:
    """Does a line open with a deed done, after the people it is about if any (`Followed up with
    [[Bo]]`, `[[Bo]] replied`, `[[Bo]]: sent the proposal`, `Got a reply from [[Bo]]`)? Under a
    heading of plans (`## Follow-ups`) it is what was done, read as any line; not a plan made
    (`Booked lunch with [[Bo]]`) nor what is to do (`Call [[Bo]]`)."""
    opening = _FIRST_WORD.match(template.lower())
    return opening is not None and _a_deed_done(opening[1]) and opening[1] not in _PLANNED


_FIRST_WORD = lazy_pattern(
    rf"{_TIME_OF_DAY}[\s*_>:-]*(?:#?{_OPEN}-?\d+{_CLOSE}[\s:,–—-]*)?(?:i\s+)?([a-z][\w'-]*)"
)
_PLANNED = frozenset(
    ("planned", "scheduled", "booked", "arranged", "proposed", "suggested", "needed", "wanted", "hoped")
)
"""Deeds done that make a plan, not a contact (`Booked lunch with [[Bo]]`)."""


def a_mailing(subject: str) -> bool:
    """Does an email's subject, or a dated note's title, say it is a newsletter, a bulletin or a
    mailing (`Novak Capital Newsletter – November`, `Weekly bulletin #48`, `Christmas mailing`),
    not a reply to one or one forwarded (`Re: your newsletter`), nor a word of one to you alone
    (`Newsletter idea - can we talk?`, `My comments on your newsletter draft`), nor work on one
    (`Notes on the newsletter redesign`, `Newsletter planning with Bo`)?"""
    text = subject.lower()
    return (
        _A_MAILING_SUBJECT.search(text) is not None
        and _A_REPLY.match(text) is None
        and "?" not in text
        and _MORE_THAN_A_MAILING.search(text) is None
        and _NOT_AN_ISSUE.search(text) is None
    )


_A_MAILING_SUBJECT = lazy_pattern(r"newsletter|mailing list|\bbulletin\b(?! board)|\bmailing$")
_NOT_AN_ISSUE = lazy_pattern(
    r"\b(?:idea|ideas|comments?|thoughts|question|about|notes|redesign|design|planning|plans?|meeting|call"
    r"|sync|chat|launch|template|brainstorm\w*|process|strategy|with)\b"
)
"""Words of a subject or a title that say what was done with a newsletter, not an issue of it."""
_A_REPLY = lazy_pattern(r"\s*(?:re|aw|sv|fwd?|wg|tr)\s*:")
"""How a reply's or a forwarded email's subject opens (`Re:`, `Fwd:`, German `AW:`, `WG:`)."""


def _may_say_many(text: str) -> bool:
    """Does a text in lower case hold a word of what goes to many at once (`_MASS`,
    `_SENT_TO_MANY`)? Their regexes are tried only then: nearly every line holds none."""
    return (
        "mail" in text
        or "subscri" in text
        or "list" in text
        or "digest" in text
        or "investor" in text
        or "cards" in text
        or "group" in text
        or "channel" in text
        or "whatsapp" in text
        or "signal" in text
        or "telegram" in text
        or "messenger" in text
        or "every" in text
        or "lp " in text
        or "fund" in text
        or "blast" in text
        or "sent out" in text
        or "parent" in text
        or "letter" in text
        or " all " in text
        or "sequence" in text
        or "campaign" in text
        or "cadence" in text
        or "drip" in text
        or "nurture" in text
        or "bcc" in text
        or "webinar" in text
        or "team" in text
        or "hands" in text
    )


def _lowered(template: str) -> str:
    """A line's template in lower case, its words as the phrases write them, each sentence's full
    stop followed by a new line (`_SENTENCE_END`), which no phrase reads across."""
    if ". " in template or "! " in template or "? " in template:
        template = _SENTENCE_END.sub(_ended, template)
    text = template.lower()
    if "_" in text:  # `_coffee with [[Sam]]_`: an underscore of emphasis is no part of a word
        text = text.replace("_", " ")
    if "*" in text:  # `**Called** [[Sam]]`, `**Absent:** [[Sam]]`: emphasis, not words
        text = text.replace("*", "")
    if not text.isascii():
        if "’" in text:  # `haven’t`, as phones and word processors write an apostrophe
            text = text.replace("’", "'")
        if _AN_EMOJI.search(text):  # `☕ with [[Sam]]`, `📞 [[Sam]]`: rare, and a translation is not cheap
            text = _as_kind(text).translate(_EMOJI)
    return text


def _ended(end: re.Match[str]) -> str:
    """A sentence's end (`_SENTENCE_END`) as `_lowered` writes it: its mark, then a new line."""
    return end[0][0] + "\n"


_SHORT_WORDS = (
    "st", "dr", "mr", "mrs", "ms", "mt", "prof", "jr", "sr", "etc", "vs", "no", "nr", "gen", "capt", "col",
    "lt", "sgt", "rev", "fr", "vol", "ref", "mtg", "conf", "min", "mins", "hr", "hrs", "km", "mi", "ft", "kg",
    "lb", "lbs", "oz", "approx", "dept", "est", "incl", "misc", "tel", "ca", "cf", "fig", "pp", "pg", "inc",
    "ltd", "co", "corp", "ave", "rd", "blvd", "sq", "wk", "yr", "yrs", "mo", "govt", "univ", "esp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip
"""Words shortened with a full stop, which ends no sentence (`Dr. [[Bo]]`, `the ref. letter`, `Jan. 5`)."""
_SENTENCE_END = lazy_pattern(
    r"(?=[.!?])(?<!\.[A-Za-z])(?<!\b[A-Za-z])"  # the stop first: the lookbehinds only where one is
    + "".join(rf"(?<!\b(?i:{word}))" for word in _SHORT_WORDS)
    + r"[.!?]\s+(?=\S)"
)
"""The end of a sentence, as prose writes one: a full stop, `!` or `?` and a space, then anything
(`Need to buy milk. [[Kit]] called`, `need to call [[Di]]. later [[Ed]] called`, `Need to call
[[Bo]]. 3pm [[Cy]] called`); not after a word shortened (`Dr. [[Bo]]`, `the mtg. with`) or an
initial (`J. Smith`, `N.Y. Times`)."""


def _as_kind(text: str) -> str:
    """`text` with the emoji it opens with written as the kind of contact it was, set apart as a
    kind is (`Call: she called`), when words of their own follow it (`📞 she called`, `✉️ she
    wrote back`): they tell who started it, not the emoji's word. Before a link, or a word of
    with whom (`☕ with [[Sam]]`, `📧 from [[Cy]]`), its word reads on with them."""
    kind = _KIND_FIRST.match(text)
    word = _EMOJI.get(ord(kind[1])) if kind else None
    return f"{word.strip()}: {text[kind.end() :]}" if kind and word else text


def did_not_happen(text: str, words: Table) -> bool:
    """Does the text of an entry say all of it did not happen, struck through whole or ending so
    (`~~Design review~~`, `Dinner party (cancelled)`, `1:1 cancelled, he's sick`), and tell of no
    contact besides (`lunch cancelled, called her instead`: `_told_besides`)? Asked of an own log
    entry a mark directs, whose words are read for nothing else."""
    lowered = text.lower()
    if not _may_be_off(lowered):
        return False  # nearly every entry
    off = _called_off(_lowered(lowered), set())[1]
    return off is not None and _told_besides(off, [SELF], words, True, False, False)[SELF] == "mention"


def _may_be_off(lowered: str) -> bool:
    """Could a line, in lower case, say something did not happen: it strikes through, or holds a
    word `_CALLED_OFF` cannot match without (most lines do neither)?"""
    return "~~" in lowered or any(word in lowered for word in _MAY_BE_OFF)


def _called_off(text: str, planned: set[int]) -> tuple[str, tuple[str, str] | None]:
    """`text` without what it strikes through (`~~Lunch with [[Ana]]~~ coffee instead`), whose
    people are put in `planned`; and, when all it tells of did not happen (struck through whole,
    or ending so: `Lunch with [[Ana]] (cancelled)`, `— postponed, he's sick`), what it says
    besides: its words before the mark that calls it off, and the reason after it
    (`_told_besides`). None when it happened."""
    for span in _STRUCK.findall(text):
        planned.update(int(index) for index in _SLOT.findall(span))
    left = _STRUCK.sub(" ", text)
    if (off := _CALLED_OFF.search(left)) is not None:
        return left, (left[: off.start()] if off["mark"] else "", off["why"] or "")
    return left, ("", "") if "~~" in text and not left.strip(" -*_:.") else None


def _told_besides(
    off: tuple[str, str], everyone: list[int], words: Table, own: bool, done: bool, met: bool
) -> dict[int, str]:
    """What a line that says what it tells of did not happen (`_called_off`: `off`) still says of
    its people: a call or a message one way before the mark that calls it off (`Called [[Di]]:
    rescheduled`, `[[Zed]] called — postponed`: what was to be done together is what did not
    happen), and what the reason after it tells of itself (`— cancelled, he called to apologise`,
    `— cancelled, coffee with [[Bo]] instead`). The rest of its people are named, not met."""
    said = dict.fromkeys(everyone, "mention")
    for part, kept in zip(off, (_WAYS, _CONTACTS), strict=True):
        if part.strip():
            slots = () if own else tuple(dict.fromkeys(map(int, _SLOT.findall(part))))
            said.update(
                (index, way)
                for index, way in _read_line(part, slots, words, own, done, met).items()
                if way in kept
            )
    return said


_CONTACTS = frozenset(("inbound", "outbound", "mutual"))
"""The ways a line's words say a contact happened."""


_EMOJI = str.maketrans(
    {
        "☕": " coffee ", "🍵": " tea ", "🍽": " dinner ", "🍻": " beers ", "🍺": " beers ", "🍷": " drinks ",
        "🥂": " drinks ", "🍸": " drinks ", "📞": " phone call ", "☎": " phone call ", "✉": " email ",
        "📧": " email ", "📨": " email ", "💬": " chat ", "🗣": " chat ", "🤝": " meeting ",
        "📱": " phone ", "📲": " message ", "🍴": " dinner ", "🥾": " hike ", "❌": " - ", "\ufe0f": "",
    }
)  # fmt: skip
"""Emoji a daily note writes for what was done (`☕ with [[Sam]]`), as its words; a cross, as a
mark between a person and what became of them (`[[Eli]] ❌ cancelled`); the variation selector
after one (`✉️`) is nothing."""
_KIND_FIRST = lazy_pattern(
    r"\s*([\u2600-\u27bf\U0001f300-\U0001faff])\ufe0f?[ \t]+(?=[^\W\d_])"
    r"(?!(?:with|w/|and|at|to|for|from|over|about|in|on|by|via|together)\b)"
)
"""An emoji a line opens with, then a word that is not one of with whom or where."""
_AN_EMOJI = lazy_pattern("[\u2600-\u27bf\U0001f300-\U0001faff]")
"""A pictograph (the blocks `_EMOJI` reads from): searched by range, faster than by the set of
those it reads, on the lines with a letter beyond ASCII (most lines of a vault)."""


def without_pictographs(text: str) -> str:
    """`text` without the pictographs it holds (`📞 Call` → ` Call`) and their variation selectors."""
    return _AN_EMOJI.sub("", text).replace("\ufe0f", "") if not text.isascii() else text


def mailing_opening(text: str) -> int | None:
    """Where the words end that a marked log entry's text, in lower case, opens with when they
    name what went to many at once (`← his newsletter on pricing`, `<- the monthly digest`, `->
    sent her the newsletter`, `← Q3 investor update`); None when it opens otherwise (`↔ coffee;
    she is starting a newsletter`, `← feedback on my newsletter`, `-> sent her the investor update
    draft`). A mark says a contact happened: only an entry that is the mailing itself is none, and
    what follows those words may still tell of one (`← investor update call`)."""
    if _may_say_many(text):
        opening = _SENT_TO_MANY.match(text)
        if opening and not _MORE_THAN_A_MAILING.search(text, opening.end()):
            return opening.end()
    return None


_MASS_TERMS = (
    r"newsletter|digest|mailing list|mass e?-?mail|bulk e?-?mail|investors?[ -]updates?"
    r"|lp (?:update|letter)s?|team[ -]updates?"
    r"|update to (?:the |all |our |my )?(?:investors|subscribers|list)"
)
_NOT_OF_A_MAILING = (
    r"about|on|for|re|to|from|with|in|of|at|by|and|or|not|no|my|your|his|her|their|our|its|the|a|an|this|that"
)
"""Words that do not say which mailing it was but what was done with one (`feedback on the
newsletter`, `loved her newsletter`): an entry opening with them is no mailing."""
_SENT_TO_MANY = lazy_pattern(
    r"\W*(?:(?:sent|mailed|e-?mailed|forwarded)\s+(?:(?:him|her|them|me|us)\s+)?)?"
    r"(?:(?:his|her|their|the|a|an|my|our|this|last|latest|new)\s+)?"
    rf"(?:(?!(?:{_NOT_OF_A_MAILING})\s)[\w'-]+\s+){{0,2}}"
    rf"(?:{_MASS_TERMS})(?![ -](?:draft|launch|plans?|ideas?|process)\b)"
)
"""How an entry that is a mailing to many opens: a sending verb, a possessive, a word or two of
when, whose or which (`weekly`, `Q3`, `Olivia's`, `alumni`, `weekly jobs`)."""
_MORE_THAN_A_MAILING = lazy_pattern(
    r"\b(?:repl(?:y|ied|ies)|asked|(?<!webinar )invit\w*|personal|p\.\s?s\b|a note|feedback|review\w*"
    r"|drafts?)\b"
)
"""Words after the mailing's that tell of more than the mailing (`her newsletter reply: asked how
the kids are`, `a personal P.S.`, `the digest with a note about his sister`); a webinar's invite
is the mailing itself."""

_CHAT_APPS = r"whatsapp|signal|telegram|imessage|facebook|messenger|slack|discord|teams|groupme"
"""Apps a group chats in: a group or a channel of one is a group (`the volunteers WhatsApp group`)."""
_GROUP_NAME = r"(?:(?!(?:about|with|at|for|from|of|and|or|to|in|on|by|the|a|an)\b)[\w'&#-]+\s+)"
"""A word of a group's name (`volunteers`, `#volunteers`, `book club`), not one of what it is
about or with whom (`about the group chat`)."""
_NOT_OF_THE_GROUP = (
    r"(?![ -](?:dinners?|lunch|breakfast|brunch|drinks|hikes?|walks?|runs?|rides?|meetings?|meet-?ups?|calls?"
    r"|sessions?|events?|outings?|trips?|part(?:y|ies)|leaders?|admins?|organi[sz]ers?|coordinators?|hosts?"
    r"|founders?)(?!\w))"
)
"""What a group's name may be followed by when it names something of the group's, not the group
(`the running group dinner`, `the running group leader`)."""
_TO_A_GROUP = (
    # a line that opens labelled as a group's message: `Family WhatsApp group:`, `Volunteers group message:`
    rf"^\W*(?:{_GROUP_NAME}{{0,3}}?(?:(?:{_CHAT_APPS})\s+(?:group|channel)|group\s+(?:chat|thread|text"
    r"|message|msg|e-?mail|sms|post|announcement|update|reminder)s?)|(?:(?:family|friends|class|school"
    r"|parents'?)\s+)?(?:(?:whatsapp|signal|telegram)\s+)?group)(?:\s+(?:chat|message|msg|text|post)s?)?\s*:"
    # to, in or posted in a group chat of any name: `in the volunteers group chat`, `the #team Slack channel`;
    # not someone brought into one (`Added [[Bo]] to the Slack channel`), nor a way in given to one
    # (`Sent [[Bo]] the link to the book club group chat`)
    rf"|(?:(?<!{_CLOSE} )(?<!link )(?<!links )(?<!invite )(?<!invitation )\b(?:to|into)"
    rf"|\b(?:in|on|texted|messaged|posted))\s+(?:the|our|my)\s+{_GROUP_NAME}{{0,3}}?"
    rf"(?:(?:{_CHAT_APPS})\s+(?:group|channel|server)|group\s+(?:chat|thread)|(?:family|friends)\s+group)\b"
    # a message sent to a group of any name: `Sent the rota to the volunteers group`, `Email to the X group`
    r"|\b(?:(?:sent|mailed|e-?mailed|texted|messaged|posted|forwarded|shared|wrote|whatsapped|pinged)"
    r"(?:\s+(?!(?:me|us)\b)[\w'-]+){0,3}?\s+(?:to|in|into|with)|(?:e-?mailed|texted|messaged|whatsapped|pinged)"
    r"|(?:text|message|msg|e-?mail|sms|whatsapp|signal|telegram|slack|reminder|update|note|post|announcement)s?"
    rf"\s+(?:to|in))\s+(?:(?:the|our|my|all)\s+)?{_GROUP_NAME}{{1,3}}?group\b{_NOT_OF_THE_GROUP}"
    # a message to or in the chat of a group on an app: `Messaged the volunteers WhatsApp:`
    rf"|\b(?:to|in|into|texted|messaged|whatsapped|posted(?:\s+(?:in|to))?)\s+(?:the|our|my)\s+{_GROUP_NAME}{{1,3}}?"
    r"(?:whatsapp|signal|telegram|messenger)(?=\s*(?:[:;,.!?)—–]|$)|\s+-\s)"
)
"""A message to, in or posted in a group, of any name, as a personal vault writes one (spec 1.4):
in a group chat, a group on a chat app, a Slack or Discord channel, or to a group named as one
(`Sent the rota to the volunteers group`); not a group met or done something with (`met [[Bo]]
at the running group`, `Went to the book group with [[Bo]]`), nor one a line is about or that
names something of it (`Called [[Bo]] about the group chat`, `the running group dinner`)."""
_TEAM_LEADS = r"leads?|managers?|heads?|captains?|coach(?:es)?|mates?|offsites?|building|events?|outings?"
"""What a team's name may be followed by when it names one of the team or something of it, not
the team (`the team lead`, `the team offsite`)."""
_TO_THE_TEAM = (
    # the update a manager sends the team: `Sent team update email to X, Y`, `Sent the weekly team update`
    r"\b(?:sent|mailed|e-?mailed|posted|shared|forwarded)(?:\s+out)?\s+"
    r"(?:(?:the|my|our|a|an|this\s+week'?s)\s+)?(?:[\w-]+\s+){0,2}?team[ -]updates?\b"
    r"(?![ -](?:drafts?|meetings?|calls?|syncs?|sessions?|slides?|deck)\b)"
    r"|\bteam[ -]updates?\s+(?:e-?mail|mail|memo|message|post)s?\b"
    # a mail to all at once: `All-hands email to X`, `all-staff memo`
    r"|\b(?:all[ -]hands|all[ -]staff|company[ -]wide)\s+"
    r"(?:e-?mail|mail|memo|message|update|announcement)s?\b"
    # a message to the team: `Emailed the team re: ...`, `Mail to the team`, `Posted it to the platform team`
    r"|(?:\b(?:sent|mailed|e-?mailed|texted|messaged|posted|forwarded|shared|wrote|pinged|slacked)"
    r"(?:\s+(?!(?:me|us)\b)[\w'-]+){0,4}?\s+to|\b(?:e-?mailed|texted|messaged|pinged|slacked)"
    r"|\b(?:e-?mail|mail|message|msg|update|note|memo|post|announcement|reminder)s?\s+to)"
    r"\s+(?:the|my|our|all\s+(?:of\s+)?the)\s+(?:whole\s+|entire\s+)?(?:[\w-]+\s+)?team\b(?!['’])"
    rf"(?![ -](?:{_TEAM_LEADS})\b){_NOT_OF_THE_GROUP}"
)
"""The team's mail, as a manager's vault writes it: an update sent to the team (`Sent team update
email to X, Y`), a mail to the whole team or an all-hands mail; a team is a group. Not a team met
(`Lunch with the team and X`), nor one of it mailed (`Emailed the team lead X`), nor work on the
update (`the team update draft`, `Team update meeting with X`)."""
_MASS = lazy_pattern(
    r"newsletter|mass[ -]?e?-?mail|mailing list|bulk e-?mail|\bsubscribers\b|substack"
    r"|\blp (?:update|letter)s?\b(?![ -](?:draft|for)\b)"
    r"|mailchimp (?:campaign|e-?mail|newsletter)s?|\be-?mail blasts?\b|\bblast e-?mails?\b"
    r"|\bsent out (?:his|her|their|its|own|the|our|my) (?:[\w-]+\s+){0,2}(?:update|announcement)s?\b"
    r"|\b(?:weekly|monthly|quarterly|daily) (?:[\w-]+ )?digest\b|\binvestors?[ -]updates?\b"
    r"|\bto (?:everyone on |all on )?(?:the|my|our) (?:whole )?list\b"
    r"|\bcards to (?:everyone|everybody|all)\b"
    r"|\b(?:sent|mailed|e-?mailed|texted|messaged|posted|forwarded)\b[^.;]*(?<!\bhi )(?<!\bhello )"
    r"\bto (?:everyone|everybody)\b"
    r"|\bgroup (?:text|message|msg|e-?mail|sms)s?\s+(?:to|with)\b"
    rf"|{_TO_A_GROUP}|{_TO_THE_TEAM}"
    r"|\b(?:e-?mailed|texted|messaged|wrote\s+to|sent\b[^.;]{0,40}?\bto)\s+all\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:parents|families|students|pupils|staff|members|clients|customers|guests|volunteers)\b"
    r"|\bletters?\s+home\b|\b(?:update|e-?mail|letter|reminder|message|newsletter|note|text)s?\s+(?:home\s+)?to\s+"
    r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:class\s+|year\s+\w+\s+)?parents\b"
    # as a salesperson's tools send one: a mail merge, a sequence, a drip, a webinar's invites
    r"|\bmail[ -]?merges?\b|\bwebinar\s+invit(?:e|es|ation|ations)\b"
    r"|\b(?:nurture|drip|outreach|prospecting|cold\s+e-?mail|e-?mail|automated|onboarding)\s+"
    r"(?:sequence|cadence|campaign)s?\b|\bsequence\s+(?:step|touch|e-?mail)s?\s+\d"
    r"|\bstep\s+\d+\s+of\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:sequence|cadence|drip)\b"
    r"|\b(?:added|enrolled|put|dropped|moved)\b[^.;]{0,60}?\b(?:to|in|into|on)\s+(?:the\s+|a\s+|my\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:sequence|cadence|drip|nurture)\b"
    # a line that opens by bcc'ing a team, a list or several (not `Emailed X, bcc'd my lawyer`)
    r"|^\W*(?:i\s+)?bcc(?:'?d|ed)?\s+(?:(?:(?:the|our|my|all)\s+(?:[\w&'-]+\s+){0,2})?(?:teams?|list|group"
    r"|clients|customers|prospects|accounts|leads|users|partners|investors)\b|all\b|everyone\b|everybody\b"
    rf"|[^.;]*?{_OPEN}[^.;]*?{_OPEN})"
)
"""Words of a line sent to many at once, as a tag `#broadcast` says it (spec 1.4): a newsletter,
a weekly digest, an update mailed `to the list` or `to everyone on my list`; and as a personal
vault writes one, cards to everyone, a message to a group (`group text to`, `to the family
group`, `Family WhatsApp group:`: `_TO_A_GROUP`), the team's mail (`_TO_THE_TEAM`); and as a
salesperson's tools send one, a mail
merge, a sequence or a drip someone is put in (`added X to the Outreach nurture sequence`,
`sequence step 3 to X`), a webinar's invites, a line that opens by bcc'ing a team or several
(`bcc'd X and Y on the release notes`)."""
_CARD_ROUND = lazy_pattern(
    r"\b(?:holiday|christmas|xmas|x-mas|new year'?s?|season'?s|festive|easter|diwali|eid|hanukkah) cards\b"
)
"""A round of cards (`sent the xmas cards`): to many when the line names more than one."""
_PLAN_OPENING = lazy_pattern(
    r"[\s*_>:-]*(?:(?:i\s+)?(?:(?:need|needs|have|want|plan|planning|meaning|going|remember"
    r"|don't forget|do not forget|remind me)\s+to|must|should|gonna)|(?:i|we)(?:\s+will|'ll)"
    r"|to-?do\s*:|reminder\s*:)(?!\w)"
)
"""How a line opens that says what is still to do, a to-do written without a box (`Need to`,
`I should`, `To do:`): the line is a plan, whatever follows (`PLAN`'s phrases allow a few words
between the opening and the person)."""
_AHEAD_OPENING = lazy_pattern(
    r"[\s*_>:-]*(?:next(?:\s+(?:steps?|week|month|time))?|plans?|upcoming|tomorrow|soon)\s*:"
)
"""How a line opens with what comes next (`Next:`, `Plan:`, `Upcoming:`, `Next week:`,
`Tomorrow:`): a plan to its clause's end; a clause after it may tell what was done (`Upcoming:
[[Lou]] visiting — we spoke today`)."""
_STRUCK = lazy_pattern(r"~~(?=\S)([^~]*[^\s~])~~")
"""Text struck through, as owners strike out what did not happen: its own text holds no `~`, so
a line of many `~~` is read in one pass (a lazy `.+?` tried every later `~~` from each one)."""
_AWAY_WORDS = (
    r"(?:absent|apologies|regrets|sick|out sick|ooo|on leave|on pto|pto|away|declined|no[ -]?show"
    r"|not present|excused|cancell?ed|dna)"
)
NOT_THERE = rf"\s*\({_AWAY_WORDS}\)"
"""How a meeting's list of attendees marks one of them as not there, in round brackets after
them (`[[Cy]] (absent)`, `[[Di]] (apologies)`), in lower case."""
_ABSENT = lazy_pattern(rf"#?{_OPEN}(-?\d+){_CLOSE}{NOT_THERE}")
"""One person marked as not there (`NOT_THERE`): the others on the line were there."""
_NOT_COMING = lazy_pattern(
    r"(?:no|n|nope|❌|✗|✘|cancell?ed|no[ -]?show|declined|not coming|absent|apologies|dropped out"
    r"|can'?t (?:make it|come)|cannot (?:make it|come)|did(?:n'?t| not) (?:show|come)(?: up)?)"
    r"(?:\s*[-–—:,;(.!]\s*.*)?"
)


def not_coming(answer: str) -> bool:
    """Does a cell of a sign-up table's column of who came (`blocks.ATTENDANCE_COLUMNS`) say no:
    a no, a cancellation, a no-show, alone or before a mark and why (`no - can't make it`, `No
    (sick)`)? Not `no idea`, `not sure`, `N/A`."""
    return _NOT_COMING.fullmatch(answer.strip(" *_\ufe0f").lower().replace("’", "'")) is not None


_AWAY_LABEL = lazy_pattern(
    r"[\s*_>-]*(?:" + "|".join(label.replace(" ", r"\s+") for label in AWAY_LABELS) + r")\s*:"
)
"""A label over those a meeting's note says were not there (`Absent: X`, `**Apologies:** X`)."""


def away(template: str, words: Table) -> set[int]:
    """The slots of the people a line of a meeting's note says were not there: after a label of
    them (`Absent: X, Y`), marked so in round brackets (`X (sick)`: `NOT_THERE`), or who called it
    off or did not turn up (`CALLED_OFF_BY`: `X could not make it`). Asked of a line that names
    someone the note lists as there, in passing only (`Mention.aside`): few lines are."""
    text = _lowered(template)
    if _AWAY_LABEL.match(text):
        return set(map(int, _SLOT.findall(text)))
    if len(named := _SLOT.findall(text)) == 1:  # `[[Di]]: she could not make it`
        text = _pronouns_of(text, slot(int(named[0])))
    found = set(map(int, _ABSENT.findall(text))) if "(" in text else set()
    for kind, source, _, _ in words.tried(text):
        if kind == _OFF:
            found.update(int(i) for m in _compiled(source).finditer(text) for i in _SLOT.findall(m[0]))
    return found


def says_called_off(template: str, opening: bool = False) -> bool:
    """Does a meeting note's title or first line, a template, say the meeting did not happen
    (`_CALLED_OFF`: `Ben 1-1 (cancelled)`, `CANCELLED - Ben out sick`, `(skipped, he was OOO)`,
    `Meeting postponed to next week`), from its start when it is an `opening` line (not `Q3 launch:
    postponed`, which tells of something else)? Not a label of who was not there (`Cancelled:
    [[Cy]]`), nor a meeting rescheduled or moved but to a later day (`Sync (rescheduled)` names
    the meeting on its new day as often as the one it left)."""
    text = _lowered(template)
    if not _may_be_off(text) or (
        (label := _AWAY_LABEL.match(text)) and _PEOPLE_NEXT.match(text, label.end())
    ):
        return False
    found = _CALLED_OFF.search(text)
    if found is None or (opening and found["mark"] and text[: found.start()].strip(" *_>([-")):
        return False
    return not _RESCHEDULED.search(found[0]) or _TO_A_LATER_DAY.search(found[0]) is not None


_PEOPLE_NEXT = lazy_pattern(rf"\s*#?{_OPEN}")
_RESCHEDULED = lazy_pattern(r"re-?scheduled|moved|pushed")
_TO_A_LATER_DAY = lazy_pattern(rf"\s(?:to|till|until)\s+(?:{_A_LATER_DAY})")


_OFF_THINGS = "|".join(re.escape(word) for word in MEETING_WORDS if word not in ("met", "in person"))
_A_MEETING = lazy_pattern(rf"(?<!\w)(?:{_OFF_THINGS})(?!\w)")
"""A meeting word, anywhere in a line."""
_WHOSE = rf"(?:(?:a|an|the|our|my|another)\s+|#?{_OPEN}-?\d+{_CLOSE}['’]s\s+)"
"""Which or whose meeting a line books or moves (`a call`, `our lunch`, `[[Ben]]'s 1:1`)."""
_ARRANGING = lazy_pattern(
    r"[\s*_>:-]*(?:i\s+)?(?:book(?:ed)?|schedul(?:e|ed)|arrang(?:e|ed)|plan(?:ned)?|organi[sz]e|set\s+up"
    r"|find\s+(?:a\s+)?time\s+for|re-?schedul(?:e|ed)"
    rf"|(?:move[ds]?|push(?:ed)?|bump(?:ed)?)(?=[^;—–\n]*?\s(?:to|till|until)\s+(?:{_A_LATER_DAY})))"
    rf"\s+{_WHOSE}?(?:[\w-]+\s+)?(?:{_OFF_THINGS})(?!\w)"
)
"""How a line opens that arranges a meeting (`Book dinner with [[Sam]]`, `Scheduled lunch with
[[Dov]]`, `Set up a call with [[Lin]]`, `Booked [[Ana]]'s 1:1`), or moves one to a later day
(`Moved 1:1 w/ [[Ben]] to Thu`, `Pushed [[Ben]]'s 1:1 to next week`): a plan, a done task's too
(the booking is done, the dinner to come); not `Book club with [[Uma]]`, `Set up the router with
[[Vik]]`, nor a meeting moved to Zoom (`Moved the call with [[Bo]] to Zoom`: it took place)."""
BOOKED = r"(?:booked|scheduled|re-?scheduled|arranged|planned|organi[sz]ed|set\s+up|confirmed)"
"""The words of a meeting booked, done (`Booked lunch with`, `[[Cy]] scheduled a call`), as a regex's
alternatives: not `Book lunch`, still to do."""
_BOOKED_FIRST = lazy_pattern(
    rf"[\s*_>:-]*(?:i\s+)?{BOOKED}\s+(?:(?:a|an|the|our|my|another)\s+)?"
    rf"(?=(?:#?{_OPEN}-?\d+{_CLOSE}['’]s\s+)?(?:[\w-]+\s+)?(?:{_OFF_THINGS})(?!\w))",
    re.IGNORECASE,
)
"""How a line opens that says a meeting was booked (`Booked lunch with`, `Scheduled a call with`,
`Planned [[Ana]]'s birthday dinner`): the booking done, the words before the meeting (not `Book
lunch`, still to do)."""
_BOOKED_AFTER = lazy_pattern(rf"\s*[,(—–-]?\s*{BOOKED}\s+(?:on|for)\s.*", re.IGNORECASE | re.DOTALL)
"""Where a line goes on to say its meeting was booked, for a day (`Dinner with [[Gu]], booked for
Dec 12`), to its end."""


def as_booked(template: str) -> str:
    """A line that says a meeting was booked (`Booked a demo with [[Cy]] for Dec 3`, `Planned
    [[Ana]]'s birthday dinner, booked for 12 Dec`), as the meeting itself (`demo with [[Cy]] for
    Dec 3`, `[[Ana]]'s birthday dinner`): read on the later day it names, it is that meeting, a
    plan until then, where the booking alone (`_ARRANGING`, `booked … with X`, `planned X's`) is none."""
    booked = _BOOKED_FIRST.match(template)
    template = template[booked.end() :] if booked else template
    after = _BOOKED_AFTER.search(template)
    return template[: after.start()] if after else template


_MAY_BE_OFF = (
    "canc", "canx", "cxl", "postpone", "called off", "fell through", "show", "pushed", "moved", "rescheduled",
    "skipped", "attend", "dna", "missed",
)  # fmt: skip
"""What `_CALLED_OFF` cannot match without: most lines hold none, and are spared it."""
_CANCELLED = r"(?:cancell?ed|cxl(?:'?d|ed)?|canx(?:'?d)?|canc\.?)"
"""`cancelled` as notes write it, shortened too (`cxl`, `cxl'd`, `canx`, `canc.`)."""
_PUT_OFF: str = (
    rf"(?:{_CANCELLED}|called off|postponed|fell\s+through|rescheduled|skipped|pushed(?:\s+back)?"
    rf"|(?:moved|pushed)(?=\s+(?:to|till|until)\s+(?:{_A_LATER_DAY})))"
)
"""The words of a meeting called off or put off (`cancelled`, `postponed`, `skipped`), or moved
to a later day (`moved to Thu`: to Zoom, or to a time of the day, it still took place)."""
_OFF_TAIL = (
    rf"(?:\s+by\s+(?:her|him|them|#?{_OPEN}-?\d+{_CLOSE}))?"
    rf"(?:\s+(?:again|today|tonight|this\s+week))?(?:\s+(?:at\s+)?(?:the\s+)?last[ -]minute)?"
    rf"(?:\s+(?:to|till|until)\s+(?:{_A_LATER_DAY})[^,;:()—–\n]*?)?\s*[)\]]?"
    # the end, or why after a mark or a sentence's end (`(cancelled - he's sick)`, `— cancelled, he's OOO`)
    r"(?:[\s.!]*$|\s*(?:[,;:(—–-]|[.!]?\n)\s*(?P<why>\S.*?)[\s.!]*$)"
)
"""What may follow the word that calls a meeting off, to the line's end: who did (`by her`), when
(`again`, `last minute`), a later day it is put off to, and why, after a mark or a sentence's end
(`— cancelled, he's OOO`): read on its own (`_told_besides`), whatever else it tells."""
_CALLED_OFF = lazy_pattern(
    rf"(?:(?P<mark>[(\[—–:;,-])\s*(?:{_PUT_OFF}|no[ -]?show)"  # `(cancelled)`, `— postponed`, `, no-show`
    rf"|^[\s*_>(\[-]*(?:(?:our|the|a|my)\s+)?(?:{_OFF_THINGS})(?!\w)"  # `lunch with X got cancelled`
    rf"(?:\s*(?:,?\s+(?:with|w/|and|&)|,)\s+#?{_OPEN}-?\d+{_CLOSE}|\s+(?:at|in|on)\s+[\w'’]+(?:\s+[\w'’]+)?)*"
    rf"(?:\s+#?\d+)?\s(?:(?:got|was|is|were|has been|had been|have been)\s+)?{_PUT_OFF}"
    rf"|^[\s*_>:(\[-]*(?:(?:the\s+)?(?:client|patient|student|pupil|tutee)\s+)?"  # a practice's log
    rf"(?:{_PUT_OFF}|no[ -]?show(?:ed)?|dna|did\s+not\s+attend|didn't\s+attend|late\s+cancell?ation"
    rf"|missed\s+(?:(?:the|our|a|her|his|their|today's)\s+)?(?:session|lesson|appointment|appt|class)))"
    rf"(?![\w-]){_OFF_TAIL}",
    re.DOTALL,
)
"""How a line ends that says it did not happen: `(cancelled)`, `— postponed`, `, called off`, `—
skipped`, `- moved to Thu`; or a line that is one clause, a meeting said to be called off (`Lunch
with [[Lou]] got cancelled`, `coffee was postponed`, `Coffee cancelled`, `1:1 cxl'd`, `Lunch
cancelled by her`, `lunch with [[Omar]] fell through`, `Meeting with [[Zed]] got pushed to next
week`): a flight or a talk cancelled leaves the line's deed standing, and a meeting moved (to Zoom,
to the terrace) or pushed to a time of the day still took place. Or how a practice's log writes
what did not happen: `No-show`, `DNA` (did not attend), `Cancelled`, `Client cancelled`, `Late
cancellation`, `Missed session`, `Skipped`; not `Cancelled my gym membership, called [[Fay]]`. Each
may end with why (`(cancelled - he's sick)`, `Client cancelled, rescheduled to Thursday`): group
`why`; after a mark (group `mark`), what the line said before it was to be called off."""
_OFF_WHAT = (
    rf"(?=\s*(?:[.,;:!?)\]—–-]|$)|\s+(?:on\s|it\b|again\b|at the last|last[ -]minute|up\b"
    rf"|(?:[^\s{_OPEN}]+\s+){{0,2}}(?:{_OFF_THINGS})(?!\w)))"
)
"""What may follow a person's calling off (`X cancelled`) for it to be what the line was to do
with them: nothing more (`— she cancelled`), `on me`, `again`, or a meeting (`our lunch`); not
something of their own (`she rescheduled her dentist`, `he cancelled his trip to Rome`)."""
_PUT_OFF_WORDS = frozenset(("cancelled", "canceled", "postponed", "rescheduled", "off"))
"""The last words of the phrases of a person calling something off, which may say what (`_OFF_WHAT`)."""
_NO_SHOW_WHAT = r"(?=(?:\s+(?:up|at all|again))?\s*(?:[.,;:!?)\]—–-]|$))"
"""What may follow a person's not turning up (`X never showed`) for it to be that: nothing more but
`up` or `again` (`she didn't show up.`); not what they did not show or join (`didn't show much
interest`, `never joined LinkedIn`, `didn't show up until 9`)."""
_NO_SHOW_WORDS = frozenset(("show", "showed", "joined", "join", "up"))
"""The last words of the phrases of a person not turning up (`_NO_SHOW_WHAT`)."""


def _said_after(rest: str, index: int, words: Table) -> str | None:
    """What the words after one person named first and a mark (`[[Ana]]: she called about the
    flat`, `[[Ana]] - asked me about the job`, `[[Ana]]: sent her the deck`) say of them, read as
    of that person (`_of_person`). A deed with no one doing it (`[[Di]]: called about the job`)
    is not read: who called?"""
    rest = _of_person(rest, slot(index))
    return _read_line(rest, (index,), words, False).get(index) if slot(index) in rest else None


def _of_person(text: str, who: str) -> str:
    """`text`, a lower-case template, as of one person whose slot is `who`: their pronouns made
    it (`hers` as in `dinner at hers` made `who`'s), and a deed done to me with no one doing it
    (`called me back`) given them as its doer."""
    text = _pronouns_of(text, who)
    return f"{who} {text}" if _DONE_TO_ME.match(text) else text


def _pronouns_of(text: str, who: str) -> str:
    """`text`, a lower-case template, with the pronouns made those of the person whose slot is
    `who` (`hers` as in `dinner at hers` made `who`'s), but in a clause where someone does
    something (`_their_own`)."""
    if "her" in text or "his" in text or "their" in text:
        text = _doer_clause.sub(_their_own, text)
        text = _THEIRS.sub(f"{who}'s", _her_owns.sub("hers", text))
    text = _PRONOUN.sub(who, text)
    # `Coffee with [[Bo]], he didn't ...`: a new clause, no list of Bo and Bo.
    return text.replace(f"{who}, {who}", f"{who}; {who}") if f"{who}, {who}" in text else text


_doer_clause = lazy_pattern(
    rf"(?:^|(?<=[,;.!?:()—–])|(?<=\s-\s))\s*(?:she|he|they|{_OPEN}-?\d+{_CLOSE})(?!\w)[^,;.!?:()—–]*"
)
"""A clause that opens with its doer (`she`, a person's slot), to its end (not `Lunch with [[Bo]]
— his idea`, where `his idea` is his)."""
_her_owns = lazy_pattern(
    r"(?<![\w'’])her(?=\s+(?:birthday|wedding|party|housewarming|place|house|home|flat|idea|suggestion"
    r"|invitation|invite|request|treat|call|email|text|message|voicemail"
    r"|posts?|photos?|pictures?|pics?|stor(?:y|ies)|tweets?|updates?|videos?|reels?)(?!\w))"
)
"""`her` before what is hers (`Her wedding`, `Missed her call`, `Liked her post`), not whom a
deed was done to."""
_POSSESSIVE = lazy_pattern(r"(?<![\w'’])(?:her|hers|his|theirs?)(?!\w)")
_OTHER_DOER = lazy_pattern(r"(?<!\w)(?:i|we)(?!\w)")


def _their_own(clause: re.Match[str]) -> str:
    """A clause in which someone does something, their `her`, `his` and `their` made `own` up to
    a new doer in it: what is theirs there is no one a deed was done to (`she sent her regards`,
    `he emailed his resume`; but `she texted and I called her back`)."""
    text = clause[0]
    other = _OTHER_DOER.search(text)
    end = other.start() if other else len(text)
    return _POSSESSIVE.sub("own", text[:end]) + text[end:]


def _cut(kind: str, own: bool, done: bool) -> bool:
    """Is a phrase of this kind of `_CUT` cut from a line (`_read_line`)? What did not happen and
    a death always; a plan but in an own log entry or a done task; what a line is about but in an
    own log entry."""
    return kind in ("undone", _OFF, _GONE) or not (own or (done and kind == "plan"))


def _listed(text: str, words: Table, named: re.Match[str] | None) -> tuple[list[int], str]:
    """The people a dated note's line lists as a daily note lists whom you saw, and what it says
    of them: beside a meeting word or a mutual opening, parted from it by a mark, either way
    round (`_NAMED_FIRST`, whose match is `named`, and `_DONE_FIRST`), or beside a meeting noun and
    nothing else (`_BESIDE`), `mutual`; after a deed and a mark (`Called: [[Bo]]`, `Heard from:
    [[Cy]]`, as a template asks whom you reached out to), the deed's. A deed after the people is
    read only as `_said_after` reads it (`[[Di]]: called about the job`: who called?)."""
    if named and words.opened(text[named.end() :]) in _TOGETHER:
        return list(map(int, _SLOT.findall(named[1]))), "mutual"
    if done := _done_first.match(text):
        opened = words.opened(done[1])
        if opened is not None:
            return list(map(int, _SLOT.findall(done[2]))), "mutual" if opened in _TOGETHER else opened
    if (beside := _beside.match(text)) and _is_meeting_noun(beside[2] or beside[3], beside[2] is not None):
        return list(map(int, _SLOT.findall(beside[1] or beside[4]))), "mutual"
    return [], ""


def _is_meeting_noun(words: str, after: bool) -> bool:
    """`lunch`, `weekly 1:1`, `team lunch`: a meeting noun, after a word saying which kind, if any;
    `call` and `chat` too `after` the people (`[[Bo]] (call)`), where no task writes its verb."""
    first, _, last = words.rpartition(" ")
    kind = first.rsplit(" ", 1)[-1]
    return (
        words in MEETING_NOUNS
        or last in MEETING_NOUNS
        or (after and last in _HAD_AFTER)
        or (kind in _KINDS and last in _KIND_MAKES_A_NOUN)
    )


_HAD_AFTER = ("call", "chat")
_KIND_MAKES_A_NOUN = ("call", "chat", "walk", "hike", "visit", "catch-up", "sync")
"""Verbs a word of which kind before them makes a meeting's noun (`Weekly call [[Fay]]`, `Evening
walk [[Hal]]`), where alone they are what a task says to do (`Call [[Bo]]`)."""


_OFF = "called off"
"""The kind of the phrases of `CALLED_OFF_BY`."""
_GONE = "gone"
"""The kind of the phrases of `GONE`."""
_CUT = ("plan", "about", "undone", _OFF, _GONE)
_ASIDE = ("plan", "about", _GONE)
"""The kinds of `_CUT` whose people the line's other words are not of: `Met up; need to call
[[Di]]` met someone else (what did not happen may follow a deed to them: `I called, no reply
from [[Cy]]` was a call)."""
"""The kinds of phrase cut from a line before the rest of it is read: their people are mentioned."""
_TOGETHER = ("meeting", "mutual")
"""How a line that names its people first may go on to say it was done together (`[[Ana]] -
chatted about her move`, `[[Bo]] and [[Cy]]: lunch`): as a daily note's list of whom you saw."""


def direction(way: str | None) -> Direction | None:
    """A `read_line` answer as a direction (None for a mention or nothing said)."""
    return way if way in ("inbound", "outbound", "mutual") else None  # type: ignore[return-value]
