"""Who sent it? The sender's address matched to homeowner accounts, never guessed."""

from __future__ import annotations

from dataclasses import dataclass, field

from caredesk.actions.models import ActionItem
from caredesk.core.text import normalise_email
from caredesk.directory.models import Account
from caredesk.directory.selectors import accounts_for_email, accounts_for_emails


@dataclass(frozen=True)
class SenderLink:
    link: str
    account: Account | None = None
    candidates: list[Account] = field(default_factory=list)


def sender_link(*, email: str) -> SenderLink:
    """One account: linked. None: orphan. Several (even in one association): ambiguous."""
    return _link(accounts_for_email(email=email) if email else [])


def sender_links(*, emails: list[str]) -> dict[str, SenderLink]:
    """sender_link() for many addresses in one query, keyed by the addresses as given."""
    found = accounts_for_emails(emails=[email for email in emails if email])
    return {
        email: _link(found.get(normalise_email(email), []) if email else []) for email in emails
    }


def _link(accounts: list[Account]) -> SenderLink:
    if len(accounts) == 1:
        return SenderLink(link=ActionItem.Link.LINKED, account=accounts[0])
    if not accounts:
        return SenderLink(link=ActionItem.Link.ORPHAN)
    return SenderLink(link=ActionItem.Link.AMBIGUOUS, candidates=list(accounts))
