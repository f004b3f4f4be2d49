"""Media on S3-compatible object storage (``AWS_STORAGE_BUCKET_NAME``, django-storages), run
against a local S3 server (moto's, on a port of this machine): uploads land in the bucket,
renditions are made from it, every address a reader gets is on the site's own host, and
documents are streamed by the app, never a redirect to the storage."""

import io

from django.core.files.base import ContentFile
from django.test import Client, override_settings

from wagtail.documents.models import Document
from wagtail.images.models import Image

import pytest
from PIL import Image as Picture

from tests.ports import free_port, wait_for_port

BUCKET = "kokcms-media"
KEYS = {"aws_access_key_id": "test", "aws_secret_access_key": "test"}


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    wait_for_port(port)
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_server, settings):
    import boto3

    client = boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1", **KEYS)
    client.create_bucket(Bucket=BUCKET)
    storages = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "kokcms.media_storage.OwnHostS3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_server,
                "region_name": "us-east-1",
                "access_key": "test",
                "secret_key": "test",
                "default_acl": None,
                "file_overwrite": False,
                "querystring_auth": False,
            },
        },
    }
    with override_settings(STORAGES=storages):
        yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client):
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def png():
    buffer = io.BytesIO()
    Picture.new("RGB", (60, 40), (200, 30, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_and_its_rendition_live_in_the_bucket_and_are_addressed_on_our_host(db, bucket):
    image = Image.objects.create(title="Im Eimer", file=ContentFile(png(), "bucket.png"))
    assert image.file.name in keys(bucket)
    assert image.file.url == f"/media/{image.file.name}"
    rendition = image.get_rendition("width-30")  # read from the bucket, written to it
    assert rendition.file.name in keys(bucket)
    assert rendition.url.startswith("/media/images/")
    assert rendition.width == 30


def test_a_document_is_streamed_by_the_app_from_the_bucket(db, bucket):
    document = Document.objects.create(
        title="Merkblatt", file=ContentFile(b"%PDF-1.4 aus dem Eimer\n", "merkblatt.pdf")
    )
    assert document.file.name in keys(bucket)
    response = Client(HTTP_HOST="localhost").get(document.url)
    assert response.status_code == 200  # not a redirect to the storage's address
    assert b"".join(response.streaming_content) == b"%PDF-1.4 aus dem Eimer\n"
