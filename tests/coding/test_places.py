from communique.coding import places


def test_city_has_country_and_coordinates():
    geneva = places.geocode("Geneva")
    assert geneva.country_code == "CHE"
    assert abs(geneva.lat - 46.2) < 0.2 and abs(geneva.lon - 6.1) < 0.2


def test_most_populous_city_wins_and_alternate_spelling_works():
    assert places.geocode("Kiev").country_code == "UKR"
    assert places.geocode("Anchorage").country_code == "USA"


def test_country_has_code_but_no_point():
    p = places.geocode("Ukraine")
    assert (p.country_code, p.lat, p.lon) == ("UKR", None, None)


def test_unknown_name_is_none():
    assert places.geocode("Nowhereville-on-Sea") is None
