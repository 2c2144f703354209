"""The default roles, inboxes and action types: loaded by 0005_load_workflow_defaults.

This migration once loaded them with the models of its day; the loader now needs the models
of 0004, so a new database gets everything from 0005 (and a database that ran this one gets
what 0004 added from 0005 too).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("actions", "0002_item_relations"),
        ("mailroom", "0001_initial"),
        ("staff", "0001_initial"),
    ]

    operations = []
