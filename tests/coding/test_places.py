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


def test_a_seat_of_government_is_placed_in_its_capital():
    # an alternate city name must not win: "White House" is also a translation of Casablanca
    for seat, city, country in [("White House", "Washington", "USA"), ("the Kremlin", "Moscow", "RUS"),
                                ("Downing Street", "London", "GBR"), ("Elysee Palace", "Paris", "FRA")]:
        place = places.geocode(seat)
        assert (place.place, place.country_code) == (city, country) and place.lat is not None


def test_a_state_named_like_a_big_city_is_the_city():
    assert places.geocode("Washington").lat is not None      # the capital, not the state
    assert places.geocode("New York").lat is not None
    texas = places.geocode("Texas")
    assert (texas.country_code, texas.lat) == ("USA", None)


def test_a_month_is_no_place(nlp):
    from communique.article import Article
    from communique.coding.coder import code_article

    text = "Armenia and Azerbaijan agreed to meet again in March."
    article = Article(text=text, origin="test", published="2026-01-10")
    article.doc = nlp(text)
    assert all(e.place is None for e in code_article(article))     # not the English town of March
