"""Writes of account notes."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _

from caredesk.actions.models import ActionItem
from caredesk.core.clock import now
from caredesk.core.errors import ApplicationError
from caredesk.directory.models import Account, Person
from caredesk.notes.models import AccountNote

NOTE_MAX_CHARS = 2000


@transaction.atomic
def account_note_add(
    *,
    person: Person,
    text: str,
    actor: AbstractBaseUser | None = None,
    account: Account | None = None,
    item: ActionItem | None = None,
    is_automatic: bool = False,
) -> AccountNote:
    """A note on the homeowner's account; the desk's own notes are marked automatic (R-23)."""
    text = text.strip()
    if not text:
        raise ApplicationError(_("A note needs some text."))
    if len(text) > NOTE_MAX_CHARS:
        raise ApplicationError(
            _("A note is at most %(count)s characters; keep it concise.")
            % {"count": NOTE_MAX_CHARS}
        )
    if account is not None and account.person_id != person.pk:
        raise ApplicationError(_("That account is not this person's."))
    if not is_automatic and actor is None:
        raise ApplicationError(_("A note written by hand needs its author."))
    return AccountNote.objects.create(
        person=person,
        account=account,
        item=item,
        text=text,
        is_automatic=is_automatic,
        author=None if is_automatic else actor,
        at=now(),
    )
