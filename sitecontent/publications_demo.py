"""The publications library of the demo site: the library page and a few of KOK's publications
with their public facts only, each with small sample files (``load``, called by
``bootstrap_kok``; idempotent like it).

The facts (titles, types, years or editions, languages of the leaflets) come from the research
notes on KOK's publications (sections 3 and 4): the fourth data report (data 2022, October
2023), the BMAS study on support structures (30.12.2011), the Handreichung with DIMR and EVZ
(2013), the short statement on the Federal Police Act (2021), the Ukraine project's report
(project 08/2022–01/2023, also in English; its year is the project's end), the annual review
2022 (German and English) and the overview flyer of the specialised counselling centres (2022,
German, Arabic, Russian, Ukrainian, Vietnamese). Teasers say only what the notes say.

KOK's PDFs are not part of this repository: every file is a one-page PDF written here
(``sample_pdf``), titled and labelled "Muster / Sample" in its text, so nobody mistakes it for
KOK's publication.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.documents import get_document_model

from information.caselaw import ExploitationForm
from information.publications import (
    Audience,
    LibraryPage,
    PublicationFile,
    PublicationPage,
    PublicationType,
    Topic,
)

SAMPLE_NOTE = "Muster / Sample – nicht die Veröffentlichung des KOK / not KOK's publication"

# Languages in the PDF's text in German (the sample's own text is German and English only:
# Helvetica, the one font every PDF reader has, covers Latin script only).
LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "Englisch / English",
    "ar": "Arabisch / Arabic",
    "ru": "Russisch / Russian",
    "uk": "Ukrainisch / Ukrainian",
    "vi": "Vietnamesisch / Vietnamese",
}

PAGE = {
    "title": "Publikationen und Flyer",
    "slug": "publikationen",
    "introduction": "Datenberichte, Studien, Stellungnahmen, Handreichungen, Flyer und "
    "Jahresrückblicke des KOK zum Herunterladen.",
    "search_description": "Veröffentlichungen und mehrsprachige Flyer des KOK zu Menschenhandel "
    "und Ausbeutung.",
}

PUBLICATIONS = [
    {
        "title": "Datenerhebung zu Menschenhandel und Ausbeutung in Deutschland: "
        "4. Bericht (Daten 2022)",
        "slug": "datenbericht-2022",
        "type": PublicationType.DATA_REPORT,
        "year": 2023,
        "edition": "Oktober 2023",
        "introduction": "Der vierte Bericht aus dem Datentool des KOK und seiner "
        "Fachberatungsstellen: 875 Fälle dokumentiert, 733 zur Auswertung freigegeben; 88 % "
        "der Ratsuchenden sind Frauen und Mädchen.",
        "audiences": ["professionals"],
        "topics": ["data"],
        "forms": [],
        "files": ["de"],
    },
    {
        "title": "Jahresrückblick 2022",
        "slug": "jahresrueckblick-2022",
        "type": PublicationType.ANNUAL_REVIEW,
        "year": 2022,
        "edition": "2022",
        "introduction": "Der Jahresrückblick des KOK auf 2022, auf Deutsch und auf Englisch.",
        "audiences": ["professionals"],
        "topics": [],
        "forms": [],
        "files": ["de", "en"],
    },
    {
        "title": "Übersichtsflyer der im KOK vernetzten spezialisierten Fachberatungsstellen",
        "slug": "uebersichtsflyer-fachberatungsstellen",
        "type": PublicationType.LEAFLET,
        "year": 2022,
        "edition": "2022",
        "introduction": "Wo spezialisierte Fachberatungsstellen helfen: 2022 im Ukraine-Projekt "
        "ins Arabische, Russische, Ukrainische und Vietnamesische übersetzt.",
        "audiences": ["affected", "helpers"],
        "topics": ["support"],
        "forms": [],
        "files": ["de", "ar", "ru", "uk", "vi"],
    },
    {
        "title": "Menschenhandel und Ausbeutung im Kontext des Ukrainekrieges",
        "slug": "menschenhandel-ukrainekrieg",
        "type": PublicationType.STUDY,
        "year": 2023,
        "edition": "Ukraine-Projekt 08/2022–01/2023",
        "introduction": "Eine Untersuchung aus Sicht spezialisierter Fachberatungsstellen zur "
        "Situation in Deutschland, auch auf Englisch.",
        "audiences": ["helpers", "professionals"],
        "topics": ["migration"],
        "forms": [],
        "files": ["de", "en"],
    },
    {
        "title": "Kurzstellungnahme zum Entwurf eines Gesetzes zur Modernisierung der "
        "Rechtsgrundlagen der Bundespolizei",
        "slug": "kurzstellungnahme-bundespolizeigesetz",
        "type": PublicationType.STATEMENT,
        "year": 2021,
        "edition": "2021",
        "introduction": "Die Kurzstellungnahme des KOK zum Bundespolizeigesetz.",
        "audiences": ["professionals"],
        "topics": ["law"],
        "forms": [],
        "files": ["de"],
    },
    {
        "title": "Menschenhandel als Menschenrechtsverletzung – Strategien und Maßnahmen zur "
        "Stärkung der Betroffenenrechte",
        "slug": "handreichung-menschenrechtsverletzung",
        "type": PublicationType.HANDBOOK,
        "year": 2013,
        "edition": "2013",
        "introduction": "Handreichung des KOK mit dem Deutschen Institut für Menschenrechte und "
        "der Stiftung „Erinnerung, Verantwortung und Zukunft“.",
        "audiences": ["professionals"],
        "topics": ["rights"],
        "forms": [],
        "files": ["de"],
    },
    {
        "title": "Entwicklung tragfähiger Unterstützungsstrukturen für die Betroffenen von "
        "Menschenhandel zur Arbeitsausbeutung in Deutschland",
        "slug": "studie-unterstuetzungsstrukturen-arbeitsausbeutung",
        "type": PublicationType.STUDY,
        "year": 2011,
        "date": "2011-12-30",
        "introduction": "Studie für das Bundesministerium für Arbeit und Soziales, koordiniert "
        "vom KOK: 464 Seiten in zwei Teilen.",
        "audiences": ["professionals"],
        "topics": ["support"],
        "forms": ["labour"],
        "files": ["de"],
    },
]


# --- A minimal PDF ------------------------------------------------------------------------------
def _pdf_text(text):
    """A PDF string literal in WinAnsi (Latin-1 covers our German), with its specials escaped."""
    raw = text.replace("–", "-").replace("„", '"').replace("“", '"').replace("’", "'")
    raw = raw.encode("latin-1", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap(text, width=80):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def sample_pdf(title, lines):
    """A valid one-page PDF 1.4 (A4, Helvetica) with ``title`` in its document information and
    as its heading, then ``lines``: a few hundred bytes, written without a library."""
    text = [b"BT /F1 16 Tf 56 780 Td 20 TL"]
    for number, line in enumerate([*_wrap(title, 60), "", *lines]):
        if number == 1:
            text.append(b"/F1 11 Tf 15 TL")
        text.append(_pdf_text(line) + b" '")
    text.append(b"ET")
    stream = b"\n".join(text)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title " + _pdf_text(title) + b" /Producer (KOK CMS demo) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def sample_document(spec, language):
    """The sample file of ``spec`` in ``language``: one Wagtail document, made once."""
    Document = get_document_model()
    title = f"Muster: {spec['title']} ({language})"[:255]
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document, False
    content = sample_pdf(
        f"Muster / Sample: {spec['title']}",
        [
            SAMPLE_NOTE,
            f"Sprache der Datei / language of the file: {LANGUAGE_NAMES.get(language, language)}",
            "Beispieldatei der KOK-CMS-Demo. Die Veröffentlichung selbst gibt es beim KOK e.V.",
            "Sample file of the KOK CMS demo. The publication itself is available from KOK e.V.",
        ],
    )
    name = f"muster-{slugify(spec['slug'])}-{language}.pdf"
    document = Document(title=title)
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document, True


def load(home):
    """Create what is missing: the library page below ``home`` and the publications with their
    sample files. Returns the number of objects created."""
    created = 0
    with transaction.atomic():
        library = LibraryPage.objects.child_of(home).first()
        if library is None:
            library = LibraryPage(locale=home.locale, **PAGE)
            home.add_child(instance=library)
            library.save_revision(log_action=True).publish()
            created += 1
        audiences = {row.code: row for row in Audience.objects.all()}
        topics = {row.code: row for row in Topic.objects.all()}
        forms = {row.code: row for row in ExploitationForm.objects.all()}
        for spec in PUBLICATIONS:
            if PublicationPage.objects.child_of(library).filter(slug=spec["slug"]).exists():
                continue
            page = PublicationPage(
                title=spec["title"],
                slug=spec["slug"],
                introduction=spec["introduction"],
                publication_type=spec["type"],
                year=spec["year"],
                date=datetime.date.fromisoformat(spec["date"]) if "date" in spec else None,
                edition=spec.get("edition", ""),
            )
            page.audiences = [audiences[code] for code in spec["audiences"]]
            page.topics = [topics[code] for code in spec["topics"]]
            page.forms = [forms[code] for code in spec["forms"]]
            files = []
            for language in spec["files"]:
                document, new = sample_document(spec, language)
                created += new
                files.append(PublicationFile(document=document, language=language))
            page.files = files
            library.add_child(instance=page)
            page.save_revision(log_action=True).publish()
            created += 1
    return created
