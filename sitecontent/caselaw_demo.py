"""The case-law database of the demo site: the maintained lists (courts, norms), four real
decisions with their public facts only, and the database page (``load``, called by
``bootstrap_kok``; idempotent like it).

The facts (court, type, date, file number, norms, outcome, old item number, source) come from
the research notes on KOK's old database (items 30, 406, 497) and one residence-law decision
outside it (OVG Bremen, asyl.net M25334). Examples whose file number or exact date was not
found (LG Hamburg 2024, LG Stuttgart 2021, item 343) are left out: the file number is what
makes a decision unique per court, and none is invented. Norms are attached only where the
sources name the provision; the summaries are short texts written for this demo and say so.
"""

import datetime

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale

from information.caselaw import (
    CaseLawPage,
    Court,
    Decision,
    DecisionType,
    ExploitationForm,
    Jurisdiction,
    LegalArea,
    Level,
    Norm,
)

DEMO_NOTE = "KOK-CMS-Demo-Zusammenfassung, nicht der Text des KOK."
DEMO_NOTE_EN = "KOK CMS demo summary, not KOK's text."

# (name, abbreviation, jurisdiction, level, place)
COURTS = [
    ("Bundesverfassungsgericht", "BVerfG", Jurisdiction.CONSTITUTIONAL, Level.CONSTITUTIONAL, "Karlsruhe"),
    ("Bundesgerichtshof", "BGH", Jurisdiction.ORDINARY, Level.FEDERAL, "Karlsruhe"),
    ("Bundesverwaltungsgericht", "BVerwG", Jurisdiction.ADMINISTRATIVE, Level.FEDERAL, "Leipzig"),
    ("Bundesarbeitsgericht", "BAG", Jurisdiction.LABOUR, Level.FEDERAL, "Erfurt"),
    ("Bundessozialgericht", "BSG", Jurisdiction.SOCIAL, Level.FEDERAL, "Kassel"),
    ("Gerichtshof der Europäischen Union", "EuGH", Jurisdiction.EUROPEAN, Level.EUROPEAN, "Luxemburg"),
    ("Europäischer Gerichtshof für Menschenrechte", "EGMR", Jurisdiction.EUROPEAN, Level.EUROPEAN, "Straßburg"),
    ("Oberverwaltungsgericht der Freien Hansestadt Bremen", "OVG Bremen", Jurisdiction.ADMINISTRATIVE, Level.HIGHER, "Bremen"),
    ("Landgericht Augsburg", "LG Augsburg", Jurisdiction.ORDINARY, Level.FIRST, "Augsburg"),
    ("Landgericht Hamburg", "LG Hamburg", Jurisdiction.ORDINARY, Level.FIRST, "Hamburg"),
    ("Landgericht Hanau", "LG Hanau", Jurisdiction.ORDINARY, Level.FIRST, "Hanau"),
    ("Landgericht Stuttgart", "LG Stuttgart", Jurisdiction.ORDINARY, Level.FIRST, "Stuttgart"),
]  # fmt: skip

# (label, act): the provisions of the issue and of the old database's reports (§§ 232 ff.,
# §§ 180a, 181a StGB), the residence permits for trafficked persons, state compensation.
NORMS = [
    ("§ 232 StGB", "StGB"),
    ("§ 232a StGB", "StGB"),
    ("§ 232b StGB", "StGB"),
    ("§ 233 StGB", "StGB"),
    ("§ 233a StGB", "StGB"),
    ("§ 233 StGB a.F.", "StGB"),
    ("§ 180a StGB", "StGB"),
    ("§ 181a StGB", "StGB"),
    ("§ 266a StGB", "StGB"),
    ("§ 25 Abs. 4a AufenthG", "AufenthG"),
    ("§ 25 Abs. 4b AufenthG", "AufenthG"),
    ("§ 1 OEG", "OEG"),
]

DB = "https://www.kok-gegen-menschenhandel.de/rechtsprechungsdatenbank/datenbank/detailansicht"
DECISIONS = [
    {
        "court": "BGH",
        "decision_type": DecisionType.ORDER,
        "date": "2023-01-17",
        "file_number": "2 StR 87/22",
        "legal_area": LegalArea.CRIMINAL,
        "norms": ["§ 232 StGB"],
        "forms": ["sexual"],
        "key_issues": "Menschenhandel – gewerbsmäßig – auslandsspezifische Hilflosigkeit – "
        "Anwerben, Befördern, Beherbergen – Vergewaltigung – Besetzung des Gerichts",
        "summary": "<p>Der 2. Strafsenat des BGH hob die Verurteilungen zweier Angeklagter "
        "(Bordell mit bulgarischen Frauen, 2019) auf und verwies die Sache zurück: Für einen "
        "Angeklagten war das Gericht nicht richtig besetzt, für den anderen trugen die "
        "Feststellungen § 232 StGB nicht.</p>",
        "outcome": "Aufhebung und Zurückverweisung.",
        "source": "KOK-Rechtsprechungsdatenbank, Eintrag 497",
        "source_url": f"{DB}?tx_t3ukudb_urteile%5Baction%5D=show&tx_t3ukudb_urteile%5Bcontroller%5D=Item&tx_t3ukudb_urteile%5Bitem%5D=497",
        "legacy_item": 497,
    },
    {
        "court": "LG Hanau",
        "decision_type": DecisionType.JUDGMENT,
        "date": "2020-06-03",
        "file_number": "5 KLs 1125 Js 16429/16 7 ER 33/17 GenStA Ffm",
        "legal_area": LegalArea.CRIMINAL,
        "norms": [],  # the sources name the offences, not the provisions
        "forms": ["sexual"],
        "key_issues": "Menschenhandel – Einschleusen – Zwangsprostitution – Ausbeutung von "
        "Prostituierten – Steuerhinterziehung – Adhäsionsverfahren",
        "summary": "<p>Die 5. Große Wirtschaftsstrafkammer verurteilte die Beteiligten eines "
        "bundesweiten Bordellnetzes, in dem thailändische Frauen und trans Frauen ausgebeutet "
        "wurden. Im Adhäsionsverfahren wurden Schadensersatz und Schmerzensgeld dem Grunde nach "
        "zugesprochen; rund 1,1 Mio. € wurden eingezogen.</p>",
        "outcome": "Freiheitsstrafen von 8 Jahren 9 Monaten (Hauptangeklagter), 4 Jahren "
        "6 Monaten und zwischen 3 Jahren und 2 Jahren auf Bewährung; vom BGH am 21.04.2021 "
        "(1 StR 27/21) im Wesentlichen bestätigt.",
        "source": "KOK-Rechtsprechungsdatenbank, Eintrag 406",
        "source_url": "https://www.kok-gegen-menschenhandel.de/en/database-of-case-law/database/detail-view?tx_t3ukudb_urteile%5Baction%5D=show&tx_t3ukudb_urteile%5Bcontroller%5D=Item&tx_t3ukudb_urteile%5Bitem%5D=406",
        "legacy_item": 406,
        "en": {
            "key_issues": "Trafficking in human beings – smuggling of foreigners – forced "
            "prostitution – exploitation of prostitutes – tax evasion – adhesion procedure",
            "summary": "<p>The 5th Grand Commercial Criminal Chamber convicted those involved "
            "in a nationwide network of brothels in which Thai women and trans women were "
            "exploited. In the adhesion procedure, damages and compensation for pain and "
            "suffering were awarded in principle; about € 1.1 million was confiscated.</p>",
            "outcome": "Prison sentences of 8 years 9 months (main defendant), 4 years "
            "6 months and between 3 years and 2 years suspended; largely upheld by the BGH on "
            "21.04.2021 (1 StR 27/21).",
        },
    },
    {
        "court": "LG Augsburg",
        "decision_type": DecisionType.JUDGMENT,
        "date": "2008-02-18",
        "file_number": "9 KLs 507 Js 121451/07",
        "legal_area": LegalArea.CRIMINAL,
        "norms": ["§ 233 StGB a.F."],
        "forms": ["labour"],
        "key_issues": "Menschenhandel zum Zweck der Ausbeutung der Arbeitskraft – "
        "Erntehelfer – Beschäftigung von Ausländern ohne Genehmigung",
        "summary": "<p>Die Angeklagten hatten rund 100 rumänische Erntehelferinnen und "
        "Erntehelfer für die Erdbeerernte mit versprochenen 5,50 € je Stunde angeworben, ihnen nur einen "
        "Bruchteil gezahlt und sie in Containern untergebracht.</p>",
        "outcome": "Freiheitsstrafen von 3 Jahren 3 Monaten und 2 Jahren.",
        "source": "KOK-Rechtsprechungsdatenbank, Eintrag 30",
        "source_url": f"{DB}?tx_t3ukudb_urteile%5Baction%5D=show&tx_t3ukudb_urteile%5Bcontroller%5D=Item&tx_t3ukudb_urteile%5Bitem%5D=30&type=98",
        "legacy_item": 30,
    },
    {
        "court": "OVG Bremen",
        "decision_type": DecisionType.ORDER,
        "date": "2017-08-01",
        "file_number": "1 B 109/17",
        "legal_area": LegalArea.RESIDENCE,
        "norms": ["§ 25 Abs. 4a AufenthG"],
        "forms": [],
        "key_issues": "Aufenthaltserlaubnis für Opfer von Menschenhandel – Verlängerung – "
        "Einstellung des Ermittlungsverfahrens",
        "summary": "<p>Eine Aufenthaltserlaubnis nach § 25 Abs. 4a Satz 3 AufenthG wird nicht "
        "verlängert, wenn sich der Verdacht des Menschenhandels nicht bestätigt und das "
        "Verfahren eingestellt wird.</p>",
        "outcome": "Keine Verlängerung der Aufenthaltserlaubnis.",
        "source": "asyl.net, Rechtsprechungsdatenbank M25334 (kein Eintrag der KOK-Datenbank)",
        "source_url": "https://asyl.net/rsdb/M25334",
        "legacy_item": None,
    },
]

PAGE = {
    "title": "Rechtsprechungsdatenbank",
    "slug": "rechtsprechungsdatenbank",
    "introduction": "Entscheidungen deutscher und europäischer Gerichte zu Menschenhandel und "
    "Ausbeutung, zusammengefasst vom KOK: Strafrecht, Aufenthaltsrecht, Arbeitsrecht, "
    "Opferentschädigung und Zivilrecht.",
}


def load(home):
    """Create what is missing: the lists, the decisions (German, and English where given) and
    the database page below ``home``. Returns the number of objects created."""
    created = 0
    with transaction.atomic():
        for name, abbreviation, jurisdiction, level, place in COURTS:
            _court, new = Court.objects.get_or_create(
                abbreviation=abbreviation,
                defaults={
                    "name": name,
                    "jurisdiction": jurisdiction,
                    "level": level,
                    "place": place,
                },
            )
            created += new
        for order, (label, act) in enumerate(NORMS):
            _norm, new = Norm.objects.get_or_create(
                label=label, defaults={"act": act, "sort_order": order * 10}
            )
            created += new
        created += load_decisions()
        if not CaseLawPage.objects.filter(locale=home.locale).exists():
            page = CaseLawPage(locale=home.locale, **PAGE)
            home.add_child(instance=page)
            page.save_revision(log_action=True).publish()
            created += 1
    return created


def load_decisions():
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    english = Locale.objects.filter(language_code="en").first()
    courts = {court.abbreviation: court for court in Court.objects.all()}
    norms = {norm.label: norm for norm in Norm.objects.all()}
    forms = {form.code: form for form in ExploitationForm.objects.all()}
    created = 0
    for spec in DECISIONS:
        court = courts[spec["court"]]
        if Decision.objects.filter(court=court, file_number=spec["file_number"]).exists():
            continue
        fields = {
            key: value
            for key, value in spec.items()
            if key not in ("court", "norms", "forms", "en", "date", "summary")
        }
        decision = Decision(
            locale=german,
            court=court,
            date=datetime.date.fromisoformat(spec["date"]),
            summary=spec["summary"] + f"<p><i>{DEMO_NOTE}</i></p>",
            **fields,
        )
        decision.full_clean()
        decision.save()
        decision.norms.set([norms[label] for label in spec["norms"]])
        decision.forms.set([forms[code] for code in spec["forms"]])
        created += 1
        if "en" in spec and english is not None:
            translation = decision.copy_for_translation(english)
            for key, value in spec["en"].items():
                setattr(translation, key, value)
            translation.summary += f"<p><i>{DEMO_NOTE_EN}</i></p>"
            translation.save()
            translation.norms.set(decision.norms.all())
            translation.forms.set(decision.forms.all())
            created += 1
    return created
