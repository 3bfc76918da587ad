"""Round fifty-four (tests/corpus_fiftyfourth): contact details and links sneaked past a filter.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- content.email-address: Turkish bare 'et' for @, with every dot spelt 'nokta' -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Sipariş {OID}: faturayı muhasebe et kirtasiyem nokta com adresine yollayın lütfen.",
        f"Sipariş {OID}: fotoğrafları iade et bahcemarket nokta com nokta tr adresine atın.",
        f"Sipariş {OID}: bize yardim.ekibi et oyuncakdunyasi nokta net üzerinden yazabilirsiniz.",
        f"Sipariş {OID}: görselleri tasarim (et) baskiatolyesi (nokta) com adresine gönderin.",
    ],
)
def test_tr_address_with_bare_et_and_spelt_dots_fires(body: str) -> None:
    assert fires("content.email-address", body, "com.tr")


@pytest.mark.parametrize(
    "body",
    [
        f"Sipariş {OID}: kargoyu takip et, teslimat noktası yarın belli olur.",
        f"Sipariş {OID}: lütfen kontrol et bu nokta önemli, vidaları sıkın.",
        f"Sipariş {OID}: ürünü iade et dersen iade noktası listesi Amazon'da.",
        f"Sipariş {OID}: kırmızı et ve beyaz et için farklı bıçak kullanın; bu nokta çok önemli.",
    ],
)
def test_tr_et_and_nokta_in_ordinary_sentences_stay_clean(body: str) -> None:
    assert not fires("content.email-address", body, "com.tr")


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Commande {OID} : le colis et le point de retrait sont indiqués dans votre compte.", "fr"),
        (f"Commande {OID} : le carton et le point relais Mondial Relay, voilà tout.", "fr"),
        (f"Bestellung {OID}: Fleisch et cetera, Punkt de facto erledigt.", "de"),
    ],
)
def test_bare_et_stays_turkish_only(body: str, tld: str) -> None:
    # 'et' is the French 'and': a French 'X et Y point de ...' is no address
    assert not fires("content.email-address", body, tld)


# --- link.insecure: a defanged http link (hxxp://, h**p://, http[:]//) is an http link -------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the manual is at hxxp://www.brushworks.example.com/manual-v2", "com"),
        (f"Bestellung {OID}: Anleitung unter hXXp://anleitungen-kramer.de/pdf/42 herunterladen.", "de"),
        (f"Ordine {OID}: istruzioni su h**p://www.cucinafacile.it/istruzioni", "it"),
        (f"Pedido {OID}: la guía está en http[:]//guias-lamparas.es/montaje", "es"),
    ],
)
def test_defanged_http_link_is_insecure(body: str, tld: str) -> None:
    assert fires("link.insecure", body, tld)
    assert not fires("link.external", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: the setup guide is at hxxps://setup.glowlamps.example.com/guide", "com"),
        (f"Commande {OID} : la notice est sur hxxps://notices-bois.fr/table", "fr"),
    ],
)
def test_defanged_https_link_is_external_not_insecure(body: str, tld: str) -> None:
    assert fires("link.external", body, tld)
    assert not fires("link.insecure", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"Order {OID}: our warehouse code is HXXP-22 and the label reads hxxp only on the box.", "com"),
        (f"Order {OID}: leave a review on hxxps://www.amazon.com/review/create-review if you like.", "com"),
    ],
)
def test_defanged_near_misses(body: str, tld: str) -> None:
    assert not fires("link.insecure", body, tld)
    assert not fires("link.external", body, tld)
