"""The coding stage: parsed articles in, PLOVER events out.

Modules, in the order an article meets them: `nlp` (the spaCy pipeline, loaded once, parsing
in batches), `coder` (one pass per sentence) with `triggers` and `lexicon` (the trigger
lexicon and cues in `data/`), `physical` (which physical mentions are events of their
own) and `embedded` (acts told inside another: promised, obtained, in an accord's terms,
prepared), `arguments` (who did it to whom on the parse) with `addressees` (whom an appeal,
offer or demand is made to), `actors` (the actor knowledge base in `data/actors/`), `parties` (lists of parties), `discourse`, `unnamed`, `counterparts` and
`aliases` (the sides read across the article), `speech` and `speakers` (speech acts and who
makes them), `targets` (places and givers as the other side of physical
actions) and `domestic` (the home side of repression and protest), `modality` (status and
attribution), `dates` and `datetext`, `places`; then `merge` (one event per happening in an
article), `campaigns` (the sides of physical actions read across the article, one campaign one
event) and `timeline` (undated news events take their episode's day). Beside them: `classify`
(marked dyads), `serialize` (an event's JSON record), `guard` (a time budget and caught errors
around coding one document), `pipeline` (ingest -> nlp -> coder, with the run's report).

May import: the foundation and `communique.ingest`.
"""
