"""Measurement of the coder: `dyads` scores `classify` on labelled dyads; `reading` scores
`extract` on a reference reading of one article.

May import: the foundation, `communique.ingest` and `communique.coding`.
"""
