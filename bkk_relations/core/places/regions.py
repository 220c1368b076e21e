"""Country (ISO-3166 alpha-2) to world region, after the UN M49 geoscheme grouped for an
international affairs office. The region is stored on the partner and may be changed."""

from __future__ import annotations

_REGIONS = {
    "Southeast Asia": "BN KH ID LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "South Asia": "AF BD BT IN IR LK MV NP PK",
    "Central Asia": "KZ KG TJ TM UZ",
    "West Asia": "AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE",
    "Europe": (
        "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE "
        "LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK"
    ),
    "Africa": (
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW IO KE KM LR LS "
        "LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TF TG TN TZ UG "
        "YT ZA ZM ZW"
    ),
    "North America": "BM CA GL PM US",
    "Latin America & Caribbean": (
        "AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN "
        "HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UM UY VC VE VG VI"
    ),
    "Oceania": (
        "AS AU CC CK CX FJ FM GU HM KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS"
    ),
}

COUNTRY_REGION: dict[str, str] = {
    code: region for region, codes in _REGIONS.items() for code in codes.split()
}
REGIONS: list[str] = [*_REGIONS, "Global"]

REGION_TH = {
    "Southeast Asia": "เอเชียตะวันออกเฉียงใต้",
    "East Asia": "เอเชียตะวันออก",
    "South Asia": "เอเชียใต้",
    "Central Asia": "เอเชียกลาง",
    "West Asia": "เอเชียตะวันตก",
    "Europe": "ยุโรป",
    "Africa": "แอฟริกา",
    "North America": "อเมริกาเหนือ",
    "Latin America & Caribbean": "ละตินอเมริกาและแคริบเบียน",
    "Oceania": "โอเชียเนีย",
    "Global": "ระดับโลก",
}


def region_for(country: str | None) -> str:
    """The region of a country code; "Global" for a partner without a country."""
    if not country:
        return "Global"
    return COUNTRY_REGION.get(country.upper(), "Global")
