"""Two link and number shapes the rules did not see: ftp:// links (link.insecure, link.external) and vanity
toll-free numbers spelt with keypad letters (content.phone-number)."""

from __future__ import annotations

import pytest

from policies import evaluate
from tests.policies.test_rules_messagetypes import OID, make_ctx


def findings(body: str, *, html: bool = False) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in evaluate(make_ctx(body, html=html)).findings:
        out.setdefault(f.rule, []).append(f.message)
    return out


# --- ftp:// links ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    f"Hello,\n\nthe assembly manual for order {OID} is at ftp://files.oakline-tools.com/manuals/drill.pdf.\n\nBest,\nOakline",
    f"Hallo,\n\ndie Anleitung zu Bestellung {OID} liegt unter FTP://download.werkstatt-gmbh.de/anleitung.pdf\n\nGruß",
])
def test_a_plain_ftp_link_in_text_is_insecure_and_external(body: str) -> None:
    found = findings(body)
    assert "link.insecure" in found and "link.external" in found
    assert "https://" in found["link.insecure"][0]  # the fix the seller is told


def test_an_ftp_href_is_insecure_and_external() -> None:
    body = (f"<p>Hello, the manual for order {OID} is here: "
            '<a href="ftp://ftp.oakline-tools.com/m/drill.pdf">drill manual (PDF)</a>.</p>')
    found = findings(body, html=True)
    assert {"link.insecure", "link.external"} <= found.keys()


def test_sftp_is_secure_but_still_a_link_out() -> None:
    found = findings(f"Hello,\n\nfor order {OID}: sftp://files.oakline-tools.com/m/drill.pdf\n\nBest")
    assert "link.external" in found and "link.insecure" not in found


def test_ftp_to_an_amazon_host_is_only_insecure() -> None:
    found = findings(f"Hello,\n\nfor order {OID}: ftp://ftp.amazon.com/help/returns.pdf\n\nBest")
    assert "link.insecure" in found and "link.external" not in found


def test_a_logo_inside_an_ftp_link_links_out() -> None:
    body = (f"<p>Hello, the manual for order {OID} is ready.</p>"
            '<a href="ftp://files.oakline-tools.com/"><img src="https://m.media-amazon.com/images/logo.png" '
            'alt="Oakline Tools" width="120"></a>')
    found = findings(body, html=True)
    assert "image.logo-link" in found
    assert "files.oakline-tools.com" in found["image.logo-link"][0]


def test_a_logo_inside_a_mailto_link_is_not_a_link_to_a_site() -> None:
    body = (f"<p>Hello, the manual for order {OID} is ready.</p>"
            '<a href="mailto:help@oakline-tools.com"><img src="https://m.media-amazon.com/images/logo.png" '
            'alt="Oakline Tools" width="120"></a>')
    assert "image.logo-link" not in findings(body, html=True)


def test_the_word_ftp_is_no_link() -> None:
    found = findings(f"Hello,\n\nour FTP server for order {OID} photos is down, so we reply here instead.\n\nBest")
    assert "link.insecure" not in found and "link.external" not in found


# --- vanity numbers --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    f"Hello,\n\nabout order {OID}: just call 1-800-FLOWERS and we sort it out.\n\nBest,\nBloom",
    f"Hi,\n\nquestions on order {OID}? Ring us free on 0800 BUY-MORE.\n\nCheers",
    f"Hallo,\n\nzu Bestellung {OID}: rufen Sie uns an unter (800) SHOP-NOW.\n\nViele Grüße",
    f"Hola,\n\nsobre el pedido {OID}, llámenos al +1 888 GO-CASAS.\n\nSaludos",
    f"HELLO,\n\nORDER {OID}: CALL 1-877-GOT-LAMP NOW.\n\nTHANKS",
])
def test_a_vanity_number_is_a_phone_number(body: str) -> None:
    found = findings(body)
    assert "content.phone-number" in found


def test_the_finding_names_the_number_as_written() -> None:
    found = findings(f"Hello,\n\nabout order {OID}: just call 1-800-FLOWERS today.\n\nBest")
    assert "1-800-FLOWERS" in found["content.phone-number"][0]


@pytest.mark.parametrize("body", [
    f"Hello,\n\nfor the warranty of order {OID} call the manufacturer's hotline 1-888-GO-BOSCH.\n\nBest",
    f"Hello,\n\nthe carrier UPS can rearrange delivery of order {OID}: 1-800-PICK-UPS.\n\nBest",
    f"Hello,\n\norder {OID}: the model 800-DELUXE shipped today with its wall bracket.\n\nBest",
    f"Hello,\n\norder {OID}: our partner florist is 1-800-flowers, with lower-case letters no number.\n\nBest",
    f"Hello,\n\norder {OID}: the lamp type is 800-LUMEN LED, warm white.\n\nBest",
])
def test_allowed_or_not_a_number(body: str) -> None:
    assert "content.phone-number" not in findings(body)


def test_a_number_given_in_digits_and_letters_is_reported_once() -> None:
    found = findings(f"Hello,\n\nabout order {OID}: call 1-800-356-9377 (1-800-FLOWERS).\n\nBest")
    assert len(found["content.phone-number"]) == 1
