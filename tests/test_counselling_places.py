"""Counselling places (issue 12): validation, CSV import and export, demo data, stale report, admin."""

import csv
import datetime
import io

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from network import demo_places, places_io
from network.counselling import CounsellingPlace, Membership, Organisation, OrganisationKind

from .translator_helpers import make_user, translator

pytestmark = pytest.mark.django_db


def organisation(**fields):
    fields = {"name": "Test e.V.", "kind": OrganisationKind.COUNSELLING_CENTRE, **fields}
    return Organisation.objects.create(**fields)


def place(org, **fields):
    return CounsellingPlace(organisation=org, name=fields.pop("name", "Beratung"), **fields)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("counselling_places", *args, stdout=out, stderr=err)
    except CommandError as error:
        return False, out.getvalue(), err.getvalue() + str(error)
    return True, out.getvalue(), err.getvalue()


def csv_file(tmp_path, rows, name="places.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=places_io.COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def good_row(**overrides):
    return {
        "organisation": "Neue Beratung e.V.",
        "organisation_kind": "counselling-centre",
        "membership": "member",
        "place": "Neue Beratung Leipzig",
        "city": "Leipzig",
        "laender": "SN",
        "forms": "sexuelle-ausbeutung arbeitsausbeutung",
        "target_groups": "women",
        "languages": "de, bg",
        "interpreters": "yes",
        "phone": "0341 000000",
        "phone_hours": "Mo–Fr 9–15",
        "email": "beratung@example.org",
        "last_checked_on": "2026-11-20",
        "checked_by": "Geschäftsstelle",
        **overrides,
    }


# --- Model -----------------------------------------------------------------------------------
def test_a_shelter_address_is_refused():
    shelter_org = organisation(name="Schutz e.V.", kind=OrganisationKind.SHELTER)
    with pytest.raises(ValidationError) as refused:
        place(shelter_org, walk_in_address="Geheimstraße 1, Berlin").full_clean()
    assert "walk_in_address" in refused.value.message_dict

    counselling_org = organisation()
    with pytest.raises(ValidationError):
        place(counselling_org, shelter=True, walk_in_address="Geheimstraße 1").full_clean()
    place(counselling_org, walk_in_address="Offene Straße 2, Berlin").full_clean()  # allowed


def test_no_field_stores_an_exact_location():
    names = {field.name for field in CounsellingPlace._meta.get_fields()}
    assert not names & {"latitude", "longitude", "location", "point", "street", "postcode"}


def test_a_bad_language_code_is_refused():
    with pytest.raises(ValidationError) as refused:
        place(organisation(), languages=["de", "xx"]).full_clean()
    assert "xx" in str(refused.value.message_dict["languages"])
    place(organisation(name="Zwei"), languages=["de", "bg"]).full_clean()


def test_a_bad_e_mail_route_is_refused_in_the_import(tmp_path):
    ok, _out, err = run("import", str(csv_file(tmp_path, [good_row(email="not-an-address")])))
    assert not ok
    assert "line 2" in err and "email" in err


# --- CSV -------------------------------------------------------------------------------------
def test_dry_run_reports_every_bad_row_with_its_line_and_changes_nothing(tmp_path):
    before = (Organisation.objects.count(), CounsellingPlace.objects.count())
    rows = [
        good_row(),
        good_row(place="Zwei", languages="de klingonisch"),
        good_row(place="Drei"),
        good_row(place="Vier", laender="XX", last_checked_on="gestern"),
    ]
    ok, _out, err = run("import", "--dry-run", str(csv_file(tmp_path, rows)))
    assert not ok
    assert "line 3" in err and "klingonisch" in err
    assert "line 5" in err and "XX" in err and "gestern" in err
    assert "line 2" not in err and "line 4" not in err
    assert (Organisation.objects.count(), CounsellingPlace.objects.count()) == before


def test_dry_run_of_a_good_file_changes_nothing(tmp_path):
    before = CounsellingPlace.objects.count()
    ok, out, _err = run("import", "--dry-run", str(csv_file(tmp_path, [good_row()])))
    assert ok and "would import 1 place" in out
    assert CounsellingPlace.objects.count() == before


def test_import_refuses_the_whole_file_when_one_row_is_bad(tmp_path):
    before = CounsellingPlace.objects.count()
    rows = [
        good_row(),
        good_row(place="Schutzwohnung", shelter="yes", walk_in_address="Geheimstraße 1"),
    ]
    ok, _out, err = run("import", str(csv_file(tmp_path, rows)))
    assert not ok and "line 3" in err and "nothing was imported" in err
    assert CounsellingPlace.objects.count() == before
    assert not Organisation.objects.filter(name="Neue Beratung e.V.").exists()


def test_line_numbers_count_lines_inside_quoted_cells(tmp_path):
    rows = [good_row(phone="0341 1\n0341 2", phone_hours="Mo\nDi"), good_row(place="B", forms="?")]
    path = csv_file(tmp_path, rows)
    lines = path.read_text(encoding="utf-8").splitlines()
    starts = [number for number, line in enumerate(lines, 1) if line.startswith("Neue Beratung")]
    assert starts[0] == 2 and starts[1] > 3  # the first record spans several lines
    ok, _out, err = run("import", "--dry-run", str(path))
    assert not ok and f"line {starts[1]}: forms" in err and "line 2" not in err


def test_import_creates_a_place_readers_see(tmp_path):
    ok, _out, _err = run("import", str(csv_file(tmp_path, [good_row()])))
    assert ok
    imported = CounsellingPlace.objects.public().get(name="Neue Beratung Leipzig")
    assert imported.languages == ["de", "bg"] and imported.interpreters
    assert [(b.value["kind"], b.value["value"], b.value["hours"]) for b in imported.contacts] == [
        ("phone", "0341 000000", "Mo–Fr 9–15"),
        ("email", "beratung@example.org", ""),
    ]


def snapshot():
    return [
        ({k: v for k, v in row.items() if k != "contacts"}, [b.value for b in p.contacts])
        for p, row in zip(
            CounsellingPlace.objects.order_by("pk"),
            CounsellingPlace.objects.order_by("pk").values(),
            strict=True,
        )
    ]


def test_export_then_import_round_trip(tmp_path):
    first = tmp_path / "first.csv"
    assert run("export", str(first))[0]
    exported = first.read_text(encoding="utf-8")
    assert exported.count("\n") > len(demo_places.PLACES)  # header + every place (cells may wrap)
    before = snapshot()
    ok, out, err = run("import", str(first))
    assert ok, err
    assert f"imported {CounsellingPlace.objects.source_rows().count()} place" in out
    assert snapshot() == before
    second = tmp_path / "second.csv"
    run("export", str(second))
    assert second.read_text(encoding="utf-8") == exported


def test_a_file_without_the_key_columns_is_refused(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("name,city\nX,Berlin\n", encoding="utf-8")
    ok, _out, err = run("import", str(path))
    assert not ok and "line 1" in err


# --- Demo data and readers ---------------------------------------------------------------------
def test_bootstrap_loads_the_demo_places_once():
    count = CounsellingPlace.objects.source_rows().count()
    assert count == len(demo_places.PLACES)
    out = io.StringIO()
    call_command("bootstrap_kok", "--no-admin", stdout=out)
    assert CounsellingPlace.objects.source_rows().count() == count
    assert Organisation.objects.count() == len(demo_places.ORGANISATIONS)
    assert "0 object(s) created" in out.getvalue()


def test_only_confirmed_members_are_visible_to_readers():
    public = CounsellingPlace.objects.public()
    confirmed = {o["name"] for o in demo_places.ORGANISATIONS if o["membership"] == "member"}
    assert confirmed and {p.organisation.name for p in public} == confirmed
    hidden = CounsellingPlace.objects.source_rows().exclude(pk__in=public)
    assert hidden.exists()
    assert all(p.organisation.membership == Membership.TO_BE_CONFIRMED for p in hidden)
    koofra = public.get(name__startswith="KOOFRA")
    assert [b.value["value"] for b in koofra.contacts] == ["+49 40 67999757"]

    # An editor confirming an organisation makes its places visible.
    hydra = Organisation.objects.get(name="Hydra e.V.")
    hydra.membership = Membership.MEMBER
    hydra.save()
    assert public.filter(organisation=hydra).exists()


def test_demo_shelters_publish_no_address():
    shelters = CounsellingPlace.objects.filter(shelter=True)
    assert shelters.exists()
    assert all(p.walk_in_address == "" for p in shelters)
    assert not CounsellingPlace.objects.filter(organisation__kind=OrganisationKind.SHELTER).exclude(
        walk_in_address=""
    )


# --- Admin -------------------------------------------------------------------------------------
@pytest.fixture
def editor():
    return make_user("office-editor", Group.objects.get(name="Editors"))


def test_the_stale_report_lists_a_place_not_checked_for_a_year(client, editor):
    org = organisation()
    old = place(org, name="Lange nicht geprüft")
    old.last_checked_on = timezone.localdate() - datetime.timedelta(days=400)
    old.save()
    fresh = place(org, name="Frisch geprüft", last_checked_on=timezone.localdate())
    fresh.save()
    client.force_login(editor)
    html = client.get("/admin/reports/counselling-places-to-check/").content.decode()
    assert "Lange nicht geprüft" in html
    assert "Frisch geprüft" not in html
    assert f"/admin/snippets/network/counsellingplace/edit/{old.pk}/" in html


def test_translators_do_not_get_the_office_report(client):
    client.force_login(translator("ar"))
    response = client.get("/admin/reports/counselling-places-to-check/")
    assert response.status_code in (302, 403)


def test_editor_admin_pages_load(client, editor):
    client.force_login(editor)
    some_place = CounsellingPlace.objects.source_rows().first()
    some_org = some_place.organisation
    for url in (
        "/admin/snippets/network/organisation/",
        "/admin/snippets/network/organisation/?membership=member",
        "/admin/snippets/network/organisation/add/",
        f"/admin/snippets/network/organisation/edit/{some_org.pk}/",
        "/admin/snippets/network/counsellingplace/",
        "/admin/snippets/network/counsellingplace/?q=Berlin",
        "/admin/snippets/network/counsellingplace/add/",
        f"/admin/snippets/network/counsellingplace/edit/{some_place.pk}/",
    ):
        assert client.get(url).status_code == 200, url


def test_a_place_is_translated_with_its_structured_fields_kept(client):
    from wagtail.models import Locale

    source = CounsellingPlace.objects.public().first()
    source.description = "Beratung für Frauen"
    source.save()
    client.force_login(make_user("chief", superuser=True))
    thai = Locale.objects.get(language_code="th")
    url = f"/admin/localize/submit/snippet/network/counsellingplace/{source.pk}/"
    assert client.post(url, {"locales": [thai.pk]}).status_code == 302
    translated = source.get_translation(thai)
    assert (translated.languages, translated.forms, translated.laender) == (
        source.languages,
        source.forms,
        source.laender,
    )
    assert translated.organisation == source.organisation
    assert CounsellingPlace.objects.public().filter(name=source.name).count() == 1
