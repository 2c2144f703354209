"""Test URLconf: the mailroom's webhooks under /mail/, as the project mounts them."""

from django.urls import include, path

urlpatterns = [path("mail/", include("caredesk.mailroom.urls"))]
