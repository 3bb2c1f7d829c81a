"""communique: news in, a source-cited record of diplomacy and conflict out."""
__version__ = "0.1.0"
