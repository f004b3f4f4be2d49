"""System checks (``manage.py check``) for what the site's code relies on editors and page
types to keep true."""

from django.core.checks import Warning, register
from django.db import DatabaseError


@register()
def special_pages_chosen(app_configs, **kwargs):
    """Warn about each special page (Settings → Special pages) that is not chosen: the link to
    it then silently disappears from every page in every language."""
    from wagtail.models import Site

    from .models import HomePage, SpecialPages

    warnings = []
    try:
        # Sites with a KOK home page: before bootstrap_kok, Wagtail's placeholder site has
        # nothing to choose from yet (the first ``make run`` would warn during migrate).
        sites = list(Site.objects.filter(root_page__in=HomePage.objects.values("pk")))
        chosen = {item.site_id: item for item in SpecialPages.objects.filter(site__in=sites)}
    except DatabaseError:  # no tables yet (before the first migrate): nothing to check
        return []
    for site in sites:
        setting = chosen.get(site.pk) or SpecialPages(site=site)
        for role in SpecialPages.ROLES:
            if getattr(setting, f"{role}_id") is None:
                label = SpecialPages._meta.get_field(role).verbose_name
                warnings.append(
                    Warning(
                        f"No page chosen for “{label}” on site {site}.",
                        hint="Choose it in the admin under Settings → Special pages.",
                        obj=f"SpecialPages.{role}",
                        id="home.W001",
                    )
                )
    return warnings


@register(deploy=True)
def legal_notice_complete(app_configs, **kwargs):
    """``check --deploy``: each fact the law asks of the legal notice (§ 5 DDG, § 18 Abs. 2
    MStV) that Settings → Legal notice still lacks, named."""
    from wagtail.models import Site

    from .about import LegalNotice
    from .models import HomePage

    try:
        sites = list(Site.objects.filter(root_page__in=HomePage.objects.values("pk")))
        notices = {item.site_id: item for item in LegalNotice.objects.filter(site__in=sites)}
    except DatabaseError:
        return []
    return [
        Warning(
            f"The legal notice of site {site} lacks “{label}”.",
            hint="Fill it in the admin under Settings → Legal notice (§ 5 DDG, § 18 Abs. 2 MStV).",
            obj="LegalNotice",
            id="home.W003",
        )
        for site in sites
        for label in (notices.get(site.pk) or LegalNotice(site=site)).missing()
    ]
