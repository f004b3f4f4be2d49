"""``manage.py check_links [--no-external] [--language xx] [--timeout s]``: check every link of the
site's content and settings, print the findings and store them for Reports → Link check.

Run it from cron (README, "Link check"); it asks other hosts, so never while a reader waits.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from linkcheck import checker, views


class Command(BaseCommand):
    help = "Check every link, phone number and e-mail address and store the findings."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-external",
            action="store_true",
            help="Do not ask other hosts (internal links, phone numbers and e-mail only).",
        )
        parser.add_argument(
            "--language", help="Only the pages and snippets of this language (e.g. ro)."
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=None,
            help=f"Seconds to wait for each external address (default {checker.TIMEOUT}).",
        )

    def handle(self, *args, no_external=False, language=None, timeout=None, **options):
        if language and language not in dict(settings.LANGUAGES):
            raise CommandError(_("Unknown language: %(language)s") % {"language": language})
        findings = checker.run(external=not no_external, language=language, timeout=timeout)
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
        for finding in findings:
            self.stdout.write(
                _("%(where)s [%(language)s] %(field)s: %(link)s – %(problem)s")
                % {
                    "where": finding.label,
                    "language": finding.language or "*",
                    "field": views.field_label(finding),
                    "link": views.link_label(finding),
                    "problem": views.problem_label(finding),
                }
            )
            self.stdout.write("    " + base + views.edit_url(finding))
        if findings:
            self.stdout.write(
                self.style.WARNING(
                    ngettext("%(count)d finding.", "%(count)d findings.", len(findings))
                    % {"count": len(findings)}
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS(_("No broken links found.")))
