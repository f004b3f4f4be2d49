"""What the admin accepts as a document: PDF, ODT or DOCX (publications, full texts), MP4 or
WebM videos and WebVTT captions (the video block, home/blocks.py), each checked by the file's
name *and* its first bytes, up to ``settings.KOKCMS_MAX_UPLOAD_SIZE`` (videos:
``KOKCMS_MAX_VIDEO_UPLOAD_SIZE``).

Wagtail checks only the extension (``WAGTAILDOCS_EXTENSIONS``), so a program or a text file
renamed ``.pdf`` would be published as a PDF to readers who trust KOK's downloads. This form is
the base of every document form of the admin (``WAGTAILDOCS_DOCUMENT_FORM_BASE``: the add and
edit views, the multiple upload, the chooser's upload); a refused file fails the form's
validation, before anything is saved, with a message in the editor's language.
"""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm

TEXTS = ("pdf", "odt", "docx")  # what a publication's file may be
VIDEOS = ("mp4", "webm")
ALLOWED = (*TEXTS, *VIDEOS, "vtt")
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
DEFAULT_MAX_SIZE = 20 * 1024 * 1024
# Below the proxy's limit on a request's body (deploy/nginx.conf: client_max_body_size 64m).
DEFAULT_MAX_VIDEO_SIZE = 60 * 1024 * 1024


def max_size(extension=""):
    if extension in VIDEOS:
        return getattr(settings, "KOKCMS_MAX_VIDEO_UPLOAD_SIZE", DEFAULT_MAX_VIDEO_SIZE)
    return getattr(settings, "KOKCMS_MAX_UPLOAD_SIZE", DEFAULT_MAX_SIZE)


def looks_like(extension, upload):
    """Whether the file's content is what its extension says (read from its start; a ZIP's
    directory for ODT and DOCX). The file is left at its start."""
    upload.seek(0)
    try:
        if extension == "pdf":
            return upload.read(5) == b"%PDF-"
        if extension == "mp4":  # ISO base media: a box of type "ftyp" first
            return upload.read(8)[4:8] == b"ftyp"
        if extension == "webm":  # Matroska's EBML header
            return upload.read(4) == b"\x1a\x45\xdf\xa3"
        if extension == "vtt":
            start = upload.read(9)
            return start.removeprefix(b"\xef\xbb\xbf").startswith(b"WEBVTT")
        if not zipfile.is_zipfile(upload):
            return False
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if extension == "odt":
                # ODF: the first entry is "mimetype", stored uncompressed, naming the type.
                return (
                    bool(names)
                    and names[0] == "mimetype"
                    and (archive.read("mimetype").strip() == ODT_MIMETYPE)
                )
            return "[Content_Types].xml" in names and "word/document.xml" in names
    except (zipfile.BadZipFile, OSError, KeyError, EOFError):
        return False
    finally:
        upload.seek(0)


def check_upload(upload):
    """Raise ``ValidationError`` with the editor's message if ``upload`` is not accepted."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED:
        raise ValidationError(
            _(
                "Only PDF, ODT and DOCX documents, MP4 and WebM videos and WebVTT captions can "
                "be uploaded. “%(name)s” is not one of them."
            )
            % {"name": name},
            code="file_type",
        )
    limit = max_size(extension)
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; at most %(limit)s can be uploaded.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="file_size",
        )
    if not looks_like(extension, upload):
        raise ValidationError(
            _(
                "“%(name)s” is not a real %(format)s file: its content does not match its name. "
                "Please save it again as %(format)s and upload that file."
            )
            % {"name": name, "format": extension.upper()},
            code="file_content",
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with the checks above on a newly chosen file."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            check_upload(upload)
        return upload
