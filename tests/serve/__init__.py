"""Tests of the dashboard (communique.serve): a package so its conftest does not shadow tests/conftest.py."""
