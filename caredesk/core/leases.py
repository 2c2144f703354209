"""Leases: a named lock that one process holds for a while and must renew.

Used so that only one scheduler runs, and never two pollers on one mailbox, across processes
and machines that share the database.
"""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Q

from caredesk.core.clock import now
from caredesk.core.models import Lease


def lease_acquire(*, name: str, holder: str, ttl_seconds: float) -> bool:
    """Take or renew the lease `name` for `holder`; False if someone else holds it."""
    current = now()
    expires_at = current + datetime.timedelta(seconds=ttl_seconds)
    taken = Lease.objects.filter(
        Q(name=name) & (Q(holder=holder) | Q(expires_at__lte=current))
    ).update(holder=holder, expires_at=expires_at, renewed_at=current)
    if taken:
        return True
    try:
        with transaction.atomic():
            Lease.objects.create(
                name=name, holder=holder, expires_at=expires_at, renewed_at=current
            )
    except IntegrityError:
        return False
    return True


def lease_release(*, name: str, holder: str) -> None:
    """Give the lease back so another process may take it at once."""
    Lease.objects.filter(name=name, holder=holder).update(expires_at=now())


def lease_holder(*, name: str) -> str:
    """Who holds the lease now ('' when nobody does)."""
    lease = Lease.objects.filter(name=name, expires_at__gt=now()).first()
    return lease.holder if lease else ""
