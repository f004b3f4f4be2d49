"""Uploaded images and documents on S3-compatible object storage, addressed through the site's
own host (``/media/…``), when ``AWS_STORAGE_BUCKET_NAME`` is set (kokcms/settings/base.py).

Missing upstream: django-storages' ``S3Storage`` only makes absolute URLs, the bucket's own or a
``custom_domain``'s, and no public page of this site may load anything from another host
(privacy: a reader's phone must not contact a storage provider). The reverse proxy passes
``/media/`` to the bucket (docs/deploy.md); this storage only makes the URLs path-only, under
``MEDIA_URL``. Delete it when django-storages can make such URLs.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri

from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class OwnHostS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(self._normalize_name(clean_name(name)))
