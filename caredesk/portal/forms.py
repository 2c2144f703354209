"""Forms of the homeowner portal; files are checked against the limits before anything is kept."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from caredesk.directory.models import Account
from caredesk.intake.portal import PortalFile

TOPICS = [
    ("general", _("General question")),
    ("payments", _("Payments and account balance")),
    ("maintenance", _("Maintenance or repair")),
    ("architectural", _("Architectural request")),
    ("access", _("Parking, gate and access")),
    ("neighbours", _("Noise or a neighbour")),
    ("other", _("Something else")),
]
# Extension -> the bytes such a file starts with (None: no check). Anything else is refused.
ALLOWED_FILES: dict[str, tuple[bytes, ...] | None] = {
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
    ".heic": None,
    ".pdf": (b"%PDF",),
    ".txt": None,
    ".doc": (b"\xd0\xcf\x11\xe0",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
}
MAX_TEXT = 20_000


class SignInForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(ALLOWED_FILES)}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


def _files_clean(uploads: list) -> list[PortalFile]:
    limit = settings.CAREDESK_PORTAL_MAX_FILE_BYTES
    if len(uploads) > settings.CAREDESK_PORTAL_MAX_FILES:
        raise ValidationError(
            _("Attach at most %(count)s files.") % {"count": settings.CAREDESK_PORTAL_MAX_FILES}
        )
    files = []
    for upload in uploads:
        name = PurePath(upload.name or "file").name[:200] or "file"
        extension = PurePath(name).suffix.lower()
        if upload.size > limit:
            raise ValidationError(
                _("%(name)s is %(size)s; files may be at most %(limit)s. Nothing was sent.")
                % {
                    "name": name,
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(limit),
                }
            )
        if extension not in ALLOWED_FILES:
            raise ValidationError(
                _("%(name)s: this kind of file is not accepted. Send photos, PDF or documents.")
                % {"name": name}
            )
        content = upload.read()
        signatures = ALLOWED_FILES[extension]
        if signatures is not None and not content.startswith(signatures):
            raise ValidationError(
                _("%(name)s is not the kind of file its name says.") % {"name": name}
            )
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        files.append(PortalFile(name=name, content_type=content_type, content=content))
    return files


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 6})
    )
    files = MultipleFileField(label=_("Attach files"))

    def clean_files(self) -> list[PortalFile]:
        return _files_clean(self.cleaned_data.get("files") or [])


class RequestForm(forms.Form):
    account = forms.ChoiceField(label=_("Which home is it about?"))
    topic = forms.ChoiceField(label=_("Topic"), choices=TOPICS)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Your message"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 8})
    )
    files = MultipleFileField(label=_("Attach files"))

    def __init__(self, *args, accounts: list[Account], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.accounts = {str(account.pk): account for account in accounts}
        self.fields["account"].choices = [
            (
                str(account.pk),
                f"{account.unit.label if account.unit_id else account.number} · "
                f"{account.association.name}",
            )
            for account in accounts
        ]
        if len(accounts) == 1:
            self.fields["account"].initial = str(accounts[0].pk)

    def clean_account(self) -> Account:
        account = self.accounts.get(self.cleaned_data["account"])
        if account is None:
            raise ValidationError(_("Pick one of your homes."))
        return account

    def clean_files(self) -> list[PortalFile]:
        return _files_clean(self.cleaned_data.get("files") or [])

    def topic_label(self) -> str:
        return str(dict(TOPICS)[self.cleaned_data["topic"]])
