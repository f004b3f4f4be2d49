"""Backups (backups/): back up, lose the database and the media files, restore, and everything
is back and served: every page in every language (each as stored, one of each type in each
language rendered), translations, revisions, images, documents.

Run in a copy of the built site (conftest.py), in other processes, as an operator runs them.
"""

import json
import subprocess
import sys

from django.conf import settings

SEED = r"""
import io
from django.core.files.base import ContentFile
from PIL import Image as Picture
from wagtail.documents.models import Document
from wagtail.images.models import Image
from home.models import HomePage

buffer = io.BytesIO()
Picture.new("RGB", (40, 30), (200, 30, 60)).save(buffer, "PNG")
Image.objects.create(title="Rundreise-Bild", file=ContentFile(buffer.getvalue(), "rundreise.png"))
Document.objects.create(
    title="Rundreise-Dokument", file=ContentFile(b"%PDF-1.4 Rundreise\n", "rundreise.pdf")
)
home = HomePage.objects.get(locale__language_code="de")
home.introduction = "Eine zweite Fassung vor der Sicherung."
home.save_revision().publish()
"""

INVENTORY = r"""
import hashlib, json
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

reader = Client(HTTP_HOST="localhost")
# Every live page as stored (address, title, the revision it shows), and one page of each type in
# each language as readers get it: rendering all of them twice would take minutes and show no more.
pages, rendered, seen = {}, {}, set()
for page in Page.objects.live().filter(depth__gt=1).order_by("path").iterator():
    url = page.url
    pages[url] = [page.title, page.live_revision_id, str(page.last_published_at)]
    if (page.content_type_id, page.locale_id) in seen:
        continue
    seen.add((page.content_type_id, page.locale_id))
    response = reader.get(url)
    rendered[url] = [response.status_code, hashlib.sha256(response.content).hexdigest()]
files = {}
for item in [*Image.objects.all(), *Document.objects.all()]:
    with item.file.open("rb") as handle:
        files[item.title] = hashlib.sha256(handle.read()).hexdigest()
document = Document.objects.get(title="Rundreise-Dokument")
served = reader.get(document.url)
print(json.dumps({
    "pages": pages,
    "rendered": rendered,
    "languages": sorted(set(Page.objects.live().values_list("locale__language_code", flat=True))),
    "revisions": Revision.objects.count(),
    "translations": Translation.objects.count(),
    "string_translations": StringTranslation.objects.count(),
    "files": files,
    "document_served": [served.status_code, b"".join(served.streaming_content).decode()],
}))
"""


def test_a_backup_brings_back_every_page_translation_revision_image_and_document(instance):
    instance.python(SEED)
    before = json.loads(instance.python(INVENTORY).splitlines()[-1])
    assert len(before["languages"]) == len(settings.LANGUAGES)
    assert {"Rundreise-Bild", "Rundreise-Dokument"} <= before["files"].keys()
    assert before["document_served"] == [200, "%PDF-1.4 Rundreise\n"]
    assert all(status == 200 for status, _hash in before["rendered"].values())
    assert len(before["rendered"]) >= len(settings.LANGUAGES) * 5  # several types per language

    said = instance.manage("backup")
    assert "Backed up as" in said

    instance.wipe_database()
    for path in sorted(instance.media.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    assert not any(instance.media.iterdir())

    instance.manage("restore", "--noinput")
    after = json.loads(instance.python(INVENTORY).splitlines()[-1])
    assert after == before


def test_old_backups_are_pruned_and_a_missing_backup_is_refused(instance):
    for _ in range(3):
        instance.manage("backup", env={"BACKUP_KEEP": "2"})
    listed = instance.manage("restore", "--list").split()
    assert len(listed) == 2
    stored = sorted(p.name for p in instance.backups.iterdir())
    assert all(any(name.startswith(stamp) for stamp in listed) for name in stored)
    refused = subprocess.run(  # noqa: S603 (our own interpreter and command)
        [sys.executable, "manage.py", "restore", "1999-01-01-000000", "--noinput"],
        env=instance.env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1
    assert "No complete backup 1999-01-01-000000" in refused.stderr
