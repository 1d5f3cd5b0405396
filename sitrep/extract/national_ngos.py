"""A non-governmental organisation the Phoenix dictionary codes by the one country it belongs to.

The Phoenix tables file every NGO without a country (``is_international``), but their CAMEO code often names one
after the type: 'NGOUSAHRI' (a human-rights NGO of the United States: the American Civil Liberties Union),
'NGOSWEDEV' (Save the Children Sweden), 'NGOINDHRI' (an Indian civil-liberties union). Such an organisation is
that country's, not an international one; a code naming a region ('NGOAFRDEV', 'NGOEURDEV') or a sector only
('NGOHRI': Human Rights Watch, 'NGOHLHIRC': the Red Cross) stays international. A triple that is both a country
code and a CAMEO sector ('CRI') is read as the sector.
"""

from __future__ import annotations

from sitrep.extract.actor_dictionary import SECTORS, Reading
from sitrep.extract.gazetteer import country_name

#: CAMEO type of a non-governmental organisation: the first triple of its code
NGO_TYPE = "NGO"


def ngo_country(reading: Reading | None) -> str | None:
    """The country the code of an NGO's dictionary reading names right after its type, else None."""
    if reading is None or reading.country is not None or not reading.code.startswith(NGO_TYPE):
        return None
    triple = reading.code[3:6]
    if len(triple) != 3 or triple in SECTORS or not country_name(triple):
        return None
    return triple
