"""The directory: associations, units, the people in them, and how to reach them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from caredesk.core.models import TimeStampedModel


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    CHINESE = "zh-hans", _("Simplified Chinese")


class Association(TimeStampedModel):
    """A community the company manages: an HOA, a rental community, a storage site, a compound."""

    class Kind(models.TextChoices):
        HOA = "hoa", _("Homeowners association")
        RENTAL = "rental", _("Rental community")
        STORAGE = "storage", _("Self-storage facility")
        COMPOUND = "compound", _("Residential compound")

    name = models.CharField(_("name"), max_length=200, unique=True)
    code = models.SlugField(_("code"), max_length=50, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.HOA)
    language = models.CharField(
        _("language"), max_length=8, choices=Language, default=Language.ENGLISH
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("association")
        verbose_name_plural = _("associations")

    def __str__(self) -> str:
        return self.name


class Unit(TimeStampedModel):
    """A home, apartment or storage space in an association."""

    association = models.ForeignKey(
        Association, on_delete=models.PROTECT, related_name="units", verbose_name=_("association")
    )
    label = models.CharField(_("unit"), max_length=100)

    class Meta:
        ordering = ["association__name", "label"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.UniqueConstraint(fields=["association", "label"], name="unit_label_unique")
        ]

    def __str__(self) -> str:
        return f"{self.association} {self.label}"


class Person(TimeStampedModel):
    """A homeowner, tenant, resident or other contact the desk talks to."""

    full_name = models.CharField(_("name"), max_length=200)
    language = models.CharField(
        _("language"), max_length=8, choices=Language, default=Language.ENGLISH
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="homeowner",
        verbose_name=_("portal login"),
        help_text=_("The login this person uses for the homeowner portal and the API."),
    )

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        indexes = [models.Index(Lower("full_name"), name="person_name_lower_idx")]

    def __str__(self) -> str:
        return self.full_name


class Account(TimeStampedModel):
    """A person's ownership or tenancy of a unit, under the company's account number."""

    class Relation(models.TextChoices):
        OWNER = "owner", _("Owner")
        TENANT = "tenant", _("Tenant")
        RESIDENT = "resident", _("Resident")

    number = models.CharField(_("account number"), max_length=64, unique=True)
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="accounts", verbose_name=_("person")
    )
    association = models.ForeignKey(
        Association,
        on_delete=models.PROTECT,
        related_name="accounts",
        verbose_name=_("association"),
    )
    unit = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        related_name="accounts",
        null=True,
        blank=True,
        verbose_name=_("unit"),
    )
    relation = models.CharField(
        _("relation"), max_length=16, choices=Relation, default=Relation.OWNER
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("account")
        verbose_name_plural = _("accounts")

    def __str__(self) -> str:
        return f"{self.number} · {self.person} · {self.unit or self.association}"


class ContactEmail(TimeStampedModel):
    """An email address known to belong to a person (stored normalised)."""

    class Source(models.TextChoices):
        IMPORT = "import", _("Directory import")
        ATTACHED = "attached", _("Remembered when an item was attached")
        MANUAL = "manual", _("Entered by staff")

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="emails", verbose_name=_("person")
    )
    email = models.CharField(_("email"), max_length=254, db_index=True)
    source = models.CharField(_("source"), max_length=16, choices=Source, default=Source.MANUAL)

    class Meta:
        ordering = ["email"]
        verbose_name = _("contact email")
        verbose_name_plural = _("contact emails")
        constraints = [
            models.UniqueConstraint(fields=["person", "email"], name="contact_email_unique"),
            models.CheckConstraint(
                condition=models.Q(email=Lower("email")), name="contact_email_lowercase"
            ),
        ]

    def __str__(self) -> str:
        return self.email


class ContactPhone(TimeStampedModel):
    """A phone number of a person, in E.164 form for matching callers."""

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="phones", verbose_name=_("person")
    )
    e164 = models.CharField(_("phone (E.164)"), max_length=20, db_index=True)
    label = models.CharField(_("label"), max_length=40, blank=True)

    class Meta:
        ordering = ["e164"]
        verbose_name = _("contact phone")
        verbose_name_plural = _("contact phones")
        constraints = [
            models.UniqueConstraint(fields=["person", "e164"], name="contact_phone_unique")
        ]

    def __str__(self) -> str:
        return self.e164


class HouseholdMember(TimeStampedModel):
    """Someone living in a unit under an account (taken before move-in, for resident passes)."""

    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        UNSTATED = "unstated", _("Not stated")

    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="household", verbose_name=_("account")
    )
    name = models.CharField(_("name"), max_length=200)
    sex = models.CharField(_("sex"), max_length=10, choices=Sex, default=Sex.UNSTATED)
    relation = models.CharField(_("relation to the account holder"), max_length=60, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("household member")
        verbose_name_plural = _("household members")

    def __str__(self) -> str:
        return self.name
