"""Practice Guide: one answering core (question -> Answer) and the edges that render it."""
