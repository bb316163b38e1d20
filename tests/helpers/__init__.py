"""Builders and fakes shared by the tests: test modules import from here, never from each other."""
